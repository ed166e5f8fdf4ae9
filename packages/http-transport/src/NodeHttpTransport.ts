/**
 * The fast Node layer: undici's dispatcher over one keep-alive connection pool, with nothing
 * between the call and the socket but one `Effect.async`. Interruption aborts the request; the
 * body cap is enforced while reading.
 *
 * It honours `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (read through the current
 * `ConfigProvider`, the environment by default) or a `proxy` given in code.
 *
 * Node only: import it from `@smapi-effect/http-transport/NodeHttpTransport`.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import type { IncomingHttpHeaders } from "node:http"
import type { Agent as UndiciAgent, Dispatcher } from "undici"
// Only the connection pool: undici's index loads fetch, WebSocket and more, a third of a CLI's
// start-up. undici 7 has no exports map, so the path is stable within the major we pin.
import Agent from "undici/lib/dispatcher/agent.js"
import * as Endpoint from "./Endpoint.js"
import * as HttpTransport from "./HttpTransport.js"
import * as Proxy from "./Proxy.js"
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
  /**
   * A proxy for every request, e.g. `http://user:password@proxy.internal:3128`; `HTTPS_PROXY`
   * and `HTTP_PROXY` are then ignored. Default: those variables.
   */
  readonly proxy?: string | Redacted.Redacted<string> | undefined
  /** Hosts reached without the proxy, as `NO_PROXY` has them. Default: `NO_PROXY`. */
  readonly noProxy?: string | undefined
}

type Pool = Pick<Dispatcher, "dispatch" | "destroy">

const noProxy: Proxy.Settings = { http: undefined, https: undefined, noProxy: "" }

// The proxy settings: the options', else the environment's. A malformed proxy URL is not a
// defect: the transport then fails each request as one that cannot be sent, saying why.
const proxySettings = (options: Options): Effect.Effect<Either.Either<Proxy.Settings, string>> =>
  options.proxy !== undefined
    ? Effect.succeed(Either.mapLeft(
      Proxy.fromUrl(options.proxy, options.noProxy),
      (why) => `the proxy option ${why}`
    ))
    : Effect.match(Proxy.config, {
      onFailure: (error) => Either.left(String(error).replace(/\s+/g, " ")),
      onSuccess: (settings) =>
        Either.right(options.noProxy === undefined ? settings : { ...settings, noProxy: options.noProxy })
    })

// Only when a proxy is set are undici's proxy agents loaded, so the common case starts as fast.
const makePool = (agentOptions: UndiciAgent.Options, settings: Proxy.Settings): Effect.Effect<Pool> =>
  !Proxy.isActive(settings)
    ? Effect.sync(() => new Agent(agentOptions))
    : Effect.promise(() =>
      Promise.all([
        import("undici/lib/dispatcher/env-http-proxy-agent.js"),
        import("undici/lib/dispatcher/pool.js"),
        import("undici/lib/api/api-connect.js")
      ])
    ).pipe(
      Effect.map(([{ default: EnvHttpProxyAgent }, { default: Pool }, { default: connect }]) => {
        const direct = new Agent(agentOptions)
        const proxied = new EnvHttpProxyAgent({
          ...agentOptions,
          // undici's index gives every dispatcher `connect` (for CONNECT); only the proxy's pool needs it
          clientFactory: (origin: URL, options: object) => Object.assign(new Pool(origin, options), { connect }),
          // "" (not undefined) so that undici does not read process.env behind the ConfigProvider
          httpProxy: settings.http === undefined ? "" : Redacted.value(settings.http),
          httpsProxy: settings.https === undefined ? "" : Redacted.value(settings.https),
          noProxy: settings.noProxy
        })
        const loopbackProxy = {
          "http:": settings.http !== undefined && Proxy.isLoopback(settings.http),
          "https:": settings.https !== undefined && Proxy.isLoopback(settings.https)
        }
        const bypass = new Map<string, boolean>()
        // A loopback target goes through a proxy only when that proxy is on loopback too.
        const goesDirect = (origin: string) => {
          let go = bypass.get(origin)
          if (go === undefined) {
            const url = new URL(origin)
            go = Endpoint.isLoopback(url.hostname) && !loopbackProxy[url.protocol as "http:" | "https:"]
            bypass.set(origin, go)
          }
          return go
        }
        return {
          dispatch: (opts, handler) => (goesDirect(String(opts.origin)) ? direct : proxied).dispatch(opts, handler),
          destroy: () => Promise.all([direct.destroy(), proxied.destroy()]).then(() => undefined)
        } as Pool
      })
    )

