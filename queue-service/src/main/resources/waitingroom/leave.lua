-- ARGV: user, token id. Frees the user's place or admission.
local user, token = ARGV[1], ARGV[2]
if redis.call('HGET', tokens, user) ~= token then
    return 0
end
forget(user)
return 1
