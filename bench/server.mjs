// The plain loopback server every client is measured against: fixed answers, nothing else, so
// its cost is small and the same for all. Runs in its own process; prints its port.
import http from "node:http"

const credentials = Buffer.from(JSON.stringify({
  skillMessagingCredentials: { clientId: "amzn1.application-oa2-client.bench", clientSecret: "bench-secret" }
}))
// for `smapi get-skill-status` (the CLI's cold start)
const status = Buffer.from(JSON.stringify({ manifest: { lastUpdateRequest: { status: "SUCCEEDED" } } }))
const token = Buffer.from(JSON.stringify({ access_token: "Atza|bench-token", token_type: "bearer", expires_in: 3600 }))
let tokenRequests = 0

const server = http.createServer((req, res) => {
  req.resume()
  req.on("end", () => {
    const path = req.url.toLowerCase()
    if (path === "/auth/o2/token") {
      tokenRequests++
      // a real LWA answers in tens of milliseconds: this is what makes concurrent cold calls pile up
      setTimeout(
        () => res.writeHead(200, { "content-type": "application/json", "content-length": token.length }).end(token),
        20
      )
    } else if (path === "/__stats") {
      res.end(JSON.stringify({ tokenRequests }))
    } else if (path === "/__reset") {
      tokenRequests = 0
      res.end("{}")
    } else if (path.endsWith("/status")) {
      res.writeHead(200, { "content-type": "application/json", "content-length": status.length }).end(status)
    } else {
      res.writeHead(200, { "content-type": "application/json", "content-length": credentials.length }).end(credentials)
    }
  })
})
server.keepAliveTimeout = 30_000
server.listen(0, "127.0.0.1", () => console.log(server.address().port))
process.on("disconnect", () => process.exit(0))
