-- The soak's writes: each connection cycles through four newsroom writes, all with the key:
--   1. create a draft article naming a person and an entity drawn from the lists (POST /v1/articles),
--   2. publish it (POST /v1/articles/{id}/publish): changes the newest list and that person's and entity's lists,
--   3. patch a person's description (PATCH /v1/people/{slug}, merge patch, If-Match: *): evicts that person's
--      cached views and every article view that embeds them,
--   4. create a new person (POST /v1/people) with a unique slug: the catalog grows during the soak.
-- wrk ... -s soak/write.lua -- KEY PEOPLE_FILE ENTITIES_FILE [RUN]. Prints a RESULT line (lua/result.lua) with
-- "created" (201s) and "failed" (non-2xx) counts; the first few refusals go to stderr.
local result = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "../lua/result.lua")
setup = result.numbered_setup()

local function lines(path)
  local list = {}
  for line in assert(io.open(path, "r")):lines() do
    if #line > 0 then list[#list + 1] = line end
  end
  return list
end

local key, people, entities, run
local n, step = 0, 0
local toPublish = nil
created, failed = 0, 0
function init(args)
  key, people, entities = args[1], lines(args[2]), lines(args[3])
  run = args[4] or tostring(os.time())
  math.randomseed(os.time() + (id or 0) * 7919)
end

local function auth(extra)
  local h = { ["Authorization"] = "Bearer " .. key }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

function request()
  n = n + 1
  local stamp = string.format("%s-%d-%d", run, id or 0, n)
  if toPublish then
    local path = "/v1/articles/" .. toPublish .. "/publish"
    toPublish = nil
    return wrk.format("POST", path, auth({ ["If-Match"] = "*" }), "")
  end
  step = step % 3 + 1
  if step == 1 then
    local person = people[math.random(#people)]
    local entity = entities[math.random(#entities)]
    local body = '{"headline": "Soak write ' .. stamp .. '", "language": "en", "section": "world",'
      .. ' "body": ["A short paragraph written by the soak while others read. It names a person and an entity."],'
      .. ' "people": [{"person": "' .. person .. '"}], "entities": [{"entity": "' .. entity .. '"}]}'
    return wrk.format("POST", "/v1/articles", auth({ ["Content-Type"] = "application/json" }), body)
  elseif step == 2 then
    local person = people[math.random(#people)]
    return wrk.format("PATCH", "/v1/people/" .. person,
      auth({ ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = "*" }),
      '{"description": "Described by the soak ' .. stamp .. '"}')
  else
    return wrk.format("POST", "/v1/people", auth({ ["Content-Type"] = "application/json" }),
      '{"slug": "soak-person-' .. stamp .. '", "name": "Soak Person ' .. stamp .. '"}')
  end
end

local complaints = 0
function response(status, headers, body)
  if status == 201 then
    created = created + 1
    if string.find(body, '"headline"', 1, true) then
      toPublish = string.match(body, '"id"%s*:%s*"([^"]+)"')
    end
  elseif status >= 300 then
    failed = failed + 1
    if complaints < 3 then
      complaints = complaints + 1
      io.stderr:write("soak write.lua: " .. status .. " " .. string.sub(body, 1, 200) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local c, f = 0, 0
  for _, thread in ipairs(result.threads) do
    c = c + (thread:get("created") or 0)
    f = f + (thread:get("failed") or 0)
  end
  result.write(summary, latency, { created = c, failed = f })
end
