/**
 * A loopback HTTP proxy for testing proxy support: it tunnels `CONNECT` requests and forwards
 * absolute-URI requests, to loopback targets only, and counts what passed through. With
 * `credentials` it answers 407 to any request without the matching `Proxy-Authorization`.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import * as http from "node:http"
import * as net from "node:net"
import type * as EmulatorError from "./EmulatorError.js"
import { listen, urlOf } from "./internal/listen.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default 0: a free port. */
  readonly port?: number | undefined
  /** Require `Proxy-Authorization: Basic` with these. */
  readonly credentials?: { readonly username: string; readonly password: string } | undefined
}

/**
 * One request the proxy saw.
 *
 * @since 0.1.0
 * @category models
 */
export interface Passage {
  /** `CONNECT` for a tunnel, else the forwarded request's method. */
  readonly method: string
  /** `host:port` of a tunnel, or the absolute URL forwarded. */
  readonly target: string
  /** 200 for a tunnel opened, else the status answered (407: no or wrong credentials). */
  readonly status: number
}

/**
 * A running proxy.
 *
 * @since 0.1.0
 * @category models
 */
export interface TestProxy {
  /** e.g. `http://127.0.0.1:40125`. */
  readonly url: string
  /** Every request it saw, in order. */
  readonly passages: Effect.Effect<ReadonlyArray<Passage>>
}

const loopback = (host: string) => host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)

/**
 * Starts a proxy for the life of the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<TestProxy, EmulatorError.EmulatorError, Scope.Scope> =>
  Effect.suspend(() => {
    const passages: Array<Passage> = []
    const sockets = new Set<net.Socket>()
    const expected = options.credentials === undefined
      ? undefined
      : `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString("base64")}`
    const authorized = (req: http.IncomingMessage) =>
      expected === undefined || req.headers["proxy-authorization"] === expected
    const track = (socket: net.Socket) => {
      sockets.add(socket)
      socket.on("close", () => sockets.delete(socket))
      socket.on("error", () => socket.destroy())
    }

    const server = http.createServer((req, res) => {
      const target = req.url ?? ""
      const answer = (status: number, message: string) => {
        passages.push({ method: req.method ?? "", target, status })
        res.writeHead(status, {
          "content-type": "text/plain",
          ...(status === 407 ? { "proxy-authenticate": "Basic" } : {})
        })
        res.end(message)
      }
      if (!authorized(req)) return answer(407, "proxy authentication required")
      let url: URL
      try {
        url = new URL(target)
      } catch {
        return answer(400, "not a proxy request: the target must be an absolute URL")
      }
      if (url.protocol !== "http:" || !loopback(url.hostname.replace(/^\[|\]$/g, ""))) {
        return answer(403, "this test proxy reaches loopback http:// targets only")
      }
      const headers = { ...req.headers }
      delete headers["proxy-authorization"]
      delete headers["proxy-connection"]
      const upstream = http.request(url, { method: req.method ?? "GET", headers }, (up) => {
        passages.push({ method: req.method ?? "", target, status: up.statusCode ?? 0 })
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      })
      upstream.on("error", () => res.headersSent ? res.destroy() : answer(502, "upstream unreachable"))
      req.pipe(upstream)
    })

    server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      track(client)
      const target = req.url ?? ""
      const refuse = (status: number, reason: string) => {
        passages.push({ method: "CONNECT", target, status })
        client.end(
          `HTTP/1.1 ${status} ${reason}\r\n${
            status === 407 ? "Proxy-Authenticate: Basic\r\n" : ""
          }Content-Length: 0\r\n\r\n`
        )
      }
      if (!authorized(req)) return refuse(407, "Proxy Authentication Required")
      const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target)
      if (match === null || !loopback(match[1]!)) return refuse(403, "Forbidden")
      const upstream = net.connect(Number(match[2]), match[1]!, () => {
        passages.push({ method: "CONNECT", target, status: 200 })
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n")
        if (head.length > 0) upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      track(upstream)
      upstream.on("error", () => refuse(502, "Bad Gateway"))
      client.on("close", () => upstream.destroy())
      upstream.on("close", () => client.destroy())
    })

    return Effect.zipLeft(
      Effect.map(listen(server, options.port ?? 0, "127.0.0.1"), (address): TestProxy => ({
        url: urlOf(address),
        passages: Effect.sync(() => [...passages])
      })),
      // tunnels are not the HTTP server's connections: end them with the scope too
      Effect.addFinalizer(() => Effect.sync(() => sockets.forEach((socket) => socket.destroy())))
    )
  })
