/**
 * `FleetTransport`: the engine's SMAPI transport, decorated for a fleet. Before each request
 * (every attempt, replays and retries included) it waits out a 429 pause and takes a slot of the
 * rate budget; after it, a 429 with `Retry-After` pauses every process of the LWA client for that
 * long (a Redis key for processes that start later, and a message for those running). LWA's token
 * requests do not pass here.
 *
 * @since 0.3.0
 */
import * as RateLimiter from "@effect/experimental/RateLimiter"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import type * as TransportError from "@smapi-effect/http-transport/TransportError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as SynchronizedRef from "effect/SynchronizedRef"
import type * as RedisLink from "./RedisLink.js"
import * as TokenCipher from "./TokenCipher.js"

/**
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** The hash naming the LWA client (`TokenCipher.clientKey`): the budget and pauses are its. */
  readonly client: string
  /** At most `limit` requests per `windowMillis`, for the whole fleet. None when undefined. */
  readonly rateLimit?: { readonly limit: number; readonly windowMillis: number } | undefined
  /** The fleet's Redis; without it, the limit and pauses are this process's alone. */
  readonly link?: RedisLink.Service | undefined
}

/**
 * The channel on which pauses are announced.
 *
 * @since 0.3.0
 * @category constants
 */
export const pauseChannel = `${TokenCipher.prefix}pause`

interface Built {
  readonly limiter: RateLimiter.RateLimiter
  readonly scope: Scope.CloseableScope
}

