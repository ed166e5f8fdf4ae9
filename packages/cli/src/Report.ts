/**
 * How both commands speak at the terminal: colour only where it is wanted, one line per retry and
 * per failure, and a configuration problem named by its variable.
 *
 * @since 0.3.0
 */
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import type { UsageError } from "./CliError.js"
import { ConfigurationError } from "./CliError.js"

/**
 * @since 0.3.0
 * @category models
 */
export interface Style {
  readonly bold: (text: string) => string
  readonly red: (text: string) => string
}

/**
 * No colour.
 *
 * @since 0.3.0
 * @category style
 */
export const plain: Style = { bold: (text) => text, red: (text) => text }

/**
 * ANSI bold and red, for a terminal.
 *
 * @since 0.3.0
 * @category style
 */
export const ansi: Style = { bold: (text) => `\x1b[1m${text}\x1b[22m`, red: (text) => `\x1b[1;31m${text}\x1b[0m` }

/**
 * Whether `NO_COLOR` turns colour off (https://no-color.org: set and not empty).
 *
 * @since 0.3.0
 * @category style
 */
export const noColor: Effect.Effect<boolean> = Config.string("NO_COLOR").pipe(
  Config.map((value) => value !== ""),
  Config.withDefault(false),
  Effect.orElseSucceed(() => true)
)

/**
 * What a retry needs to be told: the error that caused it, the wait and the attempt.
 *
 * @since 0.3.0
 * @category models
 */
export interface RetryEvent {
  readonly error: { readonly _tag: string; readonly status?: number | undefined; readonly code?: string | undefined }
  readonly delay: Duration.Duration
  readonly nextAttempt: number
  readonly maxAttempts?: number | undefined
}

/**
 * One line announcing a retry: `rate limited (429), retrying in 1.0 s (attempt 2 of 4)`.
 *
 * @since 0.3.0
 * @category describing
 */
export const describeRetry = (event: RetryEvent): string => {
  const { error } = event
  const what = error._tag === "RateLimited"
    ? "rate limited"
    : error._tag === "Unauthorized"
    ? "token rejected"
    : error._tag === "ServerError"
    ? "server error"
    : "unavailable"
  const why = error.status !== undefined ? String(error.status) : error.code ?? "no answer"
  const of = event.maxAttempts === undefined ? "" : ` of ${event.maxAttempts}`
  const seconds = (Duration.toMillis(event.delay) / 1000).toFixed(1)
  return `${what} (${why}), retrying in ${seconds} s (attempt ${event.nextAttempt}${of})`
}

/**
 * The fields of an API error that a person is told.
 *
 * @since 0.3.0
 * @category models
 */
export interface ApiError {
  readonly _tag: string
  readonly message: string
  readonly status?: number | undefined
  readonly code?: string | undefined
  readonly requestId?: string | undefined
  readonly retryAfter?: Duration.Duration | undefined
  readonly attempts: number
}

/**
 * Whether the request left: an error raised before anything was sent claims no HTTP status.
 *
 * @since 0.3.0
 * @category describing
 */
export const sent = (error: ApiError): boolean => error.attempts > 0

/**
 * An API error in one line: its message, then status, code, request id, wait and attempts.
 *
 * @since 0.3.0
 * @category describing
 */
export const describeError = (error: ApiError): string => {
  const message = error.message.replace(/\s+/g, " ")
  const details = sent(error)
    ? [
      ...(error.status === undefined ? [] : [`HTTP ${error.status}`]),
      ...(error.code === undefined ? [] : [`code ${error.code}`]),
      ...(error.requestId === undefined ? [] : [`request id ${error.requestId}`]),
      ...(error.retryAfter === undefined ? [] : [`retry after ${Duration.format(error.retryAfter)}`]),
      `${error.attempts} attempt${error.attempts === 1 ? "" : "s"}`
    ]
    : [
      ...(error.code === undefined ? [] : [`code ${error.code}`]),
      // the library may say so itself; say it once
      ...(/nothing was sent/i.test(message) ? [] : ["nothing was sent"])
    ]
  return `${message} (${details.join(", ")})`
}

// One line per problem in a ConfigError, each naming its variable.
const configProblems = (
  error: ConfigError.ConfigError
): Array<{ readonly missing: boolean; readonly text: string }> => {
  switch (error._op) {
    case "And":
    case "Or":
      return [...configProblems(error.left), ...configProblems(error.right)]
    case "MissingData":
    case "InvalidData":
    case "SourceUnavailable":
    case "Unsupported": {
      const name = error.path.join(".")
      const text = name === "" || error.message.includes(name) ? error.message : `${name}: ${error.message}`
      return [{ missing: error._op === "MissingData", text }]
    }
  }
}

/**
 * The `ConfigurationError` for a `ConfigError` read from the environment.
 *
 * @since 0.3.0
 * @category errors
 */
export const fromConfigError = (error: ConfigError.ConfigError): ConfigurationError => {
  const problems = configProblems(error)
  return new ConfigurationError({
    code: problems.every((p) => p.missing) ? "MISSING_VARIABLE" : "INVALID_VARIABLE",
    message: [...new Set(problems.map((p) => p.text))].join("; ").replace(/\s+/g, " ")
  })
}

/**
 * A failure as `--output json` prints it on stdout: `{"error":{"_tag","status","code","message","attempts"}}`,
 * with `status` null when no answer came and `attempts` 0 for a usage or configuration error.
 *
 * @since 0.3.0
 * @category output
 */
export const errorJson = (error: UsageError | ConfigurationError | ApiError): string => {
  const local = error._tag === "UsageError" || error._tag === "ConfigurationError"
  const api = error as ApiError
  return JSON.stringify({
    error: {
      _tag: error._tag,
      status: local || !sent(api) ? null : api.status ?? null,
      code: error.code ?? null,
      message: error.message,
      attempts: local ? 0 : api.attempts
    }
  })
}

/**
 * What the library logs (fleet mode's Redis warnings) goes to stderr as one line each, never into
 * the output on stdout.
 *
 * @since 0.3.0
 * @category output
 */
export const logToStderr: Layer.Layer<never> = Logger.replace(
  Logger.defaultLogger,
  Logger.withConsoleError(
    Logger.make(({ logLevel, message }) =>
      `${logLevel._tag === "Warning" ? "warning" : logLevel.label.toLowerCase()}: ${message}`
    )
  )
)
