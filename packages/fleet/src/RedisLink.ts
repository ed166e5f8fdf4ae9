/**
 * `RedisLink`: the fleet's connection to Redis, and whether to use it. Redis is never a single
 * point of failure: while it is down, slow or refusing, `run` fails at once with
 * `RedisUnavailable` and callers fall back to their in-process path; one warning is logged per
 * outage, and the link comes back by itself when Redis does (ioredis reconnects).
 *
 * @since 0.3.0
 */
import type * as RateLimiter from "@effect/experimental/RateLimiter"
import * as RateLimiterRedis from "@effect/experimental/RateLimiter/Redis"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Runtime from "effect/Runtime"
import type * as Scope from "effect/Scope"
import { Redis, type RedisOptions } from "ioredis"

/**
 * Redis could not answer in time, or at all; the caller takes its in-process path.
 *
 * @since 0.3.0
 * @category errors
 */
export class RedisUnavailable extends Data.TaggedError("RedisUnavailable")<{ readonly detail: string }> {}

/**
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** `redis://` or `rediss://`. */
  readonly url: Redacted.Redacted<string>
  /**
   * Longest wait for one command. Default 2 s: Redis answers in well under a millisecond, but a
   * process busy starting up (compiling its code on a loaded machine) reads the answer late.
   */
  readonly timeout?: Duration.DurationInput | undefined
  /**
   * Longest wait for the first connection, when Redis neither answers nor refuses (a refusal is
   * taken at once). Default 3 s.
   */
  readonly connectTimeout?: Duration.DurationInput | undefined
  /** How long Redis is left alone after a command failed while connected. Default 5 s. */
  readonly cooldown?: Duration.DurationInput | undefined
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Service {
  /** Runs one command, or fails with `RedisUnavailable` at once while Redis is unusable. */
  readonly run: <A>(command: (redis: Redis) => Promise<A>) => Effect.Effect<A, RedisUnavailable>
  /** Whether `run` would try Redis now. Synchronous. */
  readonly available: () => boolean
  /**
   * Calls `onMessage` with each message on `channel`, on a connection of its own, for the life of
   * the scope; it resubscribes by itself after an outage.
   */
  readonly subscribe: (channel: string, onMessage: (message: string) => void) => Effect.Effect<void, never, Scope.Scope>
  /**
   * `@effect/experimental`'s Redis store for `RateLimiter`, keys under `prefix`, on a connection of
   * its own that gives up at its first failure (rather than log every failed reconnection): build
   * a new one once Redis is back.
   */
  readonly rateLimiterStore: (prefix: string) => Layer.Layer<RateLimiter.RateLimiterStore>
  /** Where Redis is, without credentials, for messages. */
  readonly where: string
}

/**
 * @since 0.3.0
 * @category tags
 */
export class RedisLink extends Context.Tag("@smapi-effect/fleet/RedisLink")<RedisLink, Service>() {}

/**
 * ioredis options for `url`: a failed or slow Redis answers fast, and a lost connection is
 * retried in the background (at most one second apart) for as long as the process lives.
 *
 * @since 0.3.0
 * @category constructors
 */
export const redisOptions = (url: string, timeoutMillis: number, connectMillis: number): RedisOptions => {
  const parsed = new URL(url)
  const db = Number(parsed.pathname.slice(1) || "0")
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: Number(parsed.port || "6379"),
    db: Number.isInteger(db) ? db : 0,
    ...(parsed.username === "" ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === "" ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(parsed.protocol === "rediss:" ? { tls: {} } : {}),
    connectTimeout: connectMillis,
    commandTimeout: timeoutMillis,
    maxRetriesPerRequest: 0,
    retryStrategy: (times) => Math.min(times * 100, 1000)
  }
}

