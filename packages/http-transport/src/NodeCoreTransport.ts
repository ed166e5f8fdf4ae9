/**
 * A Node layer over Node's own `http` and `https` modules: no dependency to load, so it is the
 * quickest to start, where a process makes a request or two and exits (the CLI). For many
 * requests, `NodeHttpTransport` (undici) is faster per call, and it is the one with proxy support.
 * Interruption aborts the request; the body cap is enforced while reading.
 *
 * Node only: import it from `@smapi-effect/http-transport/NodeCoreTransport`.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import * as http from "node:http"
import * as https from "node:https"
import * as HttpTransport from "./HttpTransport.js"
import type * as TransportError from "./TransportError.js"

const flatten = (headers: http.IncomingHttpHeaders): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name in headers) {
    const value = headers[name]
    if (value !== undefined) out[name] = typeof value === "string" ? value : value.join(", ")
  }
  return out
}

/**
 * An `HttpTransport` over keep-alive agents that live as long as the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: HttpTransport.Options = {}
): Effect.Effect<HttpTransport.Service, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() => ({
        "http:": new http.Agent({ keepAlive: true }),
        "https:": new https.Agent({ keepAlive: true })
      })),
      (agents) =>
        Effect.sync(() => {
          agents["http:"].destroy()
          agents["https:"].destroy()
        })
    ),
    (agents) => {
      const maxBytes = options.maxResponseBytes ?? HttpTransport.defaultMaxResponseBytes
      const send = (req: HttpTransport.HttpRequest) =>
        Effect.async<HttpTransport.HttpResponse, TransportError.TransportError>((resume) => {
          const prepared = HttpTransport.prepare(req)
          if (Either.isLeft(prepared)) {
            resume(Effect.fail(prepared.left))
            return
          }
          const target = prepared.right
          const url = new URL(target.url)
          const limit = HttpTransport.bodyLimit(req, maxBytes)
          let settled = false
          let timer: ReturnType<typeof setTimeout> | undefined
          let request: http.ClientRequest | undefined
          const finish = (effect: Effect.Effect<HttpTransport.HttpResponse, TransportError.TransportError>) => {
            if (settled) return
            settled = true
            if (timer !== undefined) clearTimeout(timer)
            resume(effect)
          }
          const fail = (error: TransportError.TransportError) => {
            finish(Effect.fail(error))
            request?.destroy()
          }
          try {
            request = (url.protocol === "https:" ? https : http).request(url, {
              method: req.method,
              headers: target.headers,
              agent: agents[url.protocol as "http:" | "https:"]
            }, (res) => {
              const headers = flatten(res.headers)
              const declared = limit.checkDeclared(headers)
              if (declared !== undefined) return fail(declared)
              res.on("data", (chunk: Buffer) => {
                const error = settled ? undefined : limit.push(chunk)
                if (error !== undefined) fail(error)
              })
              res.on("end", () => finish(Effect.succeed({ status: res.statusCode ?? 0, headers, body: limit.bytes() })))
              res.on("error", (error) => fail(HttpTransport.fromUnknown(req, error)))
              // a connection cut during the body ends the response without an error on some versions
              res.on("close", () => {
                if (!res.complete) fail(HttpTransport.transportError(req, "ConnectionReset", "closed during the body"))
              })
            })
          } catch (error) {
            // Node refuses to build a request with, e.g., CR/LF in a header value
            finish(Effect.fail(HttpTransport.fromUnknown(req, error)))
            return
          }
          request.on("error", (error) => finish(Effect.fail(HttpTransport.fromUnknown(req, error))))
          // One native timer: a real socket runs on real time.
          const millis = HttpTransport.timerMillis(req)
          if (millis !== undefined) timer = setTimeout(() => fail(HttpTransport.timedOut(req)), millis)
          request.end(target.body)
          return Effect.sync(() => {
            settled = true
            if (timer !== undefined) clearTimeout(timer)
            request?.destroy()
          })
        })
      return HttpTransport.HttpTransport.of({ send })
    }
  )

/**
 * The layer over Node's own `http` and `https`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: HttpTransport.Options = {}): Layer.Layer<HttpTransport.HttpTransport> =>
  Layer.scoped(HttpTransport.HttpTransport, make(options))
