/**
 * The ways a SMAPI call can fail, shared by every operation. Each carries what the server said
 * (its code, message, violations and validation details), the request id when it sent one, how
 * many attempts were made and, for rate limits, its Retry-After. An error raised before anything
 * was sent has no `status` and `attempts` 0.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const fields = {
  /** The HTTP status, when a response arrived. */
  status: Schema.optional(Schema.Number),
  /** The server's error code (`INVALID_STRING_LENGTH`, LWA's `invalid_grant`, …) or ours. */
  code: Schema.optional(Schema.String),
  /** The server's message when it gave one, else what happened in words a person can act on. */
  message: Schema.String,
  /** The request id header of the response, for Amazon support. */
  requestId: Schema.optional(Schema.String),
  /** Attempts made in all, replays and retries included; 0 when nothing was sent. */
  attempts: Schema.Number,
  /** How long the server asked us to wait (`Retry-After`). */
  retryAfter: Schema.optional(Schema.DurationFromSelf),
  /** What a SMAPI `BadRequestError` listed as wrong, each made printable and bounded. */
  violations: Schema.optional(Schema.Array(Schema.Struct({
    code: Schema.optional(Schema.String),
    message: Schema.String
  }))),
  /** The `validationDetails` of a SMAPI `StandardizedError`, its text made printable and bounded. */
  validationDetails: Schema.optional(Schema.Unknown)
}

/**
 * 400, 413, any other 4xx not listed (409 and 412 too, for an operation that does not declare
 * them), or input that cannot be sent (no request made). Not retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class BadRequest extends Schema.TaggedError<BadRequest>("@smapi-effect/engine/BadRequest")(
  "BadRequest",
  fields
) {}

/**
 * 401 after one token refresh and replay, or LWA refusing the grant. Not retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class Unauthorized extends Schema.TaggedError<Unauthorized>("@smapi-effect/engine/Unauthorized")(
  "Unauthorized",
  fields
) {}

/**
 * 403: the token is valid but may not do this. Not retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class Forbidden extends Schema.TaggedError<Forbidden>("@smapi-effect/engine/Forbidden")(
  "Forbidden",
  fields
) {}

/**
 * 404: no such resource (a skill, a stage, ...). Not retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class NotFound extends Schema.TaggedError<NotFound>("@smapi-effect/engine/NotFound")(
  "NotFound",
  fields
) {}

/**
 * 429 from SMAPI or LWA. Retried, honouring Retry-After.
 *
 * @since 0.1.0
 * @category errors
 */
export class RateLimited extends Schema.TaggedError<RateLimited>("@smapi-effect/engine/RateLimited")(
  "RateLimited",
  fields
) {}

/**
 * 500 (retried), another 5xx not listed, or a 2xx whose body does not decode (not retried).
 *
 * @since 0.1.0
 * @category errors
 */
export class ServerError extends Schema.TaggedError<ServerError>("@smapi-effect/engine/ServerError")(
  "ServerError",
  fields
) {}

/**
 * 502, 503, 504, or no answer at all: refused, reset, DNS, attempt timeout. Retried.
 *
 * @since 0.1.0
 * @category errors
 */
export class Unavailable extends Schema.TaggedError<Unavailable>("@smapi-effect/engine/Unavailable")(
  "Unavailable",
  fields
) {}

/**
 * 409: the resource changed or is busy (an update in progress, a name taken). Only for an
 * operation that declares 409; elsewhere a 409 is `BadRequest`. Not retried.
 *
 * @since 0.3.0
 * @category errors
 */
export class Conflict extends Schema.TaggedError<Conflict>("@smapi-effect/engine/Conflict")(
  "Conflict",
  fields
) {}

/**
 * 412: the `If-Match` ETag no longer matches the resource. Only for an operation that declares
 * 412; elsewhere a 412 is `BadRequest`. Not retried.
 *
 * @since 0.3.0
 * @category errors
 */
export class PreconditionFailed extends Schema.TaggedError<PreconditionFailed>(
  "@smapi-effect/engine/PreconditionFailed"
)(
  "PreconditionFailed",
  fields
) {}

/**
 * The seven errors every operation can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type SmapiError =
  | BadRequest
  | Unauthorized
  | Forbidden
  | NotFound
  | RateLimited
  | ServerError
  | Unavailable

/**
 * Every error an operation can fail with: the seven, and those only some declare.
 *
 * @since 0.3.0
 * @category models
 */
export type Any = SmapiError | Conflict | PreconditionFailed

/**
 * The fields every error carries.
 *
 * @since 0.1.0
 * @category models
 */
export type Fields = ConstructorParameters<typeof BadRequest>[0]

/**
 * @since 0.1.0
 * @category models
 */
export type Tag = SmapiError["_tag"]

/**
 * The tag of any error, `Conflict` and `PreconditionFailed` included.
 *
 * @since 0.3.0
 * @category models
 */
export type AnyTag = Any["_tag"]

const constructors: { readonly [K in AnyTag]: new(fields: Fields) => Extract<Any, { _tag: K }> } = {
  BadRequest,
  Unauthorized,
  Forbidden,
  NotFound,
  RateLimited,
  ServerError,
  Unavailable,
  Conflict,
  PreconditionFailed
}

/**
 * Builds the error of `tag`, one of the seven.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <K extends Tag>(tag: K, fields: Fields): Extract<SmapiError, { _tag: K }> =>
  new constructors[tag](fields) as Extract<SmapiError, { _tag: K }>

/**
 * Builds the error of any `tag`, `Conflict` and `PreconditionFailed` included.
 *
 * @since 0.3.0
 * @category constructors
 */
export const makeAny = <K extends AnyTag>(tag: K, fields: Fields): Extract<Any, { _tag: K }> =>
  new constructors[tag](fields)

/**
 * The seven tags, in the order of the error table.
 *
 * @since 0.1.0
 * @category constants
 */
export const tags: ReadonlyArray<Tag> = [
  "BadRequest",
  "Unauthorized",
  "Forbidden",
  "NotFound",
  "RateLimited",
  "ServerError",
  "Unavailable"
]

/**
 * Every tag: the seven, then `Conflict` and `PreconditionFailed`.
 *
 * @since 0.3.0
 * @category constants
 */
export const anyTags: ReadonlyArray<AnyTag> = Object.keys(constructors) as Array<AnyTag>

/**
 * Whether retrying could help: 429, 500, and every `Unavailable`. A 2xx that does not decode,
 * another 5xx (501, 505, …) and every 4xx are answers that a retry would only repeat.
 *
 * `idempotent: false` is for a request that may have reached the server and is not safe to send
 * twice (a POST): then only what certainly did no work is retried, 429 and a refused connection.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRetriable = (error: Any, idempotent = true): boolean => {
  switch (error._tag) {
    case "RateLimited":
      return true
    case "Unavailable":
      return idempotent || error.code === "ConnectionRefused" || error.code === "DnsFailure"
    case "ServerError":
      return idempotent && error.status === 500
    default:
      return false
  }
}
