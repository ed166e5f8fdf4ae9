/**
 * `smapi <command> [flags]`: every SMAPI operation at the terminal, named and flagged as ask-cli's
 * `ask smapi`. The answer's JSON goes to stdout (secrets masked unless `--reveal`); `--output`,
 * errors, exit codes, configuration and retries are `smapi-credentials`'s, with 17 `Conflict` and
 * 18 `PreconditionFailed`. Only the command asked for is loaded: the index holds names, one-line
 * summaries and loaders.
 *
 * @since 0.3.0
 */
import * as FleetConfig from "@smapi-effect/engine/FleetConfig"
import type * as Operation from "@smapi-effect/engine/Operation"
import * as RetryPolicy from "@smapi-effect/engine/RetryPolicy"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import * as Proxy from "@smapi-effect/http-transport/Proxy"
import type { TransportError } from "@smapi-effect/http-transport/TransportError"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Cause from "effect/Cause"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import type * as Args from "./Args.js"
import type { Environment } from "./Cli.js"
import { exitCodes as credentialsExitCodes, version } from "./Cli.js"
import { ConfigurationError, UsageError } from "./CliError.js"
import * as Report from "./Report.js"
import * as SmapiCommand from "./SmapiCommand.js"

/**
 * The exit codes: `smapi-credentials`'s, and 17 `Conflict`, 18 `PreconditionFailed`.
 *
 * @since 0.3.0
 * @category constants
 */
export const exitCodes = {
  ...credentialsExitCodes,
  Conflict: 17,
  PreconditionFailed: 18
} as const

/**
 * The commands a run can choose from: the generated index, or a test's own.
 *
 * @since 0.3.0
 * @category models
 */
export type Index = Readonly<Record<string, SmapiCommand.Entry>>

type ApiError = Report.ApiError & { readonly _tag: keyof typeof exitCodes }
type Failure = UsageError | ConfigurationError | ApiError

/**
 * The short usage, printed with a usage error.
 *
 * @since 0.3.0
 * @category help
 */
export const usage = `Usage: smapi <command> [flags]     (smapi --help lists the commands)
       smapi <command> --help      the command's flags
       smapi --version`

/**
 * `smapi --help`: every command with its one-line summary.
 *
 * @since 0.3.0
 * @category help
 */
export const help = (index: Index, heading: (text: string) => string): string => {
  const names = Object.keys(index)
  const width = Math.max(...names.map((name) => name.length))
  const { accessToken, clientId, clientSecret, lwaEndpoint, refreshToken } = LwaAuth.env
  return `smapi: every operation of the Alexa Skill Management API (SMAPI), as ask-cli's \`ask smapi\`

${heading("Usage")}
  smapi <command> [flags]        the answer's JSON on stdout
  smapi <command> --help         the command's flags, and what it does
  smapi --version

${heading(`Commands (${names.length})`)}
${names.map((name) => `  ${name.padEnd(width)}  ${index[name]!.summary}`).join("\n")}

${heading("Flags of every command")}
  --full-response        print {"statusCode", "headers", "body"} rather than the body
  --all                  on a paged command: follow nextToken to the last page, one page a line
  --reveal               print secrets (a clientSecret, a password) in clear; masked otherwise
  --output json|text     json: the answer on one line, and a failure as {"error": ...} on stdout
                         too (the default when stdout is not a terminal); text: indented JSON
  --debug                each request and its answer on stderr, a line each (method, URL, status,
                         time, request id; never a header or a body)
  --api-endpoint URL     SMAPI base URL (else ${SmapiClient.endpointEnv}, else https://api.amazonalexa.com)
  --lwa-endpoint URL     LWA base URL (else ${lwaEndpoint}, else https://api.amazon.com)
  --max-attempts N       attempts in all, the first included (default 4)
  --timeout SECONDS      how long each attempt may take (default 10)
  --proxy URL            HTTP proxy for every request (else ${Proxy.env.https} / ${Proxy.env.http}, minus ${Proxy.env.noProxy})
  A JSON flag takes JSON inline or file:<path>.

${heading("Configuration, from the environment (the ASK CLI's names)")}
  ${refreshToken} with ${clientId} and ${clientSecret},
  or ${accessToken} (a short-lived token, used as it is);
  ${vendorEnv} for the commands that act for a vendor.

${heading("Exit codes")}
  0 success, 1 usage or configuration error, 10 BadRequest, 11 Unauthorized, 12 Forbidden,
  13 NotFound, 14 RateLimited, 15 ServerError, 16 Unavailable, 17 Conflict, 18 PreconditionFailed
`
}

