/**
 * The command's own errors, beside the seven of the API: both exit 1, and with `--output json`
 * both print `{"error":{…}}` like the others, with their own `_tag`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * The command line is wrong: an unknown command or flag, a missing argument, a bad flag value.
 * The message names the flag.
 *
 * @since 0.1.0
 * @category errors
 */
export class UsageError extends Schema.TaggedError<UsageError>("@smapi-effect/cli/UsageError")("UsageError", {
  /** `MISSING_COMMAND`, `UNKNOWN_COMMAND`, `MISSING_ARGUMENT`, `UNEXPECTED_ARGUMENT`, `UNKNOWN_FLAG`, `MISSING_FLAG_VALUE` or `INVALID_FLAG_VALUE`. */
  code: Schema.String,
  message: Schema.String
}) {}

/**
 * The environment is wrong: credentials missing or incomplete, an endpoint or proxy variable
 * that is not a usable URL. The message names the variable.
 *
 * @since 0.1.0
 * @category errors
 */
export class ConfigurationError
  extends Schema.TaggedError<ConfigurationError>("@smapi-effect/cli/ConfigurationError")("ConfigurationError", {
    /** `MISSING_VARIABLE` or `INVALID_VARIABLE`. */
    code: Schema.String,
    message: Schema.String
  })
{}
