-- wrk script for the soak: mostly valid status requests, one in eight malformed in a different
-- way. A malformed request makes the server answer 4xx and close; wrk then reconnects. No 1xx
-- and no HEAD here: wrk would take an interim response for the final one, and wait for the body
-- a HEAD answer announces. Prints the statuses received.
local requests = {}
local valid = {
  "GET /status/404 HTTP/1.1\r\nHost: soak\r\n\r\n",
  "GET /status/200,503:2?retry_after=3 HTTP/1.1\r\nHost: soak\r\nAccept: text/plain\r\n\r\n",
  "GET /status/206 HTTP/1.1\r\nHost: soak\r\nRange: bytes=0-9,20-29\r\n\r\n",
  "GET /api/codes/429 HTTP/1.1\r\nHost: soak\r\n\r\n",
  "POST /status/201 HTTP/1.1\r\nHost: soak\r\nContent-Length: 5\r\n\r\nhello",
  "GET /status/abc HTTP/1.1\r\nHost: soak\r\n\r\n",
  "DELETE /status/204 HTTP/1.1\r\nHost: soak\r\n\r\n",
}
local malformed = {
  "THIS IS NOT HTTP\r\n\r\n",
  "GET /status/200 HTTP/1.1\r\nHost: soak\r\nBad Header: x\r\n\r\n",
  "GET /" .. string.rep("a", 9000) .. " HTTP/1.1\r\nHost: soak\r\n\r\n",
  "GET /status/200 HTTP/1.1\r\nHost: soak\r\nX-Big: " .. string.rep("b", 9000) .. "\r\n\r\n",
  "POST /status/200 HTTP/1.1\r\nHost: soak\r\nContent-Length: 5000000\r\n\r\nxx",
  "GET /status/200 HTTP/1.1\r\nHost: soak\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
  "GET /status/200?reason=%0d%0aX:1 HTTP/1.1\r\nHost: soak\r\n\r\n",
}
local n = 0
request = function()
  n = n + 1
  if n % 8 == 0 then
    return malformed[math.floor(n / 8) % #malformed + 1]
  end
  return valid[n % #valid + 1]
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts")) do
      total[k] = (total[k] or 0) + v
    end
  end
  local keys = {}
  for k in pairs(total) do table.insert(keys, k) end
  table.sort(keys)
  io.write("statuses:")
  for _, k in ipairs(keys) do io.write(" ", k, "=", total[k]) end
  io.write("\n")
end
