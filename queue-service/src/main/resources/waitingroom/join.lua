-- ARGV: user, new token id, now (ms), secret random key for the pre-queue draw
local user, token, now, draw = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
local state = open_if_due(now)
if not state then
    return { 'NO_GATE' }
end
if state == 'CLOSED' then
    return { 'CLOSED' }
end
local rate, opens, from = unpack(redis.call('HMGET', meta, 'rate', 'opensAt', 'preQueueFrom'))
local existing = redis.call('HGET', tokens, user)
if existing then
    local where = place(user, now)
    if where then
        if where[1] ~= 'ADMITTED' then
            redis.call('ZADD', heartbeat, 'XX', now, user)
        end
        return { 'KEPT', existing, state, rate, opens or '0', where[1], where[2], where[3] }
    end
    forget(user)
end
if state == 'SCHEDULED' then
    if now < tonumber(from) then
        return { 'TOO_EARLY', opens }
    end
    redis.call('ZADD', prequeue, draw, user)
else
    local seq = redis.call('HINCRBY', meta, 'seq', 1)
    redis.call('ZADD', waiting, seq, user)
end
redis.call('ZADD', heartbeat, now, user)
redis.call('HSET', tokens, user, token)
local where = place(user, now)
return { 'JOINED', token, state, rate, opens or '0', where[1], where[2], where[3] }
