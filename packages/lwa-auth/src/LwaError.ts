/**
 * How getting a Login with Amazon access token failed, in OAuth 2.0's own terms.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * - `Rejected`: LWA answered with an error status (its OAuth `error` code in `code`).
 * - `InvalidResponse`: LWA answered 2xx with a body that is not a usable bearer token.
 * - `Transport`: no answer (refused, reset, DNS, timeout).
 *
 * @since 0.1.0
 * @category models
 */
export const LwaErrorReason = Schema.Literal("Rejected", "InvalidResponse", "Transport")

/**
 * @since 0.1.0
 * @category errors
 */
export class LwaError extends Schema.TaggedError<LwaError>("@smapi-effect/lwa-auth/LwaError")("LwaError", {
  reason: LwaErrorReason,
  /** LWA's HTTP status, when it answered. */
  status: Schema.optional(Schema.Number),
  /** LWA's OAuth error code (`invalid_grant`, …), or the transport failure's reason. */
  code: Schema.optional(Schema.String),
  /** LWA's `error_description`, or what went wrong. */
  description: Schema.String,
  requestId: Schema.optional(Schema.String),
  retryAfter: Schema.optional(Schema.DurationFromSelf)
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    const status = this.status === undefined ? "" : ` ${this.status}`
    const code = this.code === undefined ? "" : ` ${this.code}`
    return `Login with Amazon${status}${code}: ${this.description}`
  }
}
