/**
 * The command line of `smapi-credentials`, read with Node's own `util.parseArgs`, and its help.
 * Every error names the flag it is about.
 *
 * @since 0.1.0
 */
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import * as Proxy from "@smapi-effect/http-transport/Proxy"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Either from "effect/Either"
import type * as Redacted from "effect/Redacted"
import { parseArgs } from "node:util"
import { UsageError } from "./CliError.js"

/**
 * @since 0.1.0
 * @category models
 */
export type Output = "json" | "text"

/**
 * What `get` was asked, validated.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetOptions extends ConnectionOptions {
  readonly skillId: string
  readonly reveal: boolean
}

/**
 * @since 0.1.0
 * @category models
 */
export type Invocation =
  | { readonly _tag: "Help" }
  | { readonly _tag: "Version" }
  | { readonly _tag: "Get"; readonly options: GetOptions }

/**
 * The outcome of reading the command line. The output format is known even when the rest is
 * wrong, so that a usage error can still be printed as JSON.
 *
 * @since 0.1.0
 * @category models
 */
export interface Parsed {
  readonly output: Output | undefined
  readonly invocation: Either.Either<Invocation, UsageError>
}

/**
 * The flags that say where and how to connect, shared by `smapi-credentials` and `smapi`.
 *
 * @since 0.3.0
 * @category models
 */
export interface ConnectionOptions {
  readonly apiEndpoint: string | undefined
  readonly lwaEndpoint: string | undefined
  readonly maxAttempts: number | undefined
  /** Seconds per attempt. */
  readonly timeout: number | undefined
  readonly proxy: Redacted.Redacted<string> | undefined
}

/**
 * The connection flags of `parseArgs`, by name.
 *
 * @since 0.3.0
 * @category parsing
 */
export const connectionFlags = {
  "api-endpoint": { type: "string" },
  "lwa-endpoint": { type: "string" },
  "max-attempts": { type: "string" },
  timeout: { type: "string" },
  proxy: { type: "string" }
} as const

const flags = {
  reveal: { type: "boolean" },
  output: { type: "string" },
  ...connectionFlags,
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
} as const

type Flag = keyof typeof flags

const usageError = (code: string, message: string) => Either.left(new UsageError({ code, message }))

const invalid = (flag: string, message: string) => usageError("INVALID_FLAG_VALUE", `--${flag} ${message}`)

/**
 * Reads `argv` (without the node and script names).
 *
 * @since 0.1.0
 * @category parsing
 */
export const parse = (argv: ReadonlyArray<string>): Parsed => {
  // Not strict: unknown flags and missing values are reported here, naming the flag, rather
  // than as parseArgs' own exceptions.
  const { tokens } = parseArgs({ args: [...argv], options: flags, strict: false, allowPositionals: true, tokens: true })
  const values: Partial<Record<Flag, string | boolean>> = {}
  const positionals: Array<string> = []
  let problem: Either.Either<never, UsageError> | undefined
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value)
    if (token.kind !== "option") continue
    if (!(token.name in flags)) {
      problem ??= usageError("UNKNOWN_FLAG", `unknown flag ${token.rawName}`)
      continue
    }
    const name = token.name as Flag
    if (flags[name].type === "boolean") {
      if (token.inlineValue) problem ??= usageError("INVALID_FLAG_VALUE", `${token.rawName} takes no value`)
      else values[name] = true
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      problem ??= usageError("MISSING_FLAG_VALUE", `${token.rawName} needs a value`)
    } else {
      values[name] = token.value
    }
  }
  const string = (flag: Flag) => typeof values[flag] === "string" ? values[flag] : undefined
  const output = string("output") === "json" || string("output") === "text" ? string("output") as Output : undefined
  const parsed = (invocation: Either.Either<Invocation, UsageError>): Parsed => ({ output, invocation })

  if (values.help === true) return parsed(Either.right({ _tag: "Help" }))
  if (values.version === true) return parsed(Either.right({ _tag: "Version" }))
  if (problem !== undefined) return parsed(problem)
  const [command, skillId, ...extra] = positionals
  if (command === undefined) return parsed(usageError("MISSING_COMMAND", "no command given"))
  if (command !== "get") {
    return parsed(usageError("UNKNOWN_COMMAND", `unknown command "${command}": the command is get`))
  }
  if (skillId === undefined) return parsed(usageError("MISSING_ARGUMENT", "get needs a skill id: get <skillId>"))
  if (extra.length > 0) return parsed(usageError("UNEXPECTED_ARGUMENT", `unexpected argument "${extra[0]}"`))

  if (string("output") !== undefined && output === undefined) {
    return parsed(invalid("output", `must be json or text, not "${string("output")}"`))
  }
  const connection = connectionOptions(string)
  if (Either.isLeft(connection)) return parsed(Either.left(connection.left))

  return parsed(Either.right({
    _tag: "Get",
    options: {
      skillId,
      reveal: values.reveal === true,
      ...connection.right
    }
  }))
}