/**
 * Decorates `base`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = (
  base: HttpTransport.Service,
  options: Options
): Effect.Effect<HttpTransport.Service, never, Scope.Scope> =>
  Effect.gen(function*() {
    const clock = yield* Effect.clock
    const { link } = options
    const pauseKey = `${TokenCipher.prefix}pause:${options.client}`
    let pausedUntil = 0
    const pauseFor = (millis: number) => {
      pausedUntil = Math.max(pausedUntil, clock.unsafeCurrentTimeMillis() + millis)
    }

    if (link !== undefined) {
      // running processes hear of a pause at once; a process that starts during one reads it
      yield* link.subscribe(pauseChannel, (message) => {
        const [client, millis] = message.split(" ")
        if (client === options.client && Number(millis) > 0) pauseFor(Number(millis))
      })
      const left = yield* link.run((redis) => redis.pttl(pauseKey)).pipe(Effect.orElseSucceed(() => -1))
      if (left > 0) pauseFor(left)
    }

    const announce = (millis: number) =>
      link === undefined ?
        Effect.void :
        link.run((redis) =>
          redis.multi().set(pauseKey, "1", "PX", millis).publish(pauseChannel, `${options.client} ${millis}`).exec()
        ).pipe(Effect.ignore)

    const watch = (request: HttpTransport.HttpRequest) =>
      Effect.flatMap(base.send(request), (response) => {
        if (response.status !== 429) return Effect.succeed(response)
        const wait = HttpWire.retryAfter(response.headers["retry-after"], clock.unsafeCurrentTimeMillis())
        if (wait === undefined) return Effect.succeed(response)
        const millis = Math.ceil(Duration.toMillis(wait))
        if (millis <= 0) return Effect.succeed(response)
        pauseFor(millis)
        return Effect.as(announce(millis), response)
      })

    // waits out a pause, then sends with what is left of the request's timeout since `start`; a
    // pause longer than that is answered here
    const waited = (
      request: HttpTransport.HttpRequest,
      start: number
    ): Effect.Effect<HttpTransport.HttpResponse, TransportError.TransportError> =>
      Effect.suspend(() => {
        const now = clock.unsafeCurrentTimeMillis()
        const pause = pausedUntil - now
        const budget = request.timeout === undefined ? Infinity : Duration.toMillis(request.timeout) - (now - start)
        if (pause > 0 && pause >= budget) return Effect.succeed(paused(pause))
        if (budget <= 0) return Effect.fail(HttpTransport.timedOut(request))
        const send = Effect.suspend(() => {
          if (request.timeout === undefined) return watch(request)
          const left = Duration.toMillis(request.timeout) - (clock.unsafeCurrentTimeMillis() - start)
          return left <= 0
            ? Effect.fail(HttpTransport.timedOut(request))
            : watch({ ...request, timeout: Duration.millis(left) })
        })
        return pause > 0 ? Effect.zipRight(Effect.sleep(Duration.millis(pause)), send) : send
      })

    const rate = options.rateLimit
    if (rate === undefined) {
      return HttpTransport.HttpTransport.of({
        send: (request) => {
          const now = clock.unsafeCurrentTimeMillis()
          return pausedUntil > now ? waited(request, now) : watch(request)
        }
      })
    }

    // A bucket of one token refilled every window/(N-1): no window of that length ever holds more
    // than N requests, where a bucket of N could let 2N through one window (a full burst, refilled).
    // A request takes its slot when it leaves ("fail", then wait and ask again), not ahead of time
    // ("delay"): a process that wakes late from a wait cannot crowd the slots of the others.
    const spacing = Duration.millis(rate.windowMillis / Math.max(1, rate.limit - 1))
    const consumeOptions = {
      algorithm: "token-bucket",
      onExceeded: "fail",
      window: spacing,
      limit: 1,
      key: options.client
    } as const
    const inProcess = yield* RateLimiter.make.pipe(Effect.provide(RateLimiter.layerStoreMemory))
    // zero when the slot is taken, else how long until the next may be free
    const taken = (limiter: RateLimiter.RateLimiter) => Effect.as(limiter.consume(consumeOptions), Duration.zero)
    const memory = taken(inProcess).pipe(
      Effect.catchAll((error) => Effect.succeed(error.reason === "Exceeded" ? error.retryAfter : Duration.zero))
    )

    // The Redis store (on a connection that gives up at its first failure, see
    // `RedisLink.rateLimiterStore`) is built while Redis is up and dropped when it fails; the next
    // request after Redis is back builds a new one.
    const slot = yield* SynchronizedRef.make<Built | undefined>(undefined)
    yield* Effect.addFinalizer(() =>
      Effect.flatMap(SynchronizedRef.get(slot), (built) =>
        built === undefined ? Effect.void : Scope.close(built.scope, Exit.void))
    )
    const build = Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(
        RateLimiter.layer.pipe(Layer.provide(link!.rateLimiterStore(`${TokenCipher.prefix}rate:`))),
        scope
      )
      return { limiter: Context.get(context, RateLimiter.RateLimiter), scope }
    })
    const drop = SynchronizedRef.updateEffect(slot, (built) =>
      built === undefined ? Effect.succeed(undefined) : Effect.as(Scope.close(built.scope, Exit.void), undefined))
    const fleet = SynchronizedRef.modifyEffect(slot, (built) =>
      built !== undefined
        ? Effect.succeed([built.limiter, built] as const)
        : Effect.map(build, (fresh) =>
          [fresh.limiter, fresh] as const))

    const attempt = link === undefined
      ? memory
      : Effect.suspend(() =>
        link.available()
          ? Effect.flatMap(fleet, taken).pipe(
            Effect.catchAll((error) =>
              error.reason === "Exceeded" ? Effect.succeed(error.retryAfter) : Effect.zipRight(drop, memory)
            )
          )
          : memory
      )
    // asks again after each refusal, as long as it said to wait, and never within the same
    // millisecond: the stores count time in milliseconds, so sooner would only be refused again
    const admit = Effect.repeat(
      attempt,
      Schedule.identity<Duration.Duration>().pipe(
        Schedule.whileInput((wait) =>
          !Duration.isZero(wait)
        ),
        Schedule.addDelay((wait) =>
          Duration.max(wait, Duration.millis(1))
        )
      )
    )

    return HttpTransport.HttpTransport.of({
      send: (request) =>
        Effect.suspend(() => {
          const start = clock.unsafeCurrentTimeMillis()
          // the wait for a slot counts against the request's own time, and never outlasts it
          const slot = request.timeout === undefined ? admit : admit.pipe(
            Effect.timeoutFail({ duration: request.timeout, onTimeout: () => HttpTransport.timedOut(request) })
          )
          return Effect.zipRight(
            slot,
            Effect.suspend(() =>
              clock.unsafeCurrentTimeMillis() === start && pausedUntil <= start
                ? watch(request)
                : waited(request, start)
            )
          )
        })
    })
  })

// What a paused process answers itself when the pause outlasts the request's time: SMAPI's own
// answer, as the engine knows it (a 429 with Retry-After), and nothing sent.
const paused = (millis: number): HttpTransport.HttpResponse => ({
  status: 429,
  headers: { "content-type": "application/json", "retry-after": String(Math.ceil(millis / 1000)) },
  body: new TextEncoder().encode(JSON.stringify({
    message: "The fleet is paused by a 429 from SMAPI to one of its processes; nothing was sent."
  }))
})

/**
 * The decorator as a layer over the `HttpTransport` in context.
 *
 * @since 0.3.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<HttpTransport.HttpTransport, never, HttpTransport.HttpTransport> =>
  Layer.scoped(HttpTransport.HttpTransport, Effect.flatMap(HttpTransport.HttpTransport, (base) => make(base, options)))
