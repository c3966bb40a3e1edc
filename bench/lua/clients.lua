-- GET each path of a file in turn, each request as another client behind a trusted proxy: X-Forwarded-For names one
-- of CLIENTS addresses (10.x.y.z), in turn (wrk ... -s clients.lua -- FILE CLIENTS [KEY]). CLIENTS=1 is one client
-- flooding; KEY, when given, is sent as a bearer token (a flood from one key). Prints the RESULT line of result.lua,
-- with "limited": the 429 answers counted (summary.errors.status counts every non-2xx).
local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")
setup = result.numbered_setup()

local paths = {}
local idx = 0
local clients = 1
local n = 0
limited = 0
function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
  clients = tonumber(args[2] or "1")
  idx = ((id or 0) * 7919) % #paths
  n = (id or 0) * 104729
  if args[3] then wrk.headers["Authorization"] = "Bearer " .. args[3] end
end

function request()
  idx = idx % #paths + 1
  n = n + 1
  local c = n % clients
  if clients == 1 then -- the flooder: an address no reader has (a reader counted as 10.0.0.0 shared its bucket)
    wrk.headers["X-Forwarded-For"] = "192.0.2.1"
  else
    wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(c / 65536) % 256, math.floor(c / 256) % 256, c % 256)
  end
  return wrk.format("GET", paths[idx], wrk.headers)
end

function response(status, headers, body)
  if status == 429 then limited = limited + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(result.threads) do total = total + thread:get("limited") end
  result.write(summary, latency, { limited = total })
end
