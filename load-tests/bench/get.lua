-- GET wrk's URL as the next member each time; an operation is a 2xx answer.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")

function request()
  return wrk.format("GET", wrk.path, headers(next_member()))
end

function response(status)
  count(status)
  if status >= 200 and status < 300 then
    ops = ops + 1
  end
end