/**
 * Connects, waiting at most the timeout for the first connection: a process that starts while
 * Redis is down starts in-process at once and joins the fleet when Redis comes up.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Service, never, Scope.Scope> =>
  Effect.gen(function*() {
    const timeoutMillis = Duration.toMillis(Duration.decode(options.timeout ?? Duration.seconds(2)))
    const connectMillis = Duration.toMillis(Duration.decode(options.connectTimeout ?? Duration.seconds(3)))
    const cooldownMillis = Duration.toMillis(Duration.decode(options.cooldown ?? Duration.seconds(5)))
    const redisOptions_ = redisOptions(Redacted.value(options.url), timeoutMillis, connectMillis)
    const where = `${redisOptions_.host}:${redisOptions_.port}`
    const runtime = yield* Effect.runtime<never>()
    const log = (effect: Effect.Effect<void>) => Runtime.runFork(runtime)(effect)
    const clock = yield* Effect.clock

    // One warning per outage: set when the outage is said, cleared when Redis answers again.
    let warned = false
    let restUntil = 0
    const down = (detail: string) => {
      if (warned) return
      warned = true
      log(Effect.logWarning(
        `Redis at ${where} is unavailable (${detail}): tokens, the rate limit and 429 pauses are per process until it is back`
      ))
    }
    const up = () => {
      if (!warned) return
      warned = false
      log(Effect.logInfo(`Redis at ${where} is back: the fleet shares again`))
    }

    const redis = yield* Effect.acquireRelease(
      Effect.sync(() => new Redis(redisOptions_)),
      (redis) =>
        Effect.sync(() => {
          // closed on purpose: not an outage to warn of
          redis.removeAllListeners("close")
          redis.removeAllListeners("error")
          redis.on("error", () => {})
          redis.disconnect()
        })
    )
    redis.on("error", (error: Error) => down(error.message.split("\n")[0] ?? "error"))
    redis.on("close", () => down("connection closed"))
    redis.on("ready", () => {
      restUntil = 0
      up()
    })

    // the first connection, or its failure, or the timeout: whichever comes first
    yield* Effect.async<void>((resume) => {
      if (redis.status === "ready") return resume(Effect.void)
      const done = () => {
        clearTimeout(timer)
        redis.off("ready", done)
        redis.off("error", done)
        resume(Effect.void)
      }
      const timer = setTimeout(done, connectMillis)
      redis.once("ready", done)
      redis.once("error", done)
    })
    if (redis.status !== "ready") {
      down(redis.status === "reconnecting" ? "connection refused" : `no connection within ${connectMillis} ms`)
    }

    const available = () => redis.status === "ready" && clock.unsafeCurrentTimeMillis() >= restUntil

    const run = <A>(command: (redis: Redis) => Promise<A>): Effect.Effect<A, RedisUnavailable> =>
      Effect.suspend(() => {
        if (!available()) return Effect.fail(new RedisUnavailable({ detail: "unavailable" }))
        return Effect.tryPromise({
          try: () => command(redis),
          catch: (error) => {
            const detail = error instanceof Error ? error.message.split("\n")[0]! : String(error)
            // a slow or refusing Redis, still connected: left alone for a while
            restUntil = clock.unsafeCurrentTimeMillis() + cooldownMillis
            down(detail)
            return new RedisUnavailable({ detail })
          }
        }).pipe(Effect.tap(() => Effect.sync(up)))
      })

    const subscribe = (channel: string, onMessage: (message: string) => void) =>
      Effect.asVoid(Effect.acquireRelease(
        Effect.sync(() => {
          const subscriber = new Redis(redisOptions_)
          subscriber.on("error", () => {
            // said once, for the whole outage, by the link's own connection
          })
          subscriber.on("message", (_channel: string, message: string) => onMessage(message))
          subscriber.subscribe(channel).catch(() => {
            // ioredis subscribes again when it reconnects
          })
          return subscriber
        }),
        (subscriber) => Effect.sync(() => subscriber.disconnect())
      ))

    const rateLimiterStore = (prefix: string) =>
      RateLimiterRedis.layerStore({ ...redisOptions_, retryStrategy: () => null, prefix })

    return { run, available, subscribe, rateLimiterStore, where }
  })

/**
 * @since 0.3.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<RedisLink> => Layer.scoped(RedisLink, make(options))
