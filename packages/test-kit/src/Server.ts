import * as Effect from "effect/Effect"
import * as http from "node:http"
import type { AddressInfo } from "node:net"

export interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

export interface TestServer {
  readonly url: string
  /** Requests as the server read them. */
  readonly seen: ReadonlyArray<Seen>
  /** Responses whose connection closed before they were finished. */
  readonly aborted: () => number
}

/** A loopback HTTP server that lives as long as the scope. */
export const server = (handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) =>
  Effect.acquireRelease(
    Effect.async<{ readonly srv: http.Server; readonly api: TestServer }>((resume) => {
      const seen: Array<Seen> = []
      let aborted = 0
      const srv = http.createServer((req, res) => {
        let body = ""
        req.on("data", (chunk) => (body += chunk))
        req.on("end", () => {
          seen.push({ method: req.method!, url: req.url!, headers: req.headers, body })
          res.on("close", () => {
            if (!res.writableFinished) aborted++
          })
          handler(req, res)
        })
      })
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo
        resume(Effect.succeed({ srv, api: { url: `http://127.0.0.1:${port}`, seen, aborted: () => aborted } }))
      })
    }),
    ({ srv }) =>
      Effect.async<void>((resume) => {
        srv.closeAllConnections()
        srv.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(({ api }) => api))

/** A port on which nothing listens. */
export const closedPort = Effect.async<number>((resume) => {
  const srv = http.createServer()
  srv.listen(0, "127.0.0.1", () => {
    const { port } = srv.address() as AddressInfo
    srv.close(() => resume(Effect.succeed(port)))
  })
})
