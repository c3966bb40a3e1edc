-- Newsroom writes: each connection creates a draft naming a person and an entity (POST /v1/articles), then
-- publishes it (POST /v1/articles/{id}/publish), and so on: half the requests change public lists (the newest
-- articles, that person's and that entity's). wrk ... -s write.lua -- KEY PERSON ENTITY.
-- Prints a RESULT line like paths.lua; "requests" counts both kinds.
local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")
setup = result.numbered_setup()

local n = 0
local key, person, entity
local toPublish = nil
function init(args)
  key, person, entity = args[1], args[2], args[3]
  wrk.headers["Authorization"] = "Bearer " .. key
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  if toPublish then
    local path = "/v1/articles/" .. toPublish .. "/publish"
    toPublish = nil
    -- wrk.format uses only the headers it is given when given any: the key must be repeated here.
    return wrk.format("POST", path, { ["Authorization"] = "Bearer " .. key, ["If-Match"] = "*" }, "")
  end
  n = n + 1
  local stamp = string.format("%d-%d-%d", os.time(), id or 0, n)
  local body = '{"headline": "Bench write ' .. stamp .. '", "language": "en", "section": "world",'
    .. ' "body": ["A short paragraph written by the benchmark while others read. It names the person and the entity."],'
    .. ' "people": [{"person": "' .. person .. '"}], "entities": [{"entity": "' .. entity .. '"}]}'
  return wrk.format("POST", "/v1/articles", nil, body)
end

local failures = 0
function response(status, headers, body)
  if status >= 300 and failures < 3 then
    failures = failures + 1 -- the first few refusals, so that a broken workload shows why
    io.stderr:write("write.lua: " .. status .. " " .. string.sub(body, 1, 200) .. "\n")
  end
  if status == 201 then
    toPublish = string.match(body, '"id"%s*:%s*"([^"]+)"')
  end
end

function done(summary, latency, requests)
  result.write(summary, latency)
end