/**
 * The environment name of the vendor id, as ask-cli reads it.
 *
 * @since 0.3.0
 * @category config
 */
export const vendorEnv = "ASK_VENDOR_ID"

// Keys whose values are secrets even where the model has them as plain strings.
const secretKeys = new Set(["clientSecret", "password", "accessToken", "refreshToken"])

/**
 * The answer as JSON: every `Redacted` value and every secret-named field (`clientSecret`,
 * `password`, tokens) is `"<redacted>"` unless `reveal`.
 *
 * @since 0.3.0
 * @category output
 */
export const toJson = (value: unknown, reveal: boolean): unknown => {
  if (Redacted.isRedacted(value)) return reveal ? toJson(Redacted.value(value), reveal) : "<redacted>"
  if (Array.isArray(value)) return value.map((item) => toJson(item, reveal))
  if (Predicate.isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue
      out[key] = !reveal && secretKeys.has(key) && (typeof item === "string" || Redacted.isRedacted(item))
        ? "<redacted>"
        : toJson(item, reveal)
    }
    return out
  }
  return value
}

// What the transport saw of the last answer, for --full-response and for the body's shape.
interface LastResponse {
  status: number | undefined
  headers: Readonly<Record<string, string>>
}

// What --debug says of one exchange: the request, then its answer or why there was none. Never a
// header or a body: they carry the token and, for LWA, the client secret.
const debugged = (
  request: HttpTransport.HttpRequest,
  send: Effect.Effect<HttpTransport.HttpResponse, TransportError>
) =>
  Effect.gen(function*() {
    // the URL as the transport sends it, its query included
    const url = Either.match(HttpTransport.prepare(request), { onLeft: () => request.url, onRight: (p) => p.url })
    yield* Console.error(`debug: ${request.method} ${url}`)
    const [elapsed, result] = yield* Effect.timed(Effect.either(send))
    const ms = Math.round(Duration.toMillis(elapsed))
    if (Either.isLeft(result)) {
      yield* Console.error(`debug: no answer from ${request.method} ${url} after ${ms} ms: ${result.left.reason}`)
      return yield* result.left
    }
    const id = HttpWire.requestId(result.right.headers)
    yield* Console.error(
      `debug: ${result.right.status} from ${request.method} ${url} in ${ms} ms${
        id === undefined ? "" : `, request id ${id}`
      }`
    )
    return result.right
  })

// Records each answer that passes through the transport; with `debug`, says each exchange.
const tap = (last: LastResponse, debug: boolean) => (transport: Layer.Layer<HttpTransport.HttpTransport>) =>
  Layer.effect(
    HttpTransport.HttpTransport,
    Effect.map(HttpTransport.HttpTransport, (inner) => ({
      send: (request: HttpTransport.HttpRequest) =>
        Effect.tap(
          debug ? debugged(request, inner.send(request)) : inner.send(request),
          (response) =>
            Effect.sync(() => {
              last.status = response.status
              last.headers = response.headers
            })
        )
    }))
  ).pipe(Layer.provide(transport))

/**
 * The body of a decoded answer: a response that declares headers and has a body (see
 * `Operation.withHeaders`) decodes to `{ body, etag, location }`, whose `body` is the answer;
 * anything else (a redirect's `{ location }` too) is the answer itself.
 *
 * @since 0.3.0
 * @category output
 */
export const bodyOf = (operation: SmapiCommand.Command["operation"], status: number | undefined, value: unknown) => {
  const responses: Readonly<Record<number, Operation.Response<unknown>>> = operation.responses
  const response = (status === undefined ? undefined : responses[status]) ?? Object.values(responses)[0]
  const wrapped = (response?.headers?.length ?? 0) > 0 && Predicate.isRecord(value) && "body" in value
  return wrapped ? (value as { readonly body: unknown }).body : value
}

