-- wrk script for the soak: mostly valid status requests, one in eight malformed in a different
-- way. A malformed request makes the server answer 4xx and close; wrk then reconnects.
local requests = {}
local valid = {
  "GET /status/404 HTTP/1.1\r\nHost: soak\r\n\r\n",
  "GET /status/200,503:2?retry_after=3 HTTP/1.1\r\nHost: soak\r\nAccept: text/plain\r\n\r\n",
  "HEAD /status/206 HTTP/1.1\r\nHost: soak\r\nRange: bytes=0-9,20-29\r\n\r\n",
  "GET /api/codes/429 HTTP/1.1\r\nHost: soak\r\n\r\n",
  "POST /status/201 HTTP/1.1\r\nHost: soak\r\nContent-Length: 5\r\n\r\nhello",
  "GET /status/abc HTTP/1.1\r\nHost: soak\r\n\r\n",
  "GET /103 HTTP/1.1\r\nHost: soak\r\n\r\n",
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
    return malformed[(n // 8) % #malformed + 1]
  end
  return valid[n % #valid + 1]
end
