/**
 * Base URLs that credentials may be sent to: `https://` anywhere, plain `http://` only to
 * loopback, never with userinfo, a query or a fragment.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Either from "effect/Either"

/**
 * A validated base URL, without a trailing slash.
 *
 * @since 0.1.0
 * @category models
 */
export type Endpoint = string & { readonly Endpoint: unique symbol }

/**
 * Whether `hostname` (as `URL#hostname` gives it) is this machine.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isLoopback = (hostname: string): boolean =>
  hostname === "localhost" ||
  hostname.endsWith(".localhost") ||
  hostname === "[::1]" ||
  /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)

/**
 * Validates a base URL; the error is a sentence a person can act on.
 *
 * @since 0.1.0
 * @category constructors
 */
export const parse = (input: string): Either.Either<Endpoint, string> => {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return Either.left(`"${input}" is not a valid URL`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Either.left(`"${url.protocol}" is not supported: use https://`)
  }
  if (url.username !== "" || url.password !== "") {
    return Either.left(`an endpoint must not carry a user name or password`)
  }
  if (url.search !== "" || url.hash !== "") {
    return Either.left(`an endpoint must not carry a query or fragment`)
  }
  if (url.protocol === "http:" && !isLoopback(url.hostname)) {
    return Either.left(`refusing to send credentials over plain http:// to ${url.hostname}: use https://`)
  }
  return Either.right(`${url.origin}${url.pathname.replace(/\/+$/, "")}` as Endpoint)
}

/**
 * Validates an endpoint given in code, as a `ConfigError` naming the option on failure.
 *
 * @since 0.1.0
 * @category constructors
 */
export const parseOption = (option: string, input: string): Either.Either<Endpoint, ConfigError.ConfigError> =>
  Either.mapLeft(parse(input), (message) => ConfigError.InvalidData([option], message))

/**
 * Reads and validates an endpoint from config.
 *
 * @since 0.1.0
 * @category config
 */
export const config = (name: string): Config.Config<Endpoint> =>
  Config.string(name).pipe(
    Config.mapOrFail((value) => Either.mapLeft(parse(value), (message) => ConfigError.InvalidData([], message)))
  )