// An empty answer prints nothing; text (text/csv) prints as it came.
const print = (value: unknown, pretty: boolean) =>
  value === undefined
    ? Effect.void
    : Console.log(typeof value === "string" ? value : JSON.stringify(value, null, pretty ? 2 : undefined))

const execute = (
  command: SmapiCommand.Command,
  invocation: SmapiCommand.Invocation,
  env: Environment,
  pretty: boolean
) =>
  Effect.gen(function*() {
    const input: Record<string, unknown> = structuredClone(invocation.input) as Record<string, unknown>
    if (command.vendor !== undefined) {
      const vendorId = yield* Config.string(vendorEnv).pipe(
        Config.validate({ message: "is empty", validation: (value) => value.trim() !== "" }),
        Effect.mapError((error) =>
          new ConfigurationError({
            code: ConfigError.isMissingDataOnly(error) ? "MISSING_VARIABLE" : "INVALID_VARIABLE",
            message: `${vendorEnv} ${
              ConfigError.isMissingDataOnly(error) ? "is not set" : "is empty"
            }: ${command.name} acts for a vendor, whose id it takes from ${vendorEnv} (as ask-cli does)`
          })
        )
      )
      // a body that is not an object takes no vendor: the operation's check refuses it as it is
      SmapiCommand.setPath(input, command.vendor, vendorId)
    }
    const proxied = invocation.proxy !== undefined || Proxy.isActive(yield* Proxy.config)
    const endpoint = yield* Config.option(Endpoint.config(SmapiClient.endpointEnv))
    const last: LastResponse = { status: undefined, headers: {} }
    const layer = SmapiClient.layer({
      endpoint: Option.getOrUndefined(endpoint),
      retry: RetryPolicy.make({
        maxAttempts: invocation.maxAttempts,
        attemptTimeout: invocation.timeout === undefined ? undefined : Duration.seconds(invocation.timeout)
      }),
      onRetry: (event) => Console.error(Report.describeRetry(event))
    }).pipe(
      // LwaAuth, or with SMAPI_REDIS_URL / SMAPI_RATE_LIMIT set, fleet mode's (loaded only then)
      Layer.provide(yield* FleetConfig.layer(undefined, env.fleet)),
      Layer.provide(tap(last, invocation.debug)(env.transport({ proxy: invocation.proxy, proxied })))
    )
    const show = (value: unknown) => {
      const body = toJson(bodyOf(command.operation, last.status, value), invocation.reveal)
      return print(
        invocation.fullResponse
          ? { statusCode: last.status, headers: toJson(last.headers, invocation.reveal), body: body ?? null }
          : body,
        pretty
      )
    }
    const run = invocation.all && command.operation.pagination !== undefined
      ? Stream.runForEach(SmapiClient.pages(command.operation as never, input), show)
      : Effect.flatMap(SmapiClient.call(command.operation, input), show)
    yield* Effect.provide(run, layer)
  }).pipe(
    Effect.provide(Report.logToStderr),
    // Flag values were checked while parsing and win over the environment: anything config
    // reports came from the environment, and names its variable.
    (effect) =>
      Effect.configProviderWith((current) =>
        Effect.withConfigProvider(
          effect,
          ConfigProvider.orElse(
            ConfigProvider.fromJson({
              ...(invocation.apiEndpoint === undefined ? {} : { [SmapiClient.endpointEnv]: invocation.apiEndpoint }),
              ...(invocation.lwaEndpoint === undefined ? {} : { [LwaAuth.env.lwaEndpoint]: invocation.lwaEndpoint })
            }),
            () => current
          )
        )
      ),
    Effect.mapError((error): Failure => ConfigError.isConfigError(error) ? Report.fromConfigError(error) : error)
  )

const report = (error: Failure, json: boolean, style: Report.Style) =>
  Effect.gen(function*() {
    if (json) yield* Console.log(Report.errorJson(error))
    switch (error._tag) {
      case "UsageError":
        yield* Console.error(
          error.code === "MISSING_COMMAND"
            ? `${style.red("usage error:")} ${error.message}\n\n${usage}`
            : `${style.red("usage error:")} ${error.message}`
        )
        return exitCodes.usage
      case "ConfigurationError":
        yield* Console.error(`${style.red("configuration error:")} ${error.message}`)
        return exitCodes.usage
      default: {
        const api = error as ApiError
        yield* Console.error(`${style.red(`${api._tag}:`)} ${Report.describeError(api)}`)
        return exitCodes[api._tag] ?? exitCodes.usage
      }
    }
  })

