/**
 * `Fleet`: fleet mode's layers. Every `layerConfig()` of the library loads this module when
 * `SMAPI_REDIS_URL` or `SMAPI_RATE_LIMIT` is set (see `FleetConfig` in `@smapi-effect/engine`);
 * `layer` gives the same from options.
 *
 * @since 0.3.0
 */
import type * as FleetConfig from "@smapi-effect/engine/FleetConfig"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as FleetTransport from "./FleetTransport.js"
import type * as RedisLink from "./RedisLink.js"
import * as SharedToken from "./SharedToken.js"
import * as TokenCipher from "./TokenCipher.js"

/**
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** The fleet's Redis (`redis://` or `rediss://`). Without it, the rate limit is per process. */
  readonly redisUrl?: Redacted.Redacted<string> | string | undefined
  /** At most `limit` SMAPI requests per `windowMillis`, for every process of the LWA client. */
  readonly rateLimit?: { readonly limit: number; readonly windowMillis: number } | undefined
  readonly lwa?: LwaAuth.CommonOptions | undefined
  readonly redis?: Omit<RedisLink.Options, "url"> | undefined
  readonly token?: SharedToken.Options | undefined
}

/**
 * The engine's `LwaAuth` and SMAPI `HttpTransport` for a fleet, from the LWA credentials given
 * (or a fixed token, which is only rate limited and paused), over the transport in context: LWA's
 * token requests take that transport as it is.
 *
 * @since 0.3.0
 * @category layers
 */
export const layer = (
  credentials: LwaAuth.FromConfig,
  options: Options = {}
): Layer.Layer<LwaAuth.LwaAuth | HttpTransport.HttpTransport, ConfigError.ConfigError, HttpTransport.HttpTransport> =>
  Layer.scopedContext(Effect.gen(function*() {
    const base = yield* HttpTransport.HttpTransport
    const url = options.redisUrl
    // ioredis is loaded only with a Redis to talk to: a rate limit alone is kept in-process
    const link = url === undefined ? undefined : yield* Effect.flatMap(
      Effect.promise(() => import("./RedisLink.js")),
      (RedisLink) => RedisLink.make({ ...options.redis, url: Redacted.isRedacted(url) ? url : Redacted.make(url) })
    )
    let auth: LwaAuth.Service
    let client: string
    if (credentials._tag === "Static") {
      auth = Context.get(yield* Layer.build(LwaAuth.layerStatic(credentials.token)), LwaAuth.LwaAuth)
      client = yield* TokenCipher.clientKey(`token ${Redacted.value(credentials.token)}`)
    } else {
      const grant = credentials.options
      const common = { ...options.lwa, ...grant }
      auth = yield* LwaAuth.make(
        {
          _tag: "RefreshToken",
          clientId: grant.clientId,
          clientSecret: grant.clientSecret,
          refreshToken: grant.refreshToken
        },
        link === undefined
          ? common
          : { ...common, cache: SharedToken.cache(link, yield* TokenCipher.make(grant), options.token) }
      )
      client = yield* TokenCipher.clientKey(grant.clientId)
    }
    const transport = yield* FleetTransport.make(base, { client, rateLimit: options.rateLimit, link })
    return Context.make(LwaAuth.LwaAuth, auth).pipe(Context.add(HttpTransport.HttpTransport, transport))
  }))

/**
 * What `FleetConfig.layer` in `@smapi-effect/engine` calls: `layer` with the credentials of the
 * environment (`LwaAuth.config`) and the two variables' settings.
 *
 * @since 0.3.0
 * @category layers
 */
export const layerFromSettings: FleetConfig.Module["layerFromSettings"] = (settings, lwa) =>
  Layer.unwrapEffect(
    Effect.map(LwaAuth.config, (credentials) =>
      layer(credentials, { redisUrl: settings.redisUrl, rateLimit: settings.rateLimit, lwa }))
  )
