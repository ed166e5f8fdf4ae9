/**
 * `smapi-credentials get <skillId>`: a skill's messaging credentials at the terminal.
 *
 * Output goes through Effect's `Console` and configuration through the current
 * `ConfigProvider` (flags over the ASK CLI's environment names), so the whole command runs, and
 * is tested, in-process.
 *
 * @since 0.1.0
 */
import * as Args from "@effect/cli/Args"
import type * as CliApp from "@effect/cli/CliApp"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as ValidationError from "@effect/cli/ValidationError"
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as Credentials from "@smapi-effect/skill-credentials/Credentials"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import type * as SkillCredentialsError from "@smapi-effect/skill-credentials/SkillCredentialsError"
import * as Cause from "effect/Cause"
import * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Option from "effect/Option"

/**
 * The exit codes of the design contract.
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
 * @since 0.1.0
 * @category constants
 */
export const version = "0.1.0"

/**
 * What the command needs from its process.
 *
 * @since 0.1.0
 * @category models
 */
export interface Environment {
  /** Whether stdout is a terminal: the default output is text there, JSON elsewhere. */
  readonly stdoutIsTty: boolean
  /** The HTTP transport; the default is the portable fetch transport. */
  readonly transport?: Layer.Layer<HttpTransport.HttpTransport> | undefined
}

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`)
  }
}

const skillId = Args.text({ name: "skillId" }).pipe(Args.withDescription("the skill id, e.g. amzn1.ask.skill.…"))
const reveal = Options.boolean("reveal").pipe(Options.withDescription("print the client secret in clear"))
const output = Options.choice("output", ["json", "text"]).pipe(
  Options.optional,
  Options.withDescription("json (the default when stdout is not a terminal) or text")
)
const apiEndpoint = Options.text("api-endpoint").pipe(
  Options.optional,
  Options.withDescription("SMAPI base URL (else ASK_SMAPI_SERVER_BASE_URL, else https://api.amazonalexa.com)")
)
const lwaEndpoint = Options.text("lwa-endpoint").pipe(
  Options.optional,
  Options.withDescription("LWA base URL (else ASK_LWA_TOKEN_HOST, else https://api.amazon.com)")
)
const maxAttempts = Options.integer("max-attempts").pipe(
  Options.optional,
  Options.withDescription("attempts in all, the first included (default 4)")
)
const timeout = Options.float("timeout").pipe(
  Options.optional,
  Options.withDescription("seconds each attempt may take (default 10)")
)

const describeRetry = (event: RetryPolicy.RetryEvent): string => {
  const { error } = event
  const what = error._tag === "RateLimited"
    ? "rate limited"
    : error._tag === "ServerError"
    ? "server error"
    : "unavailable"
  const why = error.status !== undefined ? String(error.status) : error.code ?? "no answer"
  const of = event.maxAttempts === undefined ? "" : ` of ${event.maxAttempts}`
  const seconds = (Duration.toMillis(event.delay) / 1000).toFixed(1)
  return `${what} (${why}), retrying in ${seconds} s (attempt ${event.nextAttempt}${of})`
}

const describeError = (error: SkillCredentialsError.SkillCredentialsError): string => {
  const details = [
    ...(error.status === undefined ? [] : [`HTTP ${error.status}`]),
    ...(error.code === undefined ? [] : [`code ${error.code}`]),
    ...(error.requestId === undefined ? [] : [`request id ${error.requestId}`]),
    ...(error.retryAfter === undefined ? [] : [`retry after ${Duration.format(error.retryAfter)}`]),
    `${error.attempts} attempt${error.attempts === 1 ? "" : "s"}`
  ]
  return `${error._tag}: ${error.message.replace(/\s+/g, " ")} (${details.join(", ")})`
}

const errorJson = (error: SkillCredentialsError.SkillCredentialsError) =>
  JSON.stringify({
    error: {
      _tag: error._tag,
      status: error.status ?? null,
      code: error.code ?? null,
      message: error.message,
      attempts: error.attempts
    }
  })

const usage = (message: string) => Effect.zipRight(Console.error(`usage error: ${message}`), Effect.fail(new Exit(1)))

const getCommand = (env: Environment) =>
  Command.make(
    "get",
    { skillId, reveal, output, apiEndpoint, lwaEndpoint, maxAttempts, timeout },
    (flags) =>
      Effect.gen(function*() {
        if (Option.isSome(flags.maxAttempts) && flags.maxAttempts.value < 1) {
          return yield* usage("--max-attempts must be at least 1")
        }
        if (Option.isSome(flags.timeout) && !(flags.timeout.value > 0 && flags.timeout.value <= 3600)) {
          return yield* usage("--timeout must be a number of seconds above 0 and at most 3600")
        }
        const json = Option.getOrElse(flags.output, () => env.stdoutIsTty ? "text" : "json") === "json"
        const retry = RetryPolicy.make({
          maxAttempts: Option.getOrUndefined(flags.maxAttempts),
          attemptTimeout: Option.map(flags.timeout, Duration.seconds).pipe(Option.getOrUndefined)
        })
        const layer = SkillCredentials.layerConfig({
          retry,
          onRetry: (event) => Console.error(describeRetry(event)),
          transport: env.transport
        })
        // Flags win over the environment.
        const overrides = ConfigProvider.fromJson({
          ...Option.match(flags.apiEndpoint, {
            onNone: () => ({}),
            onSome: (v) => ({ [SkillCredentials.endpointEnv]: v })
          }),
          ...Option.match(flags.lwaEndpoint, { onNone: () => ({}), onSome: (v) => ({ ASK_LWA_TOKEN_HOST: v }) })
        })
        const credentials = yield* SkillCredentials.get(flags.skillId).pipe(
          Effect.provide(layer),
          (effect) =>
            Effect.configProviderWith((current) =>
              Effect.withConfigProvider(effect, ConfigProvider.orElse(overrides, () => current))
            ),
          Effect.catchAll((error) =>
            ConfigError.isConfigError(error)
              ? Effect.zipRight(
                Console.error(`configuration error: ${String(error).replace(/\s+/g, " ")}`),
                Effect.fail(new Exit(exitCodes.usage))
              )
              : Effect.zipRight(
                Effect.zipRight(
                  json ? Console.log(errorJson(error)) : Effect.void,
                  Console.error(describeError(error))
                ),
                Effect.fail(new Exit(exitCodes[error._tag]))
              )
          )
        )
        const shown = Credentials.toJson(credentials, { reveal: flags.reveal })
        if (json) return yield* Console.log(JSON.stringify(shown))
        yield* Console.log(`clientId      ${shown.skillMessagingCredentials.clientId}`)
        yield* Console.log(
          `clientSecret  ${shown.skillMessagingCredentials.clientSecret}${flags.reveal ? "" : " (--reveal shows it)"}`
        )
      })
  ).pipe(Command.withDescription("print a skill's messaging credentials (clientId, clientSecret)"))

/**
 * The command tree.
 *
 * @since 0.1.0
 * @category commands
 */
export const command = (env: Environment) =>
  Command.make("smapi-credentials").pipe(
    Command.withDescription("Alexa skill messaging credentials from SMAPI"),
    Command.withSubcommands([getCommand(env)])
  )

/**
 * Runs the command on `argv` (without the node and script names) and tells the exit code.
 *
 * @since 0.1.0
 * @category running
 */
export const run = (
  argv: ReadonlyArray<string>,
  env: Environment
): Effect.Effect<number, never, CliApp.CliApp.Environment> =>
  Command.run(command(env), { name: "smapi-credentials", version })(["node", "smapi-credentials", ...argv]).pipe(
    Effect.as(exitCodes.success),
    Effect.catchAllCause((cause) => {
      if (Cause.isInterruptedOnly(cause)) return Effect.succeed(exitCodes.interrupted)
      const failure = Cause.failureOption(cause)
      if (Option.isSome(failure)) {
        if (failure.value instanceof Exit) return Effect.succeed(failure.value.code)
        if (ValidationError.isValidationError(failure.value)) return Effect.succeed(exitCodes.usage)
      }
      // Nothing the server does can get here; say what happened in one line rather than a trace.
      return Effect.as(Console.error(`internal error: ${Cause.squash(cause)}`), exitCodes.usage)
    })
  )