// Edit distance, for "did you mean".
const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

const unknownCommand = (name: string, index: Index): UsageError => {
  const closest = Object.keys(index).map((known) => [known, distance(name, known)] as const)
    .sort((a, b) => a[1] - b[1])[0]
  const hint = closest !== undefined && closest[1] <= Math.max(2, Math.floor(name.length / 4))
    ? `; did you mean ${closest[0]}?`
    : " (smapi --help lists them)"
  return new UsageError({ code: "UNKNOWN_COMMAND", message: `unknown command "${name}"${hint}` })
}

/**
 * The `--output` asked for on `argv`, read before the command is known (the last one counts), so
 * that every failure, an unknown command too, is reported in that format. A value other than
 * `json` or `text` is a usage error.
 *
 * @since 0.3.0
 * @category running
 */
export const outputOf = (argv: ReadonlyArray<string>): Either.Either<Args.Output | undefined, UsageError> => {
  let given = false
  let output: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--") break
    if (arg === "--output") {
      given = true
      // a flag where the value should be is no value, as the command's own parser has it
      output = argv[i + 1]?.startsWith("--") === false ? argv[++i] : undefined
    } else if (arg.startsWith("--output=")) {
      given = true
      output = arg.slice("--output=".length)
    }
  }
  if (!given) return Either.right(undefined)
  if (output === undefined) {
    return Either.left(new UsageError({ code: "MISSING_FLAG_VALUE", message: "--output needs a value" }))
  }
  return output === "json" || output === "text"
    ? Either.right(output)
    : Either.left(
      new UsageError({ code: "INVALID_FLAG_VALUE", message: `--output must be json or text, not "${output}"` })
    )
}

/**
 * Runs `smapi` on `argv` (without the node and script names) and tells the exit code. It never
 * fails: every failure has been said on stderr by then (and, with JSON output, on stdout).
 *
 * @since 0.3.0
 * @category running
 */
export const run = (argv: ReadonlyArray<string>, env: Environment, index: Index): Effect.Effect<number> =>
  Effect.gen(function*() {
    const colour = !(yield* Report.noColor)
    const out = colour && env.stdoutIsTty ? Report.ansi : Report.plain
    const err = colour && env.stderrIsTty ? Report.ansi : Report.plain
    const [first, ...rest] = argv
    const output = outputOf(argv)
    const json = (Either.getOrUndefined(output) ?? (env.stdoutIsTty ? "text" : "json")) === "json"
    const program = Effect.gen(function*() {
      if (first === undefined) {
        return yield* new UsageError({ code: "MISSING_COMMAND", message: "no command given" })
      }
      if (first === "--help" || first === "-h" || first === "help") {
        yield* Console.log(help(index, out.bold))
        return exitCodes.success
      }
      if (first === "--version") {
        yield* Console.log(version)
        return exitCodes.success
      }
      if (first.startsWith("-")) {
        return yield* new UsageError({
          code: "UNKNOWN_FLAG",
          message: `${first} before a command: smapi <command> [flags]`
        })
      }
      const entry = Object.hasOwn(index, first) ? index[first] : undefined
      if (entry === undefined) return yield* unknownCommand(first, index)
      const { command } = yield* Effect.promise(entry.load)
      const invocation = SmapiCommand.parse(command, rest)
      if (Either.isLeft(invocation)) return yield* invocation.left
      if (invocation.right.help) {
        yield* Console.log(SmapiCommand.help(command, out.bold))
        return exitCodes.success
      }
      // help and --version print whatever --output says, as smapi-credentials' do
      if (Either.isLeft(output)) return yield* output.left
      yield* execute(command, invocation.right, env, !json)
      return exitCodes.success
    })
    return yield* program.pipe(Effect.catchAll((error: Failure) => report(error, json, err)))
  }).pipe(
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause)
        ? Effect.succeed(exitCodes.interrupted)
        // Nothing the server does can get here; say what happened in one line rather than a trace.
        : Effect.as(Console.error(`internal error: ${Cause.squash(cause)}`), exitCodes.usage)
    )
  )
