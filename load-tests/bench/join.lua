-- Joins a waiting-room gate as the next member: member i joins gate floor(i / members) of GATES (comma
-- separated, paused gates that admit nobody), so every join of a run is a first join. An operation is a 201.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local gates = {}
for gate in string.gmatch(os.getenv("GATES"), "[^,]+") do
  gates[#gates + 1] = gate
end
local step = tonumber(os.getenv("THREADS") or "1")
local index = 0

function on_init(args)
  index = (thread_id or 1) - 1
end

function request()
  local member = tokens[index % #tokens + 1]
  local gate = gates[math.floor(index / #tokens) % #gates + 1]
  index = index + step
  return wrk.format("POST", "/api/v1/queue/" .. gate .. "/tokens", headers(member), "")
end

function response(status)
  count(status)
  if status == 201 then
    ops = ops + 1
  end
end
