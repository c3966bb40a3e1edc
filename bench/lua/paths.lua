-- GET each path of a file in turn (wrk ... -s paths.lua -- FILE [KEY [ACCEPT_ENCODING]]). Each thread starts at another
-- offset. With KEY (not empty), every request carries it as a bearer token: key holders bypass the response cache
-- (uncached reads). With ACCEPT_ENCODING, every request sends it (gzip: as feed readers, browsers and CDNs do).
-- Prints one machine-readable RESULT line at the end (latencies in microseconds).
local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")
setup = result.numbered_setup()

local paths = {}
local idx = 0
function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
  -- PATHS_OFFSET (environment): start further into the list, so that a warm-up does not send what the run after it will
  idx = ((id or 0) * 7919 + tonumber(os.getenv("PATHS_OFFSET") or "0")) % #paths
  if args[2] and #args[2] > 0 then wrk.headers["Authorization"] = "Bearer " .. args[2] end
  if args[3] and #args[3] > 0 then wrk.headers["Accept-Encoding"] = args[3] end
end

function request()
  idx = idx % #paths + 1
  return wrk.format("GET", paths[idx], wrk.headers)
end

function done(summary, latency, requests)
  result.write(summary, latency)
end
