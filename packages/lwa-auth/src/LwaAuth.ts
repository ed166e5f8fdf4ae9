/**
 * `LwaAuth`: the current Login with Amazon access token for SMAPI calls.
 *
 * @since 0.1.0
 */
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as Observability from "@smapi-effect/http-transport/Observability"
import * as Optional from "@smapi-effect/http-transport/Optional"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import type * as LwaError from "./LwaError.js"
import * as TokenCache from "./TokenCache.js"
import * as TokenEndpoint from "./TokenEndpoint.js"
import * as Version from "./Version.js"

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
  /**
   * The token `token` would give at once at `now` (`Clock` milliseconds), or `undefined` when
   * `token` would have to refresh or wait. Synchronous, so that a caller with a fresh token pays
   * no effect for it. Optional: a caller that bounds its wait for `token` with a timeout can skip
   * the timer when this answers.
   */
  readonly peek?: ((now: number) => Redacted.Redacted<string> | undefined) | undefined
}

/**
 * @since 0.1.0
 * @category tags
 */
export class LwaAuth extends Context.Tag("@smapi-effect/lwa-auth/LwaAuth")<LwaAuth, Service>() {}

/**
 * @since 0.1.0
 * @category models
 */
export interface CommonOptions {
  /** The LWA base URL. Default `https://api.amazon.com`. */
  readonly endpoint?: string | undefined
  /** How long before expiry a token is refreshed. Default 5 minutes. */
  readonly refreshWindow?: Duration.DurationInput | undefined
  /** Timeout of one token request. Default 10 s. */
  readonly requestTimeout?: Duration.DurationInput | undefined
}

/**
 * How `make` keeps its token: `TokenCache.make` unless given, e.g. fleet mode's cache shared
 * through Redis. It gets LWA's token request and the refresh window.
 *
 * @since 0.3.0
 * @category models
 */
export type MakeCache = (
  fetch: Effect.Effect<TokenCache.Fetched, LwaError.LwaError>,
  options: { readonly refreshWindow: Duration.Duration }
) => Effect.Effect<TokenCache.TokenCache<LwaError.LwaError>, never, Scope.Scope>

/**
 * @since 0.3.0
 * @category models
 */
