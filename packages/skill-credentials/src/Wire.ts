/**
 * The wire contract of the Skill Credentials API in one place: the request we send, and what
 * every possible answer, or failure to answer, means.
 *
 * @since 0.1.0
 */
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import type * as TransportError from "@smapi-effect/http-transport/TransportError"
import type * as LwaError from "@smapi-effect/lwa-auth/LwaError"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Credentials from "./Credentials.js"
import * as SkillCredentialsError from "./SkillCredentialsError.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const version = "0.1.0"

/**
 * @since 0.1.0
 * @category constants
 */
export const userAgent = `smapi-effect/${version} (skill-credentials)`

/**
 * @since 0.1.0
 * @category constants
 */
export const defaultEndpoint = "https://api.amazonalexa.com"

// ---------------------------------------------------------------------------------------------
// request
// ---------------------------------------------------------------------------------------------

/**
 * The URL for one skill's credentials, or `BadRequest` before anything is sent: a skill id is
 * 1 to 255 characters (Unicode code points) and is always exactly one path segment.
 *
 * @since 0.1.0
 * @category request
 */
export const credentialsUrl = (
  endpoint: string,
  skillId: string
): Either.Either<string, SkillCredentialsError.BadRequest> => {
  // UTF-16 length bounds the code points from above: count them only when it could matter.
  const length = skillId.length <= 255 ? skillId.length : codePoints(skillId)
  if (length < 1 || length > 255) {
    return Either.left(
      new SkillCredentialsError.BadRequest({
        status: 400,
        code: "INVALID_STRING_LENGTH",
        message: `The skill id must be 1 to 255 characters long; it has ${length}.`,
        attempts: 0
      })
    )
  }
  // URL parsers resolve "." and ".." as dot segments, even percent-encoded: they cannot stay one segment.
  if (skillId === "." || skillId === "..") {
    return Either.left(invalidSkillId(`"${skillId}" cannot be sent as a skill id.`))
  }
  let segment: string
  try {
    segment = encodeURIComponent(skillId)
  } catch {
    return Either.left(invalidSkillId("The skill id is not well-formed Unicode: it holds a lone surrogate."))
  }
  return Either.right(`${endpoint}/v1/skills/${segment}/credentials`)
}

const codePoints = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

const invalidSkillId = (message: string) =>
  new SkillCredentialsError.BadRequest({ status: 400, code: "INVALID_SKILL_ID", message, attempts: 0 })

// Per access token, computed once: whether it may go in a header, and its `Bearer` value.
const bearers = new WeakMap<Redacted.Redacted<string>, Redacted.Redacted<string> | null>()

const bearer = (token: Redacted.Redacted<string>): Redacted.Redacted<string> | null => {
  let value = bearers.get(token)
  if (value === undefined) {
    const raw = Redacted.value(token)
    value = HttpWire.isHeaderSafe(raw) ? Redacted.make(`Bearer ${raw}`) : null
    bearers.set(token, value)
  }
  return value
}

/**
 * The request for a credentials URL, or `Unauthorized` for a token that cannot be sent.
 *
 * @since 0.1.0
 * @category request
 */
export const credentialsRequest = (
  url: string,
  token: Redacted.Redacted<string>,
  attempts: number
): Either.Either<HttpTransport.HttpRequest, SkillCredentialsError.Unauthorized> => {
  const authorization = bearer(token)
  if (authorization === null) {
    return Either.left(
      new SkillCredentialsError.Unauthorized({
        code: "INVALID_ACCESS_TOKEN",
        message:
          "The access token holds characters that cannot be sent in an HTTP header (spaces, CR/LF or non-ASCII).",
        attempts
      })
    )
  }
  return Either.right({
    method: "GET",
    url,
    headers: { authorization, accept: "application/json", "user-agent": userAgent }
  })
}

// ---------------------------------------------------------------------------------------------
// response
// ---------------------------------------------------------------------------------------------

/**
 * The error tag for an HTTP status that is not a success: the table of the design contract.
 *
 * @since 0.1.0
 * @category response
 */
export const tagOfStatus = (status: number): SkillCredentialsError.Tag => {
  switch (status) {
    case 401:
      return "Unauthorized"
    case 403:
      return "Forbidden"
    case 404:
      return "NotFound"
    case 429:
      return "RateLimited"
    case 502:
    case 503:
    case 504:
      return "Unavailable"
  }
  // 400 and every other 4xx; 500, every other 5xx and anything unexpected (1xx, 3xx) is the server's
  return status >= 400 && status < 500 ? "BadRequest" : "ServerError"
}

const ErrorBody = Schema.Struct({
  message: Schema.optional(Schema.String),
  code: Schema.optional(Schema.String)
})
const decodeErrorBody = Schema.decodeUnknownOption(ErrorBody)
const decodeCredentials = Schema.decodeUnknownEither(Credentials.Credentials)

const defaultMessages: Record<SkillCredentialsError.Tag, string> = {
  BadRequest: "The request was rejected as invalid.",
  Unauthorized: "The access token was rejected: check the LWA refresh token or client credentials.",
  Forbidden: "The access token is valid but may not read this skill's credentials.",
  NotFound: "No skill with this id was found for this vendor.",
  RateLimited: "Too many requests: the rate limit was exceeded.",
  ServerError: "The server failed to handle the request.",
  Unavailable: "The service is unavailable."
}

