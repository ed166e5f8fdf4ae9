/**
 * Fleet mode's two variables, read by every `layerConfig()`: `SMAPI_REDIS_URL` (share the token,
 * the rate budget and 429 pauses through this Redis) and `SMAPI_RATE_LIMIT` (`N/s` or `N/min`).
 * Unset, nothing changes. Set, `@smapi-effect/fleet` (Node only) is loaded, and only then.
 *
 * @since 0.3.0
 */
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"

/**
 * @since 0.3.0
 * @category config
 */
export const env = { redisUrl: "SMAPI_REDIS_URL", rateLimit: "SMAPI_RATE_LIMIT" } as const

/**
 * What the two variables say; both `undefined` when neither is set.
 *
 * @since 0.3.0
 * @category models
 */
export interface Settings {
  /** `redis://` or `rediss://`; `Redacted`, as it may hold a password. */
  readonly redisUrl: Redacted.Redacted<string> | undefined
  /** At most `limit` requests per `windowMillis`. */
  readonly rateLimit: { readonly limit: number; readonly windowMillis: number } | undefined
}

const invalid = (name: string, expected: string) =>
  Either.left(ConfigError.InvalidData([name], `${name} must be ${expected}`))

/**
 * Reads both variables; an empty one counts as unset. A malformed value is a `ConfigError` naming
 * its variable, never echoing it (a URL may hold a password).
 *
 * @since 0.3.0
 * @category config
 */
export const config: Config.Config<Settings> = Config.all([
  Config.option(Config.redacted(env.redisUrl)),
  Config.option(Config.string(env.rateLimit))
]).pipe(Config.mapOrFail(([url, rate]): Either.Either<Settings, ConfigError.ConfigError> => {
  const redisUrl = Option.getOrUndefined(Option.filter(url, (u) => Redacted.value(u).trim() !== ""))
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(Redacted.value(redisUrl))) {
    return invalid(env.redisUrl, "a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0")
  }
  const text = Option.getOrElse(rate, () => "").trim()
  if (text === "") return Either.right({ redisUrl, rateLimit: undefined })
  const match = /^([1-9]\d{0,8}) *\/ *(s|min)$/.exec(text)
  return match === null
    ? invalid(env.rateLimit, "N/s or N/min with N from 1, e.g. 20/s or 600/min")
    : Either.right({ redisUrl, rateLimit: { limit: Number(match[1]), windowMillis: match[2] === "s" ? 1000 : 60_000 } })
}))

/**
 * What `@smapi-effect/fleet/Fleet` exports for this module: the layer that gives the engine its
 * `LwaAuth` and its SMAPI `HttpTransport`, over the transport given (which LWA's requests use).
 *
 * @since 0.3.0
 * @category models
 */
export interface Module {
  readonly layerFromSettings: (
    settings: Settings,
    lwa: LwaAuth.CommonOptions | undefined
  ) => Layer.Layer<LwaAuth.LwaAuth | HttpTransport.HttpTransport, ConfigError.ConfigError, HttpTransport.HttpTransport>
}

// A specifier bundlers cannot read, so that no browser or CLI bundle follows it into Node code.
const fleetModule = ["@smapi-effect", "fleet", "Fleet"].join("/")

/**
 * Loads `@smapi-effect/fleet/Fleet` with a dynamic import that bundlers do not follow.
 *
 * @since 0.3.0
 * @category loading
 */
export const load = (): Promise<Module> => import(/* @vite-ignore */ /* webpackIgnore: true */ fleetModule)

/**
 * The engine's `LwaAuth` and SMAPI `HttpTransport` from the environment: as before when neither
 * variable is set; else fleet mode's, from the module `loader` gives. A module that cannot be
 * loaded is a `ConfigError` that says to install it.
 *
 * @since 0.3.0
 * @category layers
 */
export const layer = (
  lwa?: LwaAuth.CommonOptions,
  loader: () => Promise<Module> = load
): Effect.Effect<
  Layer.Layer<LwaAuth.LwaAuth | HttpTransport.HttpTransport, ConfigError.ConfigError, HttpTransport.HttpTransport>,
  ConfigError.ConfigError
> =>
  Effect.flatMap(config, (settings) => {
    if (settings.redisUrl === undefined && settings.rateLimit === undefined) {
      return Effect.succeed(Layer.merge(LwaAuth.layerConfig(lwa), Layer.context<HttpTransport.HttpTransport>()))
    }
    const name = settings.redisUrl === undefined ? env.rateLimit : env.redisUrl
    return Effect.tryPromise({
      try: loader,
      catch: (error) =>
        ConfigError.InvalidData(
          [name],
          `${name} is set, and needs @smapi-effect/fleet (npm install @smapi-effect/fleet): ${
            String((error as Error)?.message ?? error).split("\n")[0]
          }`
        )
    }).pipe(Effect.map((fleet) => fleet.layerFromSettings(settings, lwa)))
  })
