-- wrk script: each request carries the next member's access token, so no member exceeds the gateway's
-- per-user budget. TOKENS names a file with one access token per line (default: the 100 members the
-- Gatling simulations signed up last, load-tests/target/members-100.tokens). Prints the status counts.
--   TOKENS=load-tests/target/members-100.tokens wrk -t1 -c32 -d30s --latency -s load-tests/wrk/bearer-tokens.lua \
--     "http://127.0.0.1:8080/api/v1/courts/<courtId>/availability?date=<yyyy-mm-dd>"
local tokens = {}
for line in io.lines(os.getenv("TOKENS") or "load-tests/target/members-100.tokens") do
  tokens[#tokens + 1] = line
end
local next_token = 0
local statuses = {}

request = function()
  next_token = next_token % #tokens + 1
  return wrk.format("GET", wrk.path, { ["Authorization"] = "Bearer " .. tokens[next_token] })
end

response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function()
  for status, count in pairs(statuses) do
    io.write(string.format("status %d: %d\n", status, count))
  end
end