export interface MakeOptions extends CommonOptions {
  /** The token cache over LWA's token request. Default `TokenCache.make`. */
  readonly cache?: MakeCache | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface RefreshTokenOptions extends CommonOptions {
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  readonly refreshToken: Redacted.Redacted<string>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ClientCredentialsOptions extends CommonOptions {
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  /** E.g. `["alexa::ask:skills:read"]`. */
  readonly scopes: ReadonlyArray<string>
}

/**
 * @since 0.1.0
 * @category constants
 */
export const userAgent = `smapi-effect/${Version.version} (lwa-auth)`

/**
 * Token requests to LWA by outcome: `Issued`, or the `LwaError` reason (`Rejected`,
 * `InvalidResponse`, `Transport`).
 *
 * @since 0.2.0
 * @category metrics
 */
export const tokenRefreshes = Metric.counter("lwa_token_refreshes_total", {
  description: "Token requests to Login with Amazon, by outcome",
  incremental: true
})

const refreshes = (outcome: string) => Metric.tagged(tokenRefreshes, "outcome", outcome)

/**
 * A token cache over a grant. A refresh token that LWA rotates is kept and used from then on.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  grant: TokenEndpoint.Grant,
  options: MakeOptions = {}
): Effect.Effect<Service, ConfigError.ConfigError, HttpTransport.HttpTransport | Scope.Scope> =>
  Effect.gen(function*() {
    const endpoint = yield* Endpoint.parseOption("lwaEndpoint", options.endpoint ?? TokenEndpoint.defaultEndpoint)
    const transport = yield* HttpTransport.HttpTransport
    const current = yield* Ref.make(grant)
    const timeout = Duration.decode(options.requestTimeout ?? Duration.seconds(10))

    const fetch = Effect.gen(function*() {
      const request = TokenEndpoint.request(endpoint, yield* Ref.get(current), userAgent)
      // the transport enforces the timeout, as it does for SMAPI requests
      const response = yield* transport.send({ ...request, timeout }).pipe(
        Effect.mapError(TokenEndpoint.fromTransportError)
      )
      const token = yield* TokenEndpoint.decodeResponse(response, yield* Clock.currentTimeMillis)
      if (Option.isSome(token.refreshToken)) {
        const rotated = token.refreshToken.value
        yield* Ref.update(current, (g) => g._tag === "RefreshToken" ? { ...g, refreshToken: rotated } : g)
      }
      yield* Effect.logDebug("LWA access token issued").pipe(
        Effect.annotateLogs({ lifetimeSeconds: Duration.toSeconds(token.lifetime) })
      )
      return { token: token.accessToken, lifetime: token.lifetime }
    }).pipe(
      Effect.tapBoth({
        onFailure: (error) => Metric.increment(refreshes(error.reason)),
        onSuccess: () => Metric.increment(refreshes("Issued"))
      }),
      (effect) =>
        Observability.withSpan(effect, "LwaAuth.refresh", () => ({ grant: grant._tag }), (exit) => ({
          outcome: Exit.isSuccess(exit) ? "Issued" : Cause.failureOption(exit.cause).pipe(
            Option.match({ onNone: () => "Interrupted", onSome: (error) => error.reason })
          )
        }))
    )

    const cache = yield* (options.cache ?? TokenCache.make)(fetch, {
      refreshWindow: Duration.decode(options.refreshWindow ?? Duration.minutes(5))
    })
    return LwaAuth.of({ token: cache.get, peek: cache.peek, invalidate: cache.invalidate })
  })

/**
 * Tokens from a refresh token (the grant the ASK CLI and the developer console hand out).
 *
 * @example
 * ```ts
 * import { HttpTransport } from "@smapi-effect/http-transport"
 * import { LwaAuth } from "@smapi-effect/lwa-auth"
 * import { Effect, Layer, Redacted } from "effect"
 *
 * const AuthLayer = LwaAuth.layerRefreshToken({
 *   clientId: "amzn1.application-oa2-client.0123456789abcdef",
 *   clientSecret: Redacted.make(process.env.LWA_CLIENT_SECRET!),
 *   refreshToken: Redacted.make(process.env.LWA_REFRESH_TOKEN!)
 * }).pipe(Layer.provide(HttpTransport.layerFetch()))
 *
 * // a current token, fetched or refreshed only when needed
 * const token = Effect.flatMap(LwaAuth.LwaAuth, (auth) => auth.token).pipe(Effect.provide(AuthLayer))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerRefreshToken = (
  options: RefreshTokenOptions
): Layer.Layer<LwaAuth, ConfigError.ConfigError, HttpTransport.HttpTransport> =>
  Layer.scoped(
    LwaAuth,
    make({
      _tag: "RefreshToken",
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      refreshToken: options.refreshToken
    }, options)
  )

/**
 * Tokens from the client-credentials grant, for the given scopes.
 *
 * @example
 * ```ts
 * import { HttpTransport } from "@smapi-effect/http-transport"
 * import { LwaAuth } from "@smapi-effect/lwa-auth"
 * import { Config, Effect, Layer } from "effect"
 *
 * // the secret read from the environment as `Redacted`
 * const AuthLayer = Layer.unwrapEffect(
 *   Effect.map(
 *     Config.all({ clientId: Config.string("LWA_CLIENT_ID"), clientSecret: Config.redacted("LWA_CLIENT_SECRET") }),
 *     (credentials) => LwaAuth.layerClientCredentials({ ...credentials, scopes: ["alexa::ask:skills:read"] })
 *   )
 * ).pipe(Layer.provide(HttpTransport.layerFetch()))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerClientCredentials = (
  options: ClientCredentialsOptions
): Layer.Layer<LwaAuth, ConfigError.ConfigError, HttpTransport.HttpTransport> =>
  Layer.scoped(
    LwaAuth,
    make({
      _tag: "ClientCredentials",
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      scopes: options.scopes
    }, options)
  )

/**
 * A fixed access token, never refreshed: for scripts and tests. A 401 stays a 401.
 *
 * @example
 * ```ts
 * import { LwaAuth } from "@smapi-effect/lwa-auth"
 * import { Effect, Redacted } from "effect"
 *
 * const program = Effect.flatMap(LwaAuth.LwaAuth, (auth) => auth.token).pipe(
 *   Effect.provide(LwaAuth.layerStatic("Atza|example-token"))
 * )
 *
 * Effect.runPromise(program).then((token) => assert.strictEqual(Redacted.value(token), "Atza|example-token"))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerStatic = (token: Redacted.Redacted<string> | string): Layer.Layer<LwaAuth> => {
  const redacted = Redacted.isRedacted(token) ? token : Redacted.make(token)
  const current = Effect.succeed(redacted)
  return Layer.succeed(LwaAuth, LwaAuth.of({ token: current, peek: () => redacted, invalidate: () => Effect.void }))
}

/**
 * The environment names of the ASK CLI.
 *
 * @since 0.1.0
 * @category config
 */
export const env = {
  refreshToken: "ASK_REFRESH_TOKEN",
  accessToken: "ASK_ACCESS_TOKEN",
  clientId: "ASK_LWA_CLIENT_ID",
  clientSecret: "ASK_LWA_CLIENT_CONFIRMATION",
  lwaEndpoint: "ASK_LWA_TOKEN_HOST"
} as const

/**
 * Which credentials the environment holds.
 *
 * @since 0.1.0
 * @category config
 */
export type FromConfig =
  | { readonly _tag: "RefreshToken"; readonly options: RefreshTokenOptions }
  | { readonly _tag: "Static"; readonly token: Redacted.Redacted<string> }

/**
 * Reads credentials by the ASK CLI's names: `ASK_REFRESH_TOKEN` with `ASK_LWA_CLIENT_ID` and
 * `ASK_LWA_CLIENT_CONFIRMATION` (refreshed as needed), else `ASK_ACCESS_TOKEN` (used as it is);
 * `ASK_LWA_TOKEN_HOST` overrides the LWA endpoint. Secrets are read with `Config.redacted`.
 * A missing variable fails with a message that names it.
 *
 * @since 0.1.0
 * @category config
 */
export const config: Config.Config<FromConfig> = Config.all({
  refreshToken: Config.option(Config.redacted(env.refreshToken)),
  accessToken: Config.option(Config.redacted(env.accessToken)),
  clientId: Config.option(Config.nonEmptyString(env.clientId)),
  clientSecret: Config.option(Config.redacted(env.clientSecret)),
  endpoint: Config.option(Endpoint.config(env.lwaEndpoint))
}).pipe(
  Config.mapOrFail((c): Either.Either<FromConfig, ConfigError.ConfigError> => {
    const present = (o: Option.Option<Redacted.Redacted<string>>) =>
      Option.filter(o, (r) => Redacted.value(r).trim() !== "")
    const refreshToken = present(c.refreshToken)
    if (Option.isSome(refreshToken)) {
      const missing = [
        ...(Option.isNone(c.clientId) ? [env.clientId] : []),
        ...(Option.isNone(present(c.clientSecret)) ? [env.clientSecret] : [])
      ]
      if (missing.length > 0 || Option.isNone(c.clientId) || Option.isNone(c.clientSecret)) {
        return Either.left(ConfigError.MissingData(
          missing,
          `${env.refreshToken} is set, so ${
            missing.join(" and ")
          } must be set too (your LWA security profile's client id and secret)`
        ))
      }
      return Either.right({
        _tag: "RefreshToken",
        options: {
          clientId: c.clientId.value,
          clientSecret: c.clientSecret.value,
          refreshToken: refreshToken.value,
          ...Optional.field("endpoint", Option.getOrUndefined(c.endpoint))
        }
      })
    }
    const accessToken = present(c.accessToken)
    if (Option.isSome(accessToken)) return Either.right({ _tag: "Static", token: accessToken.value })
    return Either.left(ConfigError.MissingData(
      [env.refreshToken],
      `no LWA credentials: set ${env.refreshToken}, ${env.clientId} and ${env.clientSecret} (or ${env.accessToken} for a short-lived token)`
    ))
  })
)

/**
 * `LwaAuth` from the environment (see `config`).
 *
 * @example
 * ```ts
 * import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
 * import { LwaAuth } from "@smapi-effect/lwa-auth"
 * import { Layer } from "effect"
 *
 * // ASK_REFRESH_TOKEN with ASK_LWA_CLIENT_ID and ASK_LWA_CLIENT_CONFIRMATION, else ASK_ACCESS_TOKEN
 * const AuthLayer = LwaAuth.layerConfig().pipe(Layer.provide(NodeHttpTransport.layer()))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: CommonOptions = {}
): Layer.Layer<LwaAuth, ConfigError.ConfigError, HttpTransport.HttpTransport> =>
  Layer.unwrapEffect(
    Effect.map(config, (c) =>
      c._tag === "Static" ? layerStatic(c.token) : layerRefreshToken({ ...options, ...c.options }))
  )
