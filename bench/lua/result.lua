-- The RESULT line each script prints once wrk is done (latencies in microseconds), read by run.sh and report.py.
-- Loaded by the scripts beside it: local result = dofile(<their directory> .. "result.lua").
local result = {}

-- extra: more integer fields for the line, e.g. { created = 12 } (ingest.lua counts the 201s).
function result.write(summary, latency, extra)
  local e = summary.errors
  local line = string.format(
    '"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, "non2xx": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout)
  for name, value in pairs(extra or {}) do
    line = line .. string.format(', "%s": %d', name, value)
  end
  io.write("RESULT {" .. line .. "}\n")
end

return result
