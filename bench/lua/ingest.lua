-- Ingests real-shaped pages (POST /v1/ingest?publish=true, JSON with a URL hint):
-- wrk -t1 -c1 ... -s ingest.lua -- KEY TEMPLATES [RUN]. TEMPLATES is the file bench/ingest/pages.py writes: one
-- JSON body per line with @N@ where a number goes, so that every request is a page never seen before (a page
-- seen before is answered as a duplicate, a cheaper path). RUN keeps two runs on one database apart.
-- Prints a RESULT line like paths.lua; "created" counts the 201s (new articles), which should equal requests.
local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")
setup = result.numbered_setup()

local templates = {}
local n = 0
local run
created = 0
function init(args)
  local key = args[1]
  local f = assert(io.open(args[2], "r"))
  for line in f:lines() do
    if #line > 0 then templates[#templates + 1] = line end
  end
  f:close()
  run = args[3] or tostring(os.time())
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. key
  wrk.headers["Content-Type"] = "application/json; charset=UTF-8"
end

function request()
  n = n + 1
  local template = templates[(n - 1) % #templates + 1]
  local stamp = string.format("%s-%d-%d", run, id or 0, n)
  local body = template:gsub("@N@", stamp)
  return wrk.format("POST", "/v1/ingest?publish=true", nil, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 end
end

function done(summary, latency, requests)
  local made = 0
  for _, thread in ipairs(result.threads) do made = made + (thread:get("created") or 0) end
  result.write(summary, latency, { created = made })
end