const flatten = (headers: IncomingHttpHeaders): Record<string, string> => {
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

const noHeaders: Readonly<Record<string, string>> = {}

type Resume = (effect: Effect.Effect<HttpTransport.HttpResponse, TransportError.TransportError>) => void

// One request on the wire: undici's handler and all the request holds until it settles.
//
// A class rather than closures: one object per request instead of six, and when it settles it
// lets go of the fiber, the request and the body. undici keeps a finished request reachable for
// a while, and whatever the request still held was promoted out of the young generation with it:
// measured with --trace-gc-nvp on the bench, a promise per call over this transport alone
// promoted 2.9 MB per scavenge before and 1.2 MB after, at 35 against 26 µs of CPU per call.
class Exchange implements Dispatcher.DispatchHandler {
  controller: Dispatcher.DispatchController | undefined = undefined
  timer: ReturnType<typeof setTimeout> | undefined = undefined
  status = 0
  headers: Readonly<Record<string, string>> = noHeaders
  constructor(
    public resume: Resume | undefined,
    public request: HttpTransport.HttpRequest | undefined,
    public limit: HttpTransport.BodyLimit | undefined
  ) {}

  // Hands `effect` to the fiber once; from then on the exchange holds nothing of the call.
  settle(effect: Effect.Effect<HttpTransport.HttpResponse, TransportError.TransportError>): void {
    const resume = this.resume
    if (resume === undefined) return
    this.release()
    resume(effect)
  }

  release(): void {
    this.controller = undefined
    this.resume = undefined
    this.request = undefined
    this.limit = undefined
    this.headers = noHeaders
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }

  fail(error: TransportError.TransportError): void {
    this.settle(Effect.fail(error))
  }

  failWith(thrown: unknown): void {
    if (this.request !== undefined) this.fail(HttpTransport.fromUnknown(this.request, thrown))
  }

  // Settles first, so that what aborting makes undici report cannot settle it another way.
  stop(error: TransportError.TransportError | undefined, why: string): void {
    const controller = this.controller
    if (error !== undefined) this.fail(error)
    else this.release()
    controller?.abort(new Interrupted(why))
  }

  timedOut(): void {
    if (this.request !== undefined) this.stop(HttpTransport.timedOut(this.request), "timed out")
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    if (this.resume === undefined) controller.abort(new Interrupted("interrupted"))
    else this.controller = controller
  }

  onResponseStart(_c: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders): void {
    if (this.limit === undefined) return
    this.status = statusCode
    this.headers = flatten(headers)
    const error = this.limit.checkDeclared(this.headers)
    if (error !== undefined) this.stop(error, "response too large")
  }

  onResponseData(_c: Dispatcher.DispatchController, chunk: Uint8Array): void {
    if (this.limit === undefined) return
    const error = this.limit.push(chunk)
    if (error !== undefined) this.stop(error, "response too large")
  }

  onResponseEnd(): void {
    if (this.limit === undefined) return
    this.settle(Effect.succeed({ status: this.status, headers: this.headers, body: this.limit.bytes() }))
  }

  onResponseError(_c: Dispatcher.DispatchController, error: Error): void {
    this.failWith(error)
  }
}

const onTimeout = (exchange: Exchange) => exchange.timedOut()

// A request under our own timer turns off undici's header and body timers: theirs are pooled
// timers that live about a second after every request, and each one outlived V8's young
// generation (measured: most of what the Effect-native path still promoted).
const ownTimerOnly = { headersTimeout: 0, bodyTimeout: 0 } as const

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
  Effect.flatMap(proxySettings(options), (settings) => makeWith(options, settings))

const makeWith = (
  options: Options,
  settings: Either.Either<Proxy.Settings, string>
): Effect.Effect<HttpTransport.Service, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      makePool({
        connections: options.connections ?? 32,
        keepAliveTimeout: options.keepAliveTimeout ?? 10_000,
        // the caller's per-attempt timeout governs; these only guard a pool that never gives up
        headersTimeout: 300_000,
        bodyTimeout: 300_000
      }, Either.getOrElse(settings, () => noProxy)),
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
          const exchange = new Exchange(resume, req, HttpTransport.bodyLimit(req, maxBytes))
          // One native timer: a real socket runs on real time.
          const millis = HttpTransport.timerMillis(req)
          if (millis !== undefined) exchange.timer = setTimeout(onTimeout, millis, exchange)
          try {
            agent.dispatch({
              origin: target.origin,
              path: target.path,
              method: req.method,
              headers: target.headers,
              body: target.body ?? null,
              ...(millis === undefined ? {} : ownTimerOnly)
            }, exchange)
          } catch (error) {
            exchange.failWith(error)
          }
          return Effect.sync(() => exchange.stop(undefined, "interrupted"))
        })
      return HttpTransport.HttpTransport.of({
        send: Either.isRight(settings)
          ? send
          : (req) => Effect.fail(HttpTransport.transportError(req, "InvalidRequest", settings.left))
      })
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