/**
 * Checks the connection flags, each error naming its flag; `string` reads a flag's value.
 *
 * @since 0.3.0
 * @category parsing
 */
export const connectionOptions = (
  string: (flag: keyof typeof connectionFlags) => string | undefined
): Either.Either<ConnectionOptions, UsageError> => {
  const endpoint = (flag: "api-endpoint" | "lwa-endpoint"): Either.Either<string | undefined, UsageError> => {
    const value = string(flag)
    return value === undefined ? Either.right(undefined) : Either.mapLeft(
      Endpoint.parse(value),
      (why) => new UsageError({ code: "INVALID_FLAG_VALUE", message: `--${flag}: ${why}` })
    )
  }
  const apiEndpoint = endpoint("api-endpoint")
  if (Either.isLeft(apiEndpoint)) return Either.left(apiEndpoint.left)
  const lwaEndpoint = endpoint("lwa-endpoint")
  if (Either.isLeft(lwaEndpoint)) return Either.left(lwaEndpoint.left)
  const attempts = string("max-attempts")
  if (attempts !== undefined && !(/^\d+$/.test(attempts) && Number(attempts) >= 1 && Number(attempts) <= 100)) {
    return invalid("max-attempts", `must be a whole number from 1 to 100, not "${attempts}"`)
  }
  const timeout = string("timeout")
  if (timeout !== undefined && !(/^\d+(\.\d+)?$/.test(timeout) && Number(timeout) > 0 && Number(timeout) <= 3600)) {
    return invalid("timeout", `must be a number of seconds above 0 and at most 3600, not "${timeout}"`)
  }
  const proxyFlag = string("proxy")
  const proxy: Either.Either<Redacted.Redacted<string> | undefined, string> = proxyFlag === undefined
    ? Either.right(undefined)
    : Proxy.parse(proxyFlag)
  if (Either.isLeft(proxy)) return invalid("proxy", proxy.left)
  return Either.right({
    apiEndpoint: apiEndpoint.right,
    lwaEndpoint: lwaEndpoint.right,
    maxAttempts: attempts === undefined ? undefined : Number(attempts),
    timeout: timeout === undefined ? undefined : Number(timeout),
    proxy: proxy.right
  })
}

/**
 * The short usage, printed with a usage error.
 *
 * @since 0.1.0
 * @category help
 */
export const usage = `Usage: smapi-credentials get <skillId> [--reveal] [--output json|text] [--api-endpoint URL]
         [--lwa-endpoint URL] [--max-attempts N] [--timeout SECONDS] [--proxy URL]
       smapi-credentials --help | --version`

/**
 * The full help; `heading` styles the section titles (bold on a terminal).
 *
 * @since 0.1.0
 * @category help
 */
export const help = (heading: (text: string) => string): string => {
  const { accessToken, clientId, clientSecret, lwaEndpoint, refreshToken } = LwaAuth.env
  return `smapi-credentials: an Alexa skill's messaging credentials, from the Skill Management API (SMAPI)

${heading("Usage")}
  smapi-credentials get <skillId> [options]   print the skill's clientId and clientSecret
  smapi-credentials --help                    this help
  smapi-credentials --version                 the version

${heading("Options of get")}
  --reveal               print the client secret in clear (it is masked otherwise)
  --output json|text     json is the default when stdout is not a terminal
  --api-endpoint URL     SMAPI base URL (else ${SkillCredentials.endpointEnv}, else https://api.amazonalexa.com)
  --lwa-endpoint URL     LWA base URL (else ${lwaEndpoint}, else https://api.amazon.com)
  --max-attempts N       attempts in all, the first included (default 4)
  --timeout SECONDS      how long each attempt may take (default 10)
  --proxy URL            HTTP proxy for every request (else ${Proxy.env.https} / ${Proxy.env.http}, minus ${Proxy.env.noProxy})

${heading("Credentials, from the environment (the ASK CLI's names)")}
  ${refreshToken} with ${clientId} and ${clientSecret},
  or ${accessToken} (a short-lived token, used as it is)

${heading("Exit codes")}
  0 success, 1 usage or configuration error, 10 BadRequest, 11 Unauthorized, 12 Forbidden,
  13 NotFound, 14 RateLimited, 15 ServerError, 16 Unavailable
`
}
