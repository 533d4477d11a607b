-- wrk script for ./opsledger serve: alternately POST a new deployment and GET /metrics of its service,
-- each connection pausing DELAY_MS between its requests, which holds the rate near
-- connections * 1000 / (DELAY_MS + latency): 50 connections and 100 ms give about 500 requests/s.
-- wrk cannot hold a rate by itself (wrk2 can, but is no Debian package): this paces it from the client.
-- Every deployment id is new (thread number, request number, start time), so no POST is an idempotent replay.

local DELAY_MS = tonumber(os.getenv("DELAY_MS") or "100")
local SERVICES = 20
local counter = 1

function setup(thread)
  thread:set("thread_number", counter)
  counter = counter + 1
end

local sent = 0
local run = tostring(os.time())

local function stamp(seconds_ago)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - seconds_ago)
end

function delay()
  return DELAY_MS
end

function request()
  sent = sent + 1
  local service = "load-" .. (sent % SERVICES)
  if sent % 2 == 1 then
    local id = "load-" .. run .. "-" .. thread_number .. "-" .. sent
    local body = '{"type":"deployment","id":"' .. id .. '","service":"' .. service ..
        '","environment":"production","version":"1.0.' .. sent .. '","changes":[{"sha":"0a1b2c3d","committedAt":"' ..
        stamp(7200) .. '"}],"startedAt":"' .. stamp(900) .. '","finishedAt":"' .. stamp(600) ..
        '","outcome":"succeeded"}'
    return wrk.format("POST", "/metrics", {["Content-Type"] = "application/json"}, body)
  end
  return wrk.format("GET", "/metrics?service=" .. service .. "&environment=production")
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s, %.1f/s; socket errors: connect %d, read %d, write %d, timeout %d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max: %.2f ms, mean %.2f ms\n", latency.max / 1000, latency.mean / 1000))
end
