-- ARGV: now (ms). {state, rate, most active, opening time, waiting, pre-queue, active, admitted}
local now = tonumber(ARGV[1])
local state = open_if_due(now)
if not state then
    return { 'NO_GATE' }
end
local rate, most, opens, admitted = unpack(redis.call('HMGET', meta, 'rate', 'maxActive', 'opensAt', 'admitted'))
return { state, rate, most, opens, tostring(redis.call('ZCARD', waiting)), tostring(redis.call('ZCARD', prequeue)),
    tostring(redis.call('ZCOUNT', active, '(' .. now, '+inf')), admitted }
