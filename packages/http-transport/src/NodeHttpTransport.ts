/**
 * The fast Node layer: undici's dispatcher over one keep-alive connection pool, with nothing
 * between the call and the socket but one `Effect.async`. Interruption aborts the request; the
 * body cap is enforced while reading.
 *
 * Node only: import it from `@smapi-effect/http-transport/NodeHttpTransport`.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import type { Dispatcher } from "undici"
// Only the connection pool: undici's index loads fetch, WebSocket and more, a third of a CLI's
// start-up. undici 7 has no exports map, so the path is stable within the major we pin.
import Agent from "undici/lib/dispatcher/agent.js"
import * as HttpTransport from "./HttpTransport.js"
import type * as TransportError from "./TransportError.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options extends HttpTransport.Options {
  /** Connections per origin. Default 32. */
  readonly connections?: number | undefined
  /** How long an idle connection is kept. Default 10 s. */
  readonly keepAliveTimeout?: number | undefined
}

const flatten = (headers: Record<string, string | Array<string> | undefined>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name in headers) {
    const value = headers[name]
    if (value !== undefined) out[name] = typeof value === "string" ? value : value.join(", ")
  }
  return out
}

class Interrupted extends Error {
  override readonly name = "AbortError"
}

/**
 * An `HttpTransport` over a pool that lives as long as the scope.
 *
 * It speaks undici's dispatcher API directly: callbacks for the headers, each chunk and the end,
 * so a request costs no promise, no stream object and no AbortSignal; interruption calls the
 * request's own `abort`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<HttpTransport.Service, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() =>
        new Agent({
          connections: options.connections ?? 32,
          keepAliveTimeout: options.keepAliveTimeout ?? 10_000,
          // the caller's per-attempt timeout governs; these only guard a pool that never gives up
          headersTimeout: 300_000,
          bodyTimeout: 300_000
        })
      ),
      (agent) => Effect.promise(() => agent.destroy())
    ),
    (agent) => {
      const maxBytes = options.maxResponseBytes ?? HttpTransport.defaultMaxResponseBytes
      const send = (req: HttpTransport.HttpRequest) =>
        Effect.async<HttpTransport.HttpResponse, TransportError.TransportError>((resume) => {
          const prepared = HttpTransport.prepare(req)
          if (Either.isLeft(prepared)) {
            resume(Effect.fail(prepared.left))
            return
          }
          const target = prepared.right
          let controller: Dispatcher.DispatchController | undefined
          let settled = false
          let status = 0
          let headers: Record<string, string> = {}
          const limit = HttpTransport.bodyLimit(req, maxBytes)
          const fail = (error: TransportError.TransportError) => {
            if (settled) return
            settled = true
            if (timer !== undefined) clearTimeout(timer)
            resume(Effect.fail(error))
          }
          // One native timer: a real socket runs on real time.
          const timer = req.timeout === undefined ? undefined : setTimeout(() => {
            fail(HttpTransport.timedOut(req))
            controller?.abort(new Interrupted("timed out"))
          }, Duration.toMillis(req.timeout))
          const tooLarge = (c: Dispatcher.DispatchController, error: TransportError.TransportError) => {
            fail(error)
            c.abort(new Interrupted("response too large"))
          }
          const handler: Dispatcher.DispatchHandler = {
            onRequestStart: (c) => {
              controller = c
              if (settled) c.abort(new Interrupted("interrupted"))
            },
            onResponseStart: (c, statusCode, responseHeaders) => {
              status = statusCode
              headers = flatten(responseHeaders as Record<string, string | Array<string> | undefined>)
              const error = limit.checkDeclared(headers)
              if (error !== undefined) tooLarge(c, error)
            },
            onResponseData: (c, chunk) => {
              if (settled) return
              const error = limit.push(chunk)
              if (error !== undefined) tooLarge(c, error)
            },
            onResponseEnd: () => {
              if (settled) return
              settled = true
              if (timer !== undefined) clearTimeout(timer)
              resume(Effect.succeed({ status, headers, body: limit.bytes() }))
            },
            onResponseError: (_c, error) => fail(HttpTransport.fromUnknown(req, error))
          }
          try {
            agent.dispatch({
              origin: target.origin,
              path: target.path,
              method: req.method,
              headers: target.headers,
              body: target.body ?? null
            }, handler)
          } catch (error) {
            fail(HttpTransport.fromUnknown(req, error))
          }
          return Effect.sync(() => {
            settled = true
            if (timer !== undefined) clearTimeout(timer)
            controller?.abort(new Interrupted("interrupted"))
          })
        })
      return HttpTransport.HttpTransport.of({ send })
    }
  )

/**
 * The fast Node layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<HttpTransport.HttpTransport> =>
  Layer.scoped(HttpTransport.HttpTransport, make(options))
