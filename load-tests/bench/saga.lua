-- Holds a free slot and pays for it (202; the saga confirms it asynchronously). Bench.java counts the
-- confirmed payments from court-service's metrics once the sagas have drained, so an operation is a whole
-- saga: hold, payment request, wallet debit over Kafka, confirmation. Environment as hold-cancel.lua.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local courts = {}
for court in string.gmatch(os.getenv("COURTS"), "[^,]+") do
  courts[#courts + 1] = court
end
local first_day = tonumber(os.getenv("FIRST_DAY"))
local days = tonumber(os.getenv("DAYS") or "20")
local step = tonumber(os.getenv("THREADS") or "1")
local lane = 0
local payments = {}
local keys = 0

function on_init(args)
  lane = (thread_id or 1) - 1
  math.randomseed(os.time() * 100 + (thread_id or 1))
end

local function slot(index)
  local court = courts[index % #courts + 1]
  local start = (first_day * 24 + math.floor(index / #courts) % (days * 24)) * 3600
  return court, os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", start + 3600)
end

function request()
  local pending = table.remove(payments)
  if pending then
    keys = keys + 1
    local request_headers = headers(pending.member)
    request_headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", thread_id or 1, math.random(1, 1e9), keys)
    return wrk.format("POST", "/api/v1/reservations/" .. pending.id .. "/payment", request_headers, "")
  end
  local court, starts, ends = slot(lane)
  lane = lane + step
  return wrk.format("POST", "/api/v1/reservations", headers(next_member()),
    '{"courtId":"' .. court .. '","startsAt":"' .. starts .. '","endsAt":"' .. ends .. '"}')
end

function response(status, response_headers, body)
  count(status)
  if status == 201 then
    local id = string.match(body, '"id"%s*:%s*"([0-9a-f-]+)"')
    local member = string.match(body, '"memberId"%s*:%s*"([0-9a-f-]+)"')
    table.insert(payments, { id = id, member = token_of[member] })
  elseif status == 202 then
    ops = ops + 1
  end
end
