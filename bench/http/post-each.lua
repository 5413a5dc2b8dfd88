-- wrk script for writes: POSTs each line of the file BODIES (JSON, one request body a line) once to PATH, with the
-- bearer token TOKEN; wrk's threads take every n-th line (n = THREADS), so that no body is sent twice. When a
-- thread's lines run out it stops sending (its connections then idle). One line of figures at the end for
-- bench/writes.sh: requests per second, p50, p95 and p99 latency in microseconds, and the answers of 400 and above.
local bodies_file = os.getenv("BODIES")
local path = os.getenv("PATH_TO_POST")
local token = os.getenv("TOKEN")
local threads = tonumber(os.getenv("THREADS") or "1")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
end

function init(args)
  bodies = {}
  local i = 0
  for line in io.lines(bodies_file) do
    if i % threads == number - 1 then
      table.insert(bodies, line)
    end
    i = i + 1
  end
  nexti = 1
end

function request()
  local body = bodies[nexti]
  if body == nil then
    wrk.thread:stop()
    return wrk.format("GET", "/favicon.ico")
  end
  nexti = nexti + 1
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
    body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("FIGURES %.1f %d %d %d %d\n", summary.requests / seconds,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.errors.status))
end
