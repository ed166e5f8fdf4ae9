/**
 * A cache for one expiring access token: however many callers wait, one refresh is in flight;
 * a token is refreshed a window before it expires; a failed refresh is not cached.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as SynchronizedRef from "effect/SynchronizedRef"

/**
 * A fetched token and how long it lives.
 *
 * @since 0.1.0
 * @category models
 */
export interface Fetched {
  readonly token: Redacted.Redacted<string>
  readonly lifetime: Duration.Duration
}

/**
 * @since 0.1.0
 * @category models
 */
export interface TokenCache<E> {
  readonly get: Effect.Effect<Redacted.Redacted<string>, E>
  /**
   * The cached token if it is fresh at `now` (`Clock` milliseconds); `undefined` when `get` would
   * refresh or wait. Synchronous: a read of the cache, no effect.
   */
  readonly peek: (now: number) => Redacted.Redacted<string> | undefined
  /** Drops `token` if it is still the cached one. */
  readonly invalidate: (token: Redacted.Redacted<string>) => Effect.Effect<void>
}

interface Cached {
  readonly token: Redacted.Redacted<string>
  readonly refreshAt: number
  readonly expiresAt: number
}

type State<E> =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "Valid"; readonly cached: Cached }
  | {
    readonly _tag: "Refreshing"
    readonly deferred: Deferred.Deferred<Redacted.Redacted<string>, E>
    readonly previous: Cached | undefined
  }

/**
 * A cache over `fetch`. Refreshes run in the scope's fibers, not the caller's: a caller that is
 * interrupted stops waiting, and the refresh goes on for the others.
 *
 * Inside the refresh window, callers wait for the refresh; if it fails while the old token is
 * still valid, they get the old token, so a brief LWA outage does not fail calls.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <E>(
  fetch: Effect.Effect<Fetched, E>,
  options: { readonly refreshWindow: Duration.Duration }
): Effect.Effect<TokenCache<E>, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const state = yield* SynchronizedRef.make<State<E>>({ _tag: "Empty" })
    const windowMillis = Duration.toMillis(options.refreshWindow)
    // The token of the state when it is `Valid`, kept beside it by every change of state, so that
    // the common case (a fresh token) is one synchronous read: reading the ref took three effects
    // on every call.
    let valid: Cached | undefined
    const commit = (next: State<E>): State<E> => {
      valid = next._tag === "Valid" ? next.cached : undefined
      return next
    }
    const peek = (now: number) => valid !== undefined && now < valid.refreshAt ? valid.token : undefined

    const settle = (deferred: Deferred.Deferred<Redacted.Redacted<string>, E>) => (exit: Exit.Exit<Fetched, E>) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        SynchronizedRef.modify(state, (current): readonly [Effect.Effect<void>, State<E>] => {
          if (Exit.isSuccess(exit)) {
            const lifetime = Duration.toMillis(exit.value.lifetime)
            // A token that lives less than twice the window is refreshed at half its life instead.
            const margin = Math.min(windowMillis, lifetime / 2)
            const cached = { token: exit.value.token, expiresAt: now + lifetime, refreshAt: now + lifetime - margin }
            return [Deferred.succeed(deferred, cached.token), commit({ _tag: "Valid", cached })]
          }
          // Not cached: the next caller tries again. A still-valid old token keeps calls working meanwhile.
          const previous = current._tag === "Refreshing" ? current.previous : undefined
          return previous !== undefined && now < previous.expiresAt
            ? [Deferred.succeed(deferred, previous.token), commit({ _tag: "Valid", cached: previous })]
            : [Deferred.failCause(deferred, exit.cause), commit({ _tag: "Empty" })]
        })).pipe(Effect.flatten)

    // The common case, a fresh token, is read without taking the lock.
    const get = Effect.flatMap(Clock.currentTimeMillis, (now) => {
      const token = peek(now)
      return token !== undefined ? Effect.succeed(token) : refresh(now)
    })

    const refresh = (now: number) =>
      SynchronizedRef.modifyEffect(
        state,
        (current): Effect.Effect<readonly [Effect.Effect<Redacted.Redacted<string>, E>, State<E>]> => {
          if (current._tag === "Valid" && now < current.cached.refreshAt) {
            return Effect.succeed([Effect.succeed(current.cached.token), current])
          }
          if (current._tag === "Refreshing") {
            return Effect.succeed([Deferred.await(current.deferred), current])
          }
          const previous = current._tag === "Valid" ? current.cached : undefined
          return Deferred.make<Redacted.Redacted<string>, E>().pipe(
            Effect.tap((deferred) =>
              fetch.pipe(Effect.exit, Effect.flatMap(settle(deferred)), Effect.forkIn(scope))
            ),
            Effect.map((deferred) =>
              [Deferred.await(deferred), commit({ _tag: "Refreshing", deferred, previous })] as const
            )
          )
        }
      ).pipe(Effect.flatten)

    const invalidate = (token: Redacted.Redacted<string>) =>
      SynchronizedRef.update(state, (current): State<E> => {
        const rejected = (cached: Cached | undefined) =>
          cached !== undefined && Redacted.value(cached.token) === Redacted.value(token)
        if (current._tag === "Valid" && rejected(current.cached)) {
          return commit({ _tag: "Empty" })
        }
        if (current._tag === "Refreshing" && rejected(current.previous)) {
          return { ...current, previous: undefined }
        }
        return current
      })

    return { get, peek, invalidate }
  })
