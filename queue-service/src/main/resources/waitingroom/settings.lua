-- ARGV: now (ms), rate (per second, or empty), most active (or empty). Credit earned at the old
-- rate is settled first so a rate change takes effect from now.
local now, rate, most = tonumber(ARGV[1]), ARGV[2], ARGV[3]
local state = redis.call('HGET', meta, 'state')
if not state then
    return 'NO_GATE'
end
if state == 'CLOSED' then
    return 'ILLEGAL:CLOSED'
end
if rate ~= '' then
    if state == 'OPEN' then
        local old, credit, refill = unpack(redis.call('HMGET', meta, 'rate', 'credit', 'refillAt'))
        refill = tonumber(refill)
        if now > refill then
            credit = tonumber(credit) + (now - refill) * tonumber(old) / 1000
            redis.call('HSET', meta, 'credit', tostring(credit), 'refillAt', now)
        end
    end
    redis.call('HSET', meta, 'rate', rate)
end
if most ~= '' then
    redis.call('HSET', meta, 'maxActive', most)
end
return state
