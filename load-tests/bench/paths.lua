-- GETs a list of paths, each with its own member's token. Environment: PATHS, a file with one request a
-- line: the path (with its query) and the member's access token, separated by a space (Bench.java writes
-- it: waiting-room positions, walk-in statuses, market searches). An operation is a 2xx answer.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  local path, bearer = string.match(line, "(%S+) (%S+)")
  paths[#paths + 1] = { path = path, bearer = bearer }
end
local next_path = 0

function on_init(args)
  next_path = ((thread_id or 1) - 1) * 7919 % #paths
end

function request()
  next_path = next_path % #paths + 1
  local entry = paths[next_path]
  return wrk.format("GET", entry.path, headers(entry.bearer))
end

function response(status)
  count(status)
  if status >= 200 and status < 300 then
    ops = ops + 1
  end
end
