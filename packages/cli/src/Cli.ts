/**
 * `smapi-credentials get <skillId>`: a skill's messaging credentials at the terminal.
 *
 * The command line is read with Node's `util.parseArgs` (see `Args`); the command itself runs in
 * Effect: output through `Console`, configuration through the current `ConfigProvider` (flags
 * over the ASK CLI's environment names), the call through the library's layers. So the whole
 * command runs, and is tested, in-process.
 *
 * @since 0.1.0
 */
import * as FleetConfig from "@smapi-effect/engine/FleetConfig"
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as Proxy from "@smapi-effect/http-transport/Proxy"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Credentials from "@smapi-effect/skill-credentials/Credentials"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import type * as SkillCredentialsError from "@smapi-effect/skill-credentials/SkillCredentialsError"
import * as Cause from "effect/Cause"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import pkg from "../package.json" with { type: "json" }
import * as Args from "./Args.js"
import type { UsageError } from "./CliError.js"
import type { ConfigurationError } from "./CliError.js"
import * as Report from "./Report.js"

/**
 * The exit codes of the command.
 *
 * @since 0.1.0
 * @category constants
 */
export const exitCodes = {
  success: 0,
  usage: 1,
  BadRequest: 10,
  Unauthorized: 11,
  Forbidden: 12,
  NotFound: 13,
  RateLimited: 14,
  ServerError: 15,
  Unavailable: 16,
  interrupted: 130
} as const

/**
 * The version of the package, from its package.json.
 *
 * @since 0.1.0
 * @category constants
 */
export const version: string = pkg.version

/**
 * What the command needs from its process.
 *
 * @since 0.1.0
 * @category models
 */
export interface Environment {
  /** Whether stdout is a terminal: the default output is text there, JSON elsewhere. */
  readonly stdoutIsTty: boolean
  /** Whether stderr is a terminal: colour is used only there (and never with NO_COLOR). */
  readonly stderrIsTty: boolean
  /**
   * The HTTP transport. `proxied`: a proxy is set, by `--proxy` (then `proxy`) or by the
   * environment's `HTTPS_PROXY` / `HTTP_PROXY`, which the transport reads itself.
   */
  readonly transport: (options: {
    readonly proxy: Redacted.Redacted<string> | undefined
    readonly proxied: boolean
  }) => Layer.Layer<HttpTransport.HttpTransport>
  /** Loads `@smapi-effect/fleet` when `SMAPI_REDIS_URL` or `SMAPI_RATE_LIMIT` is set. */
  readonly fleet?: (() => Promise<FleetConfig.Module>) | undefined
}

type Failure = UsageError | ConfigurationError | SkillCredentialsError.SkillCredentialsError

const { ansi, describeError, describeRetry, errorJson, plain } = Report
type Style = Report.Style

/**
 * The `ConfigurationError` for a `ConfigError` read from the environment.
 *
 * @since 0.1.0
 * @category errors
 */
export const fromConfigError: (error: ConfigError.ConfigError) => ConfigurationError = Report.fromConfigError

