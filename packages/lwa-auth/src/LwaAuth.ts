/**
 * `LwaAuth`: the current Login with Amazon access token for SMAPI calls.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as LwaError from "./LwaError.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** A current access token, refreshed as needed: concurrent callers share one refresh. */
  readonly token: Effect.Effect<Redacted.Redacted<string>, LwaError.LwaError>
  /**
   * Tells the cache that the server rejected `token` (a 401). The next `token` refreshes, unless
   * the cache already holds a newer token than the rejected one.
   */
  readonly invalidate: (token: Redacted.Redacted<string>) => Effect.Effect<void>
}

/**
 * @since 0.1.0
 * @category tags
 */
export class LwaAuth extends Context.Tag("@smapi-effect/lwa-auth/LwaAuth")<LwaAuth, Service>() {}

/**
 * A fixed access token, never refreshed: for scripts and tests. A 401 stays a 401.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerStatic = (token: Redacted.Redacted<string> | string): Layer.Layer<LwaAuth> => {
  const redacted = Redacted.isRedacted(token) ? token : Redacted.make(token)
  return Layer.succeed(LwaAuth, LwaAuth.of({ token: Effect.succeed(redacted), invalidate: () => Effect.void }))
}
