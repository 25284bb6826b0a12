-- Holds a free slot and cancels the hold again, as one operation (a pair). Environment: COURTS, court ids
-- separated by commas, every one open around the clock in UTC; FIRST_DAY, the first day (as days from
-- the epoch, UTC) of the slots used; DAYS, how many days from there; THREADS, wrk's thread count. Each hold takes the next (court, day, hour) of the thread's own
-- range, so no two holds of a run compete for a slot; the cancel goes out on the next request.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local courts = {}
for court in string.gmatch(os.getenv("COURTS"), "[^,]+") do
  courts[#courts + 1] = court
end
local first_day = tonumber(os.getenv("FIRST_DAY"))
local days = tonumber(os.getenv("DAYS") or "20")
local step = tonumber(os.getenv("THREADS") or "1")
local lane = 0
local cancels = {}

function on_init(args)
  -- thread n takes the lanes n - 1, n - 1 + step, n - 1 + 2 step, ...
  lane = (thread_id or 1) - 1
end

local function slot(index)
  local court = courts[index % #courts + 1]
  local hour_index = math.floor(index / #courts) % (days * 24)
  local start = (first_day * 24 + hour_index) * 3600
  return court, os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", start + 3600)
end

function request()
  local pending = table.remove(cancels)
  if pending then
    return wrk.format("POST", "/api/v1/reservations/" .. pending.id .. "/cancellation", headers(pending.member), "")
  end
  local member = next_member()
  local court, starts, ends = slot(lane)
  lane = lane + step
  return wrk.format("POST", "/api/v1/reservations", headers(member),
    '{"courtId":"' .. court .. '","startsAt":"' .. starts .. '","endsAt":"' .. ends .. '"}')
end

function response(status, response_headers, body)
  count(status)
  if status == 201 or status == 200 then
    local id = string.match(body, '"id"%s*:%s*"([0-9a-f-]+)"')
    local member = string.match(body, '"memberId"%s*:%s*"([0-9a-f-]+)"')
    if id and string.find(body, '"status"%s*:%s*"HELD"') then
      table.insert(cancels, { id = id, member = token_of[member] })
    elseif string.find(body, '"status"%s*:%s*"CANCELLED"') then
      ops = ops + 1
    end
  end
end
