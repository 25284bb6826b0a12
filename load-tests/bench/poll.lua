-- Polls a waiting-room position. Environment: TICKETS, a file with one ticket a line: gate, queue token
-- and the member's access token, separated by spaces (Bench.java joins the members before the run). An
-- operation is a 200.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local tickets = {}
for line in io.lines(os.getenv("TICKETS")) do
  local gate, token, bearer = string.match(line, "(%S+) (%S+) (%S+)")
  tickets[#tickets + 1] = { path = "/api/v1/queue/" .. gate .. "/tokens/" .. token, bearer = bearer }
end
local next_ticket = 0

function on_init(args)
  next_ticket = ((thread_id or 1) - 1) * 7919 % #tickets
end

function request()
  next_ticket = next_ticket % #tickets + 1
  local ticket = tickets[next_ticket]
  return wrk.format("GET", ticket.path, headers(ticket.bearer))
end

function response(status)
  count(status)
  if status == 200 then
    ops = ops + 1
  end
end