const get = (options: Args.GetOptions, env: Environment, json: boolean, style: Style) =>
  Effect.gen(function*() {
    // the transport reads the proxy variables itself; a bad one is a configuration error here
    const proxied = options.proxy !== undefined || Proxy.isActive(yield* Proxy.config)
    // SkillCredentials.layerConfig, composed here so that its default transport (fetch, over
    // @effect/platform) is not bundled into the command
    const endpoint = yield* Config.option(Endpoint.config(SkillCredentials.endpointEnv))
    const layer = SkillCredentials.layer({
      endpoint: Option.getOrUndefined(endpoint),
      retry: RetryPolicy.make({
        maxAttempts: options.maxAttempts,
        attemptTimeout: options.timeout === undefined ? undefined : Duration.seconds(options.timeout)
      }),
      onRetry: (event) => Console.error(describeRetry(event))
    }).pipe(
      // LwaAuth, or with SMAPI_REDIS_URL / SMAPI_RATE_LIMIT set, fleet mode's (loaded only then)
      Layer.provide(yield* FleetConfig.layer(undefined, env.fleet)),
      Layer.provide(env.transport({ proxy: options.proxy, proxied }))
    )
    const credentials = yield* SkillCredentials.get(options.skillId).pipe(Effect.provide(layer))
    const shown = Credentials.toJson(credentials, { reveal: options.reveal })
    if (json) return yield* Console.log(JSON.stringify(shown))
    yield* Console.log(`${style.bold("clientId")}      ${shown.skillMessagingCredentials.clientId}`)
    yield* Console.log(
      `${style.bold("clientSecret")}  ${shown.skillMessagingCredentials.clientSecret}${
        options.reveal ? "" : " (--reveal shows it)"
      }`
    )
  }).pipe(
    Effect.provide(Report.logToStderr),
    // Flag values were checked while parsing, each naming its flag, and win over the
    // environment: anything config reports came from the environment, and names its variable.
    (effect) =>
      Effect.configProviderWith((current) =>
        Effect.withConfigProvider(
          effect,
          ConfigProvider.orElse(
            ConfigProvider.fromJson({
              ...(options.apiEndpoint === undefined ? {} : { [SkillCredentials.endpointEnv]: options.apiEndpoint }),
              ...(options.lwaEndpoint === undefined ? {} : { [LwaAuth.env.lwaEndpoint]: options.lwaEndpoint })
            }),
            () => current
          )
        )
      ),
    Effect.mapError((error) => ConfigError.isConfigError(error) ? fromConfigError(error) : error)
  )

const report = (error: Failure, json: boolean, style: Style) =>
  Effect.gen(function*() {
    if (json) yield* Console.log(errorJson(error))
    switch (error._tag) {
      case "UsageError":
        yield* Console.error(
          error.code === "MISSING_COMMAND"
            ? `${style.red("usage error:")} ${error.message}\n\n${Args.usage}`
            : `${style.red("usage error:")} ${error.message} (smapi-credentials --help shows the usage)`
        )
        return exitCodes.usage
      case "ConfigurationError":
        yield* Console.error(`${style.red("configuration error:")} ${error.message}`)
        return exitCodes.usage
      default:
        yield* Console.error(`${style.red(`${error._tag}:`)} ${describeError(error)}`)
        return exitCodes[error._tag]
    }
  })

/**
 * Runs the command on `argv` (without the node and script names) and tells the exit code. It
 * never fails: every failure has been said on stderr (and, as JSON, on stdout) by then.
 *
 * @since 0.1.0
 * @category running
 */
export const run = (argv: ReadonlyArray<string>, env: Environment): Effect.Effect<number> =>
  Effect.gen(function*() {
    const colour = !(yield* Report.noColor)
    const out = colour && env.stdoutIsTty ? ansi : plain
    const err = colour && env.stderrIsTty ? ansi : plain
    const parsed = Args.parse(argv)
    const json = (parsed.output ?? (env.stdoutIsTty ? "text" : "json")) === "json"
    return yield* Effect.flatMap(parsed.invocation, (invocation): Effect.Effect<number, Failure> => {
      switch (invocation._tag) {
        case "Help":
          return Effect.as(Console.log(Args.help(out.bold)), exitCodes.success)
        case "Version":
          return Effect.as(Console.log(version), exitCodes.success)
        case "Get":
          return Effect.as(get(invocation.options, env, json, out), exitCodes.success)
      }
    }).pipe(Effect.catchAll((error) => report(error, json, err)))
  }).pipe(
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause)
        ? Effect.succeed(exitCodes.interrupted)
        // Nothing the server does can get here; say what happened in one line rather than a trace.
        : Effect.as(Console.error(`internal error: ${Cause.squash(cause)}`), exitCodes.usage)
    )
  )
