-- ARGV: user, token id, now (ms)
local user, token, now = ARGV[1], ARGV[2], tonumber(ARGV[3])
local state = open_if_due(now)
if not state then
    return { 'NO_GATE' }
end
if state == 'CLOSED' then
    return { 'CLOSED' }
end
if redis.call('HGET', tokens, user) ~= token then
    return { 'NOT_FOUND' }
end
local where = place(user, now)
if not where then
    forget(user)
    return { 'NOT_FOUND' }
end
if where[1] ~= 'ADMITTED' then
    redis.call('ZADD', heartbeat, 'XX', now, user)
end
local rate, opens = unpack(redis.call('HMGET', meta, 'rate', 'opensAt'))
return { 'OK', token, state, rate, opens or '0', where[1], where[2], where[3] }
