/**
 * The seven ways a Skill Credentials call can fail: the engine's errors, whose `_tag`s are
 * `BadRequest`, `Unauthorized`, `Forbidden`, `NotFound`, `RateLimited`, `ServerError` and
 * `Unavailable`. Each carries what the server said, the request id when it sent one, how many
 * attempts were made and, for rate limits, its Retry-After.
 *
 * @since 0.1.0
 */
import type * as SmapiError from "@smapi-effect/engine/SmapiError"

export {
  /**
   * 400, any other 4xx not listed, or a skill id that cannot be sent (no request made). Not retried.
   *
   * @since 0.1.0
   * @category errors
   */
  BadRequest,
  /**
   * 403: the token is valid but may not read this skill. Not retried.
   *
   * @since 0.1.0
   * @category errors
   */
  Forbidden,
  /**
   * Whether retrying could help: 429, 500, and every `Unavailable`.
   *
   * @since 0.1.0
   * @category predicates
   */
  isRetriable,
  /**
   * Builds the error of a tag.
   *
   * @since 0.1.0
   * @category constructors
   */
  make,
  /**
   * 404: no such skill. Not retried.
   *
   * @since 0.1.0
   * @category errors
   */
  NotFound,
  /**
   * 429 from SMAPI or LWA. Retried, honouring Retry-After.
   *
   * @since 0.1.0
   * @category errors
   */
  RateLimited,
  /**
   * 500 (retried), another 5xx not listed, or a 2xx whose body does not decode (not retried).
   *
   * @since 0.1.0
   * @category errors
   */
  ServerError,
  /**
   * The seven tags, in the order of the error table.
   *
   * @since 0.1.0
   * @category constants
   */
  tags,
  /**
   * 401 after one token refresh and replay, or LWA refusing the grant. Not retried.
   *
   * @since 0.1.0
   * @category errors
   */
  Unauthorized,
  /**
   * 502, 503, 504, or no answer at all: refused, reset, DNS, attempt timeout. Retried.
   *
   * @since 0.1.0
   * @category errors
   */
  Unavailable
} from "@smapi-effect/engine/SmapiError"

/**
 * Exactly one of the seven.
 *
 * @since 0.1.0
 * @category models
 */
export type SkillCredentialsError = SmapiError.SmapiError

/**
 * The fields every error carries.
 *
 * @since 0.1.0
 * @category models
 */
export type Fields = SmapiError.Fields

/**
 * @since 0.1.0
 * @category models
 */
export type Tag = SmapiError.Tag
