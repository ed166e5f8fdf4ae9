/**
 * `SharedToken`: one LWA token for every process of a fleet. Each process keeps its in-process
 * token cache (`TokenCache`, the L1: a fresh token costs no Redis round trip, and `peek` stays
 * synchronous); when it needs a token, it reads the fleet's from Redis (the L2), and only when
 * that is missing or due does it refresh, under a Redis lock (`SET NX PX`), so that the whole
 * fleet makes one token request. A 401 drops only the rejected token, in Redis too.
 *
 * The lock, the guarded write and the compare-before-delete are Redis scripts here, on ioredis:
 * `Persistence`'s Redis store (`@effect/experimental`) has plain get and set only, and a write
 * that a lost lock must not make, or a delete of only the rejected token, needs more.
 *
 * @since 0.3.0
 */
import type * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import type * as LwaError from "@smapi-effect/lwa-auth/LwaError"
import * as TokenCache from "@smapi-effect/lwa-auth/TokenCache"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import { randomUUID } from "node:crypto"
import type * as RedisLink from "./RedisLink.js"
import type * as TokenCipher from "./TokenCipher.js"

/**
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** How long a refresh lock holds if its holder dies. Default 15 s (LWA's timeout is 10 s). */
  readonly lockTtl?: Duration.DurationInput | undefined
  /** How often a process waiting for another's refresh looks for its token. Default 25 ms. */
  readonly poll?: Duration.DurationInput | undefined
}

// Another process holds the refresh lock: look again shortly.
class Busy {
  readonly _tag = "Busy"
}
const busy = new Busy()

const release = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0`
// a holder whose lock has expired (and so maybe been taken) writes nothing
const writeLocked =
  `if redis.call("GET", KEYS[2]) == ARGV[1] then redis.call("SET", KEYS[1], ARGV[2], "PX", ARGV[3]) return 1 end return 0`
const dropIfRejected =
  `local v = redis.call("GET", KEYS[1]) if v and string.sub(v, 1, #ARGV[1] + 1) == ARGV[1] .. "." then return redis.call("DEL", KEYS[1]) end return 0`

/**
 * The cache factory for `LwaAuth.make`: an in-process `TokenCache` over the fleet's token.
 * Without Redis (down, slow, refusing) a refresh asks LWA directly, as a lone process does.
 *
 * @since 0.3.0
 * @category constructors
 */
export const cache = (
  link: RedisLink.Service,
  cipher: TokenCipher.TokenCipher,
  options: Options = {}
): LwaAuth.MakeCache =>
(fetch, { refreshWindow }) =>
  Effect.gen(function*() {
    const windowMillis = Duration.toMillis(refreshWindow)
    const lockMillis = Duration.toMillis(Duration.decode(options.lockTtl ?? Duration.seconds(15)))
    const poll = Duration.decode(options.poll ?? Duration.millis(25))
    const { keys } = cipher
    // Never an older token after a newer one: the newest this process has had, and the one it
    // saw rejected, are not taken from Redis again.
    let newest = 0
    let rejected: string | undefined

    // Tokens are ordered by when they were asked for (microseconds): LWA's own order, as near
    // as a member can tell, whoever's answer came back first.
    const askedAt = Effect.map(Clock.currentTimeNanos, (nanos) => Number(nanos / 1000n))

    const take = (shared: TokenCipher.Shared, now: number): TokenCache.Fetched => {
      newest = Math.max(newest, shared.issuedAt)
      return { token: shared.token, lifetime: Duration.millis(shared.expiresAt - now) }
    }

    // the fleet's token, if it is fresh and may be taken
    const current = Effect.gen(function*() {
      const record = yield* link.run((redis) => redis.get(keys.token))
      if (record === null) return undefined
      const shared = yield* cipher.open(record)
      const now = yield* Clock.currentTimeMillis
      if (shared === undefined || shared.issuedAt < newest || now >= shared.refreshAt) return undefined
      if (rejected !== undefined && record.startsWith(`${rejected}.`)) return undefined
      return take(shared, now)
    })

    const refreshLocked = (nonce: string) =>
      Effect.gen(function*() {
        // another process may have written it between our read and our lock
        const found = yield* current
        if (found !== undefined) return found
        const asked = yield* askedAt
        const fetched = yield* fetch
        const now = yield* Clock.currentTimeMillis
        const lifetime = Duration.toMillis(fetched.lifetime)
        const shared = {
          token: fetched.token,
          issuedAt: asked,
          expiresAt: now + lifetime,
          refreshAt: now + lifetime - Math.min(windowMillis, lifetime / 2)
        }
        newest = Math.max(newest, asked)
        const record = yield* cipher.seal(shared)
        yield* link.run((redis) =>
          redis.eval(writeLocked, 2, keys.token, keys.lock, nonce, record, String(Math.max(1, Math.ceil(lifetime))))
        ).pipe(Effect.ignore)
        return fetched
      }).pipe(Effect.ensuring(link.run((redis) => redis.eval(release, 1, keys.lock, nonce)).pipe(Effect.ignore)))

    const once = (
      nonce: string
    ): Effect.Effect<TokenCache.Fetched, LwaError.LwaError | RedisLink.RedisUnavailable | Busy> =>
      Effect.flatMap(current, (found) =>
        found !== undefined
          ? Effect.succeed(found)
          : Effect.flatMap(
            link.run((redis) => redis.set(keys.lock, nonce, "PX", lockMillis, "NX")),
            (locked): Effect.Effect<TokenCache.Fetched, LwaError.LwaError | RedisLink.RedisUnavailable | Busy> =>
              locked === "OK" ? refreshLocked(nonce) : Effect.fail(busy)
          ))

    const direct = Effect.flatMap(askedAt, (asked) =>
      Effect.tap(fetch, () => {
        newest = Math.max(newest, asked)
      }))

    const shared: Effect.Effect<TokenCache.Fetched, LwaError.LwaError> = Effect.suspend(() =>
      link.available() ? once(randomUUID()) : Effect.fail<LwaError.LwaError | RedisLink.RedisUnavailable | Busy>(busy)
    ).pipe(
      // waits for the lock's holder at most as long as its lock holds
      Effect.retry({
        while: (error) => error instanceof Busy && link.available(),
        schedule: Schedule.spaced(poll).pipe(
          Schedule.intersect(Schedule.recurs(Math.ceil(lockMillis / Duration.toMillis(poll))))
        )
      }),
      // Redis down, slow or refusing, or a holder that never wrote: this process asks LWA itself
      Effect.catchIf(
        (error): error is Busy | RedisLink.RedisUnavailable =>
          error instanceof Busy || error._tag === "RedisUnavailable",
        () => direct
      )
    )

    const l1 = yield* TokenCache.make(shared, { refreshWindow })
    const invalidate = (token: Parameters<typeof l1.invalidate>[0]) =>
      Effect.zipRight(
        l1.invalidate(token),
        Effect.flatMap(cipher.fingerprint(token), (print) => {
          rejected = print
          return link.run((redis) => redis.eval(dropIfRejected, 1, keys.token, print)).pipe(Effect.ignore)
        })
      )
    return { get: l1.get, peek: l1.peek, invalidate }
  })
