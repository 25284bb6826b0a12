-- ARGV: user, event id, how long (s) the event id is remembered. KEYS[8]: the processed-event mark.
-- Ends the user's admission once per event; a redelivered event changes nothing.
local user, event, keep = ARGV[1], ARGV[2], ARGV[3]
if not redis.call('SET', KEYS[8], event, 'NX', 'EX', keep) then
    return 0
end
if redis.call('ZREM', active, user) == 1 then
    redis.call('HDEL', tokens, user)
    return 1
end
return 0
