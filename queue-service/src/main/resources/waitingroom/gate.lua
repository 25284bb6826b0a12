-- Shared by every waiting-room script (prepended to each). One gate's keys:
local meta, waiting, prequeue, heartbeat, active, tokens, protected =
    KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7]

-- Removes every trace of a user from the gate.
local function forget(user)
    redis.call('ZREM', waiting, user)
    redis.call('ZREM', prequeue, user)
    redis.call('ZREM', heartbeat, user)
    redis.call('ZREM', active, user)
    redis.call('HDEL', tokens, user)
end

-- Where a user stands: {status, position, admission expiry}, or nil when nowhere.
local function place(user, now)
    local expiry = redis.call('ZSCORE', active, user)
    if expiry and tonumber(expiry) > now then
        return { 'ADMITTED', '0', expiry }
    end
    local rank = redis.call('ZRANK', waiting, user)
    if rank then
        return { 'WAITING', tostring(rank + 1), '0' }
    end
    if redis.call('ZSCORE', prequeue, user) then
        return { 'PRE_QUEUE', '0', '0' }
    end
    return nil
end

-- The opening: pre-queue members, ordered by the secret random key each drew when joining, get
-- the first places in that order; later joins queue behind them first come, first served.
local function open(now)
    local seq = tonumber(redis.call('HGET', meta, 'seq') or '0')
    local drawn = redis.call('ZRANGE', prequeue, 0, -1)
    local batch = {}
    for i, user in ipairs(drawn) do
        seq = seq + 1
        batch[#batch + 1] = seq
        batch[#batch + 1] = user
        if #batch == 2000 or i == #drawn then
            redis.call('ZADD', waiting, unpack(batch))
            batch = {}
        end
    end
    redis.call('DEL', prequeue)
    redis.call('HSET', meta, 'state', 'OPEN', 'seq', seq, 'openedAt', now, 'refillAt', now, 'credit', '0')
    return 'OPEN'
end

-- The gate's state after opening it if its opening time has come.
local function open_if_due(now)
    local state, opens = unpack(redis.call('HMGET', meta, 'state', 'opensAt'))
    if state == 'SCHEDULED' and opens and now >= tonumber(opens) then
        return open(now)
    end
    return state
end
