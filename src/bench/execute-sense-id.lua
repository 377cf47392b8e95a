-- wrk -s execute-sense-id.lua: POST execute with a Sense ID program as operator (HTTP Basic).
wrk.method = "POST"
wrk.path = os.getenv("CCW_SCHID_PATH") or "/api/v1/subchannels/0.0.0100/execute"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic b3BlcmF0b3I6b3BlcmF0b3I="
wrk.body = '{"program": [{"cmd": "e4", "flags": ["SLI"], "count": 20, "read": true}]}'

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
