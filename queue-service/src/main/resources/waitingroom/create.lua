-- ARGV: gate, now (ms), rate (per second), most active, opening time (ms), pre-queue start (ms).
-- A gate opening in the future starts SCHEDULED (its pre-queue), otherwise OPEN. Protects the
-- gate's routes at the gateway from now on.
local gate, now, rate, most, opens, from = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4], tonumber(ARGV[5]), ARGV[6]
local state = redis.call('HGET', meta, 'state')
if state and state ~= 'CLOSED' then
    return 'EXISTS'
end
redis.call('DEL', meta, waiting, prequeue, heartbeat, active, tokens)
redis.call('HSET', meta, 'state', 'SCHEDULED', 'rate', rate, 'maxActive', most, 'opensAt', opens,
    'preQueueFrom', from, 'seq', 0, 'admitted', 0, 'credit', '0', 'refillAt', now)
redis.call('SADD', protected, gate)
return open_if_due(now)
