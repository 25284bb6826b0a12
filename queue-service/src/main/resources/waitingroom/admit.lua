-- One admission round. ARGV: now (ms), admission lifetime (ms), waiter timeout (ms),
-- burst (seconds of rate that may accumulate), most users handled per step.
-- Returns {number of the first admission, admitted users in queue order...}.
local now, lifetime, timeout = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local burst, limit = tonumber(ARGV[4]), tonumber(ARGV[5])
local state = redis.call('HGET', meta, 'state')
if not state or state == 'CLOSED' then
    return { '0' }
end
for _, user in ipairs(redis.call('ZRANGEBYSCORE', active, '-inf', now, 'LIMIT', 0, limit)) do
    redis.call('ZREM', active, user)
    redis.call('HDEL', tokens, user)
end
for _, user in ipairs(redis.call('ZRANGEBYSCORE', heartbeat, '-inf', now - timeout, 'LIMIT', 0, limit)) do
    forget(user)
end
state = open_if_due(now)
local refill = tonumber(redis.call('HGET', meta, 'refillAt') or ARGV[1])
if state ~= 'OPEN' then
    redis.call('HSET', meta, 'refillAt', math.max(now, refill))
    return { '0' }
end
local rate, most, credit = unpack(redis.call('HMGET', meta, 'rate', 'maxActive', 'credit'))
rate, most, credit = tonumber(rate), tonumber(most), tonumber(credit or '0')
-- a token bucket in the gate itself: however many workers call, the gate admits at its rate
if now > refill then
    credit = math.min(credit + (now - refill) * rate / 1000, math.max(1, rate * burst))
    refill = now
end
local n = math.min(math.floor(credit), most - redis.call('ZCARD', active), limit)
local admitted = {}
if n > 0 then
    local popped = redis.call('ZPOPMIN', waiting, n)
    local expiry = now + lifetime
    for i = 1, #popped, 2 do
        local user = popped[i]
        redis.call('ZADD', active, expiry, user)
        redis.call('ZREM', heartbeat, user)
        admitted[#admitted + 1] = user
    end
    credit = credit - #admitted
end
local total = redis.call('HINCRBY', meta, 'admitted', #admitted)
redis.call('HSET', meta, 'credit', tostring(credit), 'refillAt', tostring(refill))
table.insert(admitted, 1, tostring(total - #admitted + 1))
return admitted
