-- Shared by the bench scenarios (each loads it with dofile): member tokens, status counts per thread,
-- and the summary line Bench.java reads. Environment: TOKENS, a file with one member a line: the member's
-- id, a space, and an access token of theirs.
tokens = {}
token_of = {}
for line in io.lines(os.getenv("TOKENS")) do
  local member, token = string.match(line, "(%S+) (%S+)")
  tokens[#tokens + 1] = token
  token_of[member] = token
end

local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

statuses = {}
ops = 0
local next_token = 0

function init(args)
  -- threads start far apart in the member list, so no member is used by two threads at once
  next_token = ((thread_id or 1) - 1) * 7919 % #tokens
  on_init(args)
end

function on_init(args)
end

function next_member()
  next_token = next_token % #tokens + 1
  return tokens[next_token]
end

function count(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function headers(bearer)
  return { ["Authorization"] = "Bearer " .. bearer, ["Content-Type"] = "application/json",
           ["Accept"] = "application/json" }
end

function done(summary, latency, requests)
  local total, merged = 0, {}
  for _, thread in ipairs(threads) do
    total = total + thread:get("ops")
    for status, n in pairs(thread:get("statuses")) do
      merged[status] = (merged[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(merged) do
    parts[#parts + 1] = status .. ":" .. n
  end
  io.write(string.format("BENCH ops=%d statuses=%s\n", total, table.concat(parts, ",")))
end
