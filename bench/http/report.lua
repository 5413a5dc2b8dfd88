-- wrk script: an optional bearer token (TOKEN) or session cookie (COOKIE) from the environment, and one line of figures for http-load.sh to read:
-- requests per second, p50, p95 and p99 latency in microseconds, and the errors (answers of 400 and above, and
-- connection, read and time-out errors; wrk counts them across its threads).
local token = os.getenv("TOKEN")
local cookie = os.getenv("COOKIE")

request = function()
  if token and token ~= "" then
    return wrk.format(nil, nil, { ["Authorization"] = "Bearer " .. token })
  end
  if cookie and cookie ~= "" then
    return wrk.format(nil, nil, { ["Cookie"] = cookie })
  end
  return wrk.format()
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("FIGURES %.1f %d %d %d %d\n", summary.requests / seconds,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    errors.status + errors.connect + errors.read + errors.write + errors.timeout))
end
