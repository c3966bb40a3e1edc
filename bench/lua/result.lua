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

-- Numbers wrk's threads (each script reads its "id" to start at its own offset) and keeps them, so that done() can
-- sum what each counted: in a script, setup = result.numbered_setup() and result.threads in done().
result.threads = {}
function result.numbered_setup()
  return function(thread)
    thread:set("id", #result.threads)
    table.insert(result.threads, thread)
  end
end

return result
