-- wrk -t4 -c4 -s execute-sense-id.lua: POST execute with a Sense ID program as operator (HTTP Basic).
-- One connection per thread and one subchannel per thread: a subchannel runs one channel program at a time
-- (a second START gets 409 cc 2), so the load spreads over 0.0.0100-0.0.0103 of bench-topology.txt.
local next_schno = 0x100
local counter = 0

function setup(thread)
  thread:set("schid", string.format("0.0.%04x", next_schno))
  next_schno = next_schno + 1
end

function init(args)
  wrk.method = "POST"
  wrk.path = "/api/v1/subchannels/" .. schid .. "/execute"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Basic b3BlcmF0b3I6b3BlcmF0b3I="
  wrk.body = '{"program": [{"cmd": "e4", "flags": ["SLI"], "count": 20, "read": true}]}'
end

function response(status, headers, body)
  if status ~= 200 then
    counter = counter + 1
    if counter <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
    end
  end
end
