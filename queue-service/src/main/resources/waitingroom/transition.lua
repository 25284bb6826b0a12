-- ARGV: gate, now (ms), action (open | pause | close). Returns the new state, or
-- NO_GATE / ILLEGAL:<state> when the action does not apply.
local gate, now, action = ARGV[1], tonumber(ARGV[2]), ARGV[3]
local state = open_if_due(now)
if not state then
    return 'NO_GATE'
end
if state == 'CLOSED' then
    return 'ILLEGAL:CLOSED'
end
if action == 'open' then
    if state == 'SCHEDULED' then
        return open(now)
    end
    if state == 'PAUSED' then
        -- resuming starts afresh, like an opening: nothing earned before the pause is released at once
        redis.call('HSET', meta, 'state', 'OPEN', 'refillAt', now, 'credit', '0')
    end
    return 'OPEN'
end
if action == 'pause' then
    if state ~= 'OPEN' and state ~= 'PAUSED' then
        return 'ILLEGAL:' .. state
    end
    redis.call('HSET', meta, 'state', 'PAUSED')
    return 'PAUSED'
end
-- close: the waiting room is lifted; its places and admissions are gone
redis.call('DEL', waiting, prequeue, heartbeat, active, tokens)
redis.call('HSET', meta, 'state', 'CLOSED')
redis.call('PEXPIRE', meta, 7 * 24 * 3600 * 1000) -- a closed gate's record is kept a week
redis.call('SREM', protected, gate)
return 'CLOSED'
