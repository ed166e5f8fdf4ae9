/**
 * Outbound HTTP proxy settings: `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (lower-case names
 * first, as curl and undici read them), or a proxy given in code. A proxy URL may carry a user
 * name and password, so it is kept `Redacted` and only ever shown with them masked.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Endpoint from "./Endpoint.js"

/**
 * Where requests go: a proxy per target scheme (none when absent) and the hosts that bypass them.
 *
 * @since 0.1.0
 * @category models
 */
export interface Settings {
  /** The proxy for `http://` targets. */
  readonly http: Redacted.Redacted<string> | undefined
  /** The proxy for `https://` targets. */
  readonly https: Redacted.Redacted<string> | undefined
  /** Comma- or space-separated hosts (`host`, `.domain`, `*.domain`, `host:port`, `*`) reached directly. */
  readonly noProxy: string
}

/**
 * The environment names, each tried lower-case first.
 *
 * @since 0.1.0
 * @category config
 */
export const env = { https: "HTTPS_PROXY", http: "HTTP_PROXY", noProxy: "NO_PROXY" } as const

/**
 * `url` with any user name and password replaced by `***`: the only form in which a proxy URL
 * is ever shown.
 *
 * @since 0.1.0
 * @category formatting
 */
export const redact = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.username === "" && parsed.password === "") return parsed.href
    parsed.username = "***"
    parsed.password = ""
    return parsed.href
  } catch {
    return "(not a URL)"
  }
}

/**
 * Validates a proxy URL: `http://` or `https://`, a host, nothing after the port. The error is a
 * sentence a person can act on, and never holds the URL's credentials.
 *
 * @since 0.1.0
 * @category constructors
 */
export const parse = (input: string): Either.Either<Redacted.Redacted<string>, string> => {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return Either.left("is not a URL: give http://host:port (credentials as http://user:password@host:port)")
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return Either.left(`uses "${url.protocol}", which is not supported: use http:// or https://`)
  }
  if (url.hostname === "") return Either.left("has no host")
  if ((url.pathname !== "/" && url.pathname !== "") || url.search !== "" || url.hash !== "") {
    return Either.left(`must be just scheme, host and port (${redact(url.origin)})`)
  }
  return Either.right(Redacted.make(url.href))
}

/**
 * Whether the proxy at `url` is on this machine: a request to a loopback address goes through a
 * proxy only then, since anywhere else its "localhost" is another machine and plain http would
 * carry the token across the network.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isLoopback = (url: Redacted.Redacted<string>): boolean =>
  Endpoint.isLoopback(new URL(Redacted.value(url)).hostname)

const variable = (name: string): Config.Config<Option.Option<string>> =>
  Config.option(Config.string(name.toLowerCase())).pipe(
    Config.zipWith(Config.option(Config.string(name)), (lower, upper) =>
      Option.orElse(
        Option.filter(lower, (v) => v.trim() !== ""),
        () => Option.filter(upper, (v) => v.trim() !== "")
      ))
  )

const proxyVariable = (name: string): Config.Config<Redacted.Redacted<string> | undefined> =>
  variable(name).pipe(
    Config.mapOrFail((value) =>
      Option.match(value, {
        onNone: () => Either.right(undefined),
        onSome: (v) => Either.mapLeft(parse(v), (why) => ConfigError.InvalidData([name], `${name} ${why}`))
      })
    )
  )

/**
 * The proxy settings of the environment; a malformed proxy URL fails naming its variable.
 *
 * @since 0.1.0
 * @category config
 */
export const config: Config.Config<Settings> = Config.all({
  http: proxyVariable(env.http),
  https: proxyVariable(env.https),
  noProxy: Config.map(variable(env.noProxy), Option.getOrElse(() => ""))
})

/**
 * Settings for one proxy given in code, for every target; `noProxy` as `NO_PROXY` has it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromUrl = (
  proxy: string | Redacted.Redacted<string>,
  noProxy = ""
): Either.Either<Settings, string> =>
  Either.map(
    parse(Redacted.isRedacted(proxy) ? Redacted.value(proxy) : proxy),
    (url) => ({ http: url, https: url, noProxy })
  )

/**
 * Whether any proxy is set.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isActive = (settings: Settings): boolean => settings.http !== undefined || settings.https !== undefined