/**
 * Whether `status` is a success, whose body must be the credentials.
 *
 * @since 0.1.0
 * @category response
 */
export const isSuccess = (status: number): boolean => status >= 200 && status < 300

/**
 * A 2xx answer: the credentials, or `ServerError` when the body is not them.
 *
 * @since 0.1.0
 * @category response
 */
export const decodeSuccess = (
  response: HttpTransport.HttpResponse,
  attempts: number
): Either.Either<Credentials.Credentials, SkillCredentialsError.ServerError> =>
  HttpWire.parseJson(response.body).pipe(
    Either.flatMap((json) => Either.mapLeft(decodeCredentials(json), describeMismatch)),
    Either.mapLeft((why) =>
      new SkillCredentialsError.ServerError({
        ...context(response, attempts),
        code: "MALFORMED_RESPONSE",
        message: `The ${response.status} response could not be read as skill credentials: ${why}.`
      })
    )
  )

/**
 * Any other answer: one of the seven errors, with what the server said. `now` resolves an HTTP
 * date in Retry-After.
 *
 * @since 0.1.0
 * @category response
 */
export const decodeFailure = (
  response: HttpTransport.HttpResponse,
  attempts: number,
  now: number
): SkillCredentialsError.SkillCredentialsError => {
  const tag = tagOfStatus(response.status)
  const body = Either.getOrUndefined(HttpWire.parseJson(response.body))
  const said = decodeErrorBody(body).pipe((o) => (o._tag === "Some" ? o.value : {}))
  const message = said.message !== undefined && HttpWire.printable(said.message, 500) !== ""
    ? HttpWire.printable(said.message, 500)
    : `${defaultMessages[tag]} (HTTP ${response.status})`
  return SkillCredentialsError.make(tag, {
    ...context(response, attempts),
    message,
    ...optional("code", said.code === undefined ? undefined : HttpWire.printable(said.code, 100)),
    ...optional("retryAfter", HttpWire.retryAfter(response.headers["retry-after"], now))
  })
}

const context = (response: HttpTransport.HttpResponse, attempts: number) => ({
  status: response.status,
  attempts,
  ...optional("requestId", HttpWire.requestId(response.headers))
})

// Names where the body went wrong, never what it held: the body holds the secret.
const describeMismatch = (error: ParseResult.ParseError): string =>
  `unexpected or missing value at ${HttpWire.mismatchPaths(error).join(", ")}`

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

// ---------------------------------------------------------------------------------------------
// failures before a response
// ---------------------------------------------------------------------------------------------

/**
 * No usable answer arrived: `Unavailable`, except a body over the size cap (`ServerError`) and a
 * request that could not be built (`BadRequest`).
 *
 * @since 0.1.0
 * @category failures
 */
export const fromTransportError = (
  error: TransportError.TransportError,
  attempts: number
): SkillCredentialsError.SkillCredentialsError => {
  const fields = { code: error.reason, message: error.message, attempts }
  switch (error.reason) {
    case "ResponseTooLarge":
      return new SkillCredentialsError.ServerError(fields)
    case "InvalidRequest":
      return new SkillCredentialsError.BadRequest(fields)
    default:
      return new SkillCredentialsError.Unavailable(fields)
  }
}

/**
 * LWA codes that mean the credentials themselves are refused.
 *
 * @since 0.1.0
 * @category failures
 */
export const lwaUnauthorizedCodes: ReadonlySet<string> = new Set([
  "invalid_grant",
  "invalid_client",
  "unauthorized_client",
  "invalid_request"
])

/**
 * A failure to get an access token, mapped onto the same seven errors.
 *
 * @since 0.1.0
 * @category failures
 */
export const fromLwaError = (
  error: LwaError.LwaError,
  attempts: number
): SkillCredentialsError.SkillCredentialsError => {
  const fields: SkillCredentialsError.Fields = {
    message: error.message,
    attempts,
    ...optional("status", error.status),
    ...optional("code", error.code),
    ...optional("requestId", error.requestId),
    ...optional("retryAfter", error.retryAfter)
  }
  switch (error.reason) {
    case "Transport":
      return SkillCredentialsError.make(error.code === "ResponseTooLarge" ? "ServerError" : "Unavailable", fields)
    case "InvalidResponse":
      return new SkillCredentialsError.ServerError(fields)
    case "Rejected":
      return error.code !== undefined && lwaUnauthorizedCodes.has(error.code)
        ? new SkillCredentialsError.Unauthorized(fields)
        : SkillCredentialsError.make(tagOfStatus(error.status ?? 500), fields)
  }
}

/**
 * The attempt ran out of time: `Unavailable`, retried.
 *
 * @since 0.1.0
 * @category failures
 */
export const attemptTimedOut = (
  timeout: Duration.Duration,
  attempts: number
): SkillCredentialsError.Unavailable =>
  new SkillCredentialsError.Unavailable({
    code: "ATTEMPT_TIMEOUT",
    message: `No answer within the attempt timeout of ${Duration.format(timeout)}.`,
    attempts
  })
