/**
 * The wire contract of every SMAPI operation in one place: how a description and its input become
 * a request, and what every possible answer, or failure to answer, means.
 *
 * @since 0.2.0
 */
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import * as Optional from "@smapi-effect/http-transport/Optional"
import type * as TransportError from "@smapi-effect/http-transport/TransportError"
import type * as LwaError from "@smapi-effect/lwa-auth/LwaError"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Operation from "./Operation.js"
import * as SmapiError from "./SmapiError.js"
import * as Version from "./Version.js"

/**
 * @since 0.2.0
 * @category constants
 */
export const defaultEndpoint = "https://api.amazonalexa.com"

/**
 * @since 0.2.0
 * @category constants
 */
export const userAgent = `smapi-effect/${Version.version}`

// ---------------------------------------------------------------------------------------------
// request
// ---------------------------------------------------------------------------------------------

/**
 * What a call sends on every attempt, built once from the input: everything but the token.
 *
 * @since 0.2.0
 * @category request
 */
export interface Target {
  readonly method: HttpTransport.Method
  readonly url: string
  readonly query: HttpTransport.Query | undefined
  readonly headers: Readonly<Record<string, string>>
  readonly body: HttpTransport.Body | undefined
  /** The path parameters as sent, for spans and logs. */
  readonly pathParameters: Readonly<Record<string, string>>
  /**
   * Whether sending it again after a timeout or a 5xx is harmless: the operation is idempotent and
   * the write is not conditional (a retried `If-Match` write that had succeeded would answer 412).
   */
  readonly idempotent: boolean
}

const placeholder = /\{([^}]+)\}/g

/**
 * Validates `input` against the operation's parameters and builds what every attempt sends, or
 * fails with `BadRequest` before anything is sent. A path parameter is always exactly one segment.
 * The body is JSON, unless a `content-type` header parameter names another type and the body is a
 * string: then it is sent as it is (`text/csv`). An `accept` header parameter replaces the
 * default `accept: application/json`.
 *
 * @since 0.2.0
 * @category request
 */
export const target = <I, A, E>(
  operation: Operation.Operation<I, A, E>,
  endpoint: string,
  input: I
): Either.Either<Target, SmapiError.BadRequest> => {
  const encoded = operation.encode(input)
  if (Either.isLeft(encoded)) return Either.left(invalidInput(encoded.left))
  const values = encoded.right
  const pathParameters: Record<string, string> = {}
  let query: Record<string, string | ReadonlyArray<string>> | undefined
  let headers: Record<string, string> = baseHeaders
  let body: unknown
  for (const name in operation.parameters) {
    const value = values[name]
    if (value === undefined) continue
    const parameter = operation.parameters[name]!
    const wireName = parameter.wireName ?? name
    switch (parameter.in) {
      case "path": {
        const segment = pathSegment(String(value))
        if (segment === undefined) return Either.left(invalidPathParameter(name))
        pathParameters[name] = segment
        break
      }
      case "query":
        ;(query ??= {})[wireName] = Array.isArray(value) ? value.map(String) : String(value)
        break
      case "header":
        headers = { ...headers, [wireName]: String(value) }
        break
      case "body":
        body = value
    }
  }
  let sent: HttpTransport.Body | undefined
  if (body !== undefined) {
    const serialised = bodyOf(body, headers["content-type"])
    if (Either.isLeft(serialised)) {
      return Either.left(beforeSending("INVALID_BODY", `The body cannot be sent: ${serialised.left}.`))
    }
    sent = serialised.right
  }
  return Either.right({
    method: operation.method,
    url: endpoint + fillPath(operation, pathParameters),
    query,
    headers,
    body: sent,
    pathParameters,
    idempotent: operation.idempotent && headers["if-match"] === undefined
  })
}

const jsonType = /^\s*application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

// A string declared as another type than JSON (the CSV of NLU annotations) goes as it is, not quoted.
const bodyOf = (value: unknown, contentType: string | undefined): Either.Either<HttpTransport.Body, string> =>
  typeof value === "string" && contentType !== undefined && !jsonType.test(contentType)
    ? Either.right(HttpTransport.text(value, contentType))
    : HttpTransport.json(value)

// Each template split once into literal text and parameter names (odd places), not matched per call.
const templates = new Map<string, ReadonlyArray<string>>()
const fillPath = <I, A, E>(
  operation: Operation.Operation<I, A, E>,
  values: Readonly<Record<string, string>>
): string => {
  let parts = templates.get(operation.path)
  if (parts === undefined) {
    parts = operation.path.split(placeholder)
    templates.set(operation.path, parts)
  }
  let path = parts[0]!
  for (let i = 1; i < parts.length; i += 2) path += values[parts[i]!]! + parts[i + 1]!
  return path
}

const baseHeaders: Readonly<Record<string, string>> = { accept: "application/json", "user-agent": userAgent }

// URL parsers resolve "." and ".." as dot segments, even percent-encoded, and a lone surrogate
// has no encoding: neither can stay one segment.
const unreserved = /^[A-Za-z0-9._~-]+$/
const pathSegment = (value: string): string | undefined => {
  // "" would collapse the path onto its parent (DELETE /v1/skills/ is not DELETE /v1/skills/{id})
  if (value === "" || value === "." || value === "..") return undefined
  // ids are usually unreserved characters, which encode to themselves
  if (unreserved.test(value)) return value
  try {
    return encodeURIComponent(value)
  } catch {
    return undefined
  }
}

const constantCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()

const invalidPathParameter = (name: string) =>
  beforeSending(
    `INVALID_${constantCase(name)}`,
    `${name} cannot be sent as one path segment: it is empty, "." or "..", or not well-formed Unicode.`
  )

/**
 * A `BadRequest` raised before anything was sent: no status, no attempts.
 *
 * @since 0.2.0
 * @category request
 */
export const beforeSending = (code: string, message: string): SmapiError.BadRequest =>
  new SmapiError.BadRequest({ code, message: `${message} Nothing was sent.`, attempts: 0 })

// The first problem, by parameter name and the constraint's own words; never the value.
const invalidInput = (error: ParseResult.ParseError): SmapiError.BadRequest => {
  let path: ReadonlyArray<PropertyKey> = []
  let issue: ParseResult.ParseIssue = error.issue
  let code = "INVALID_PARAMETER"
  let message: string | undefined
  for (let depth = 0; depth < 50; depth++) {
    if (issue._tag === "Pointer") {
      path = [...path, ...(Array.isArray(issue.path) ? issue.path : [issue.path])]
      issue = issue.issue
    } else if (issue._tag === "Composite") {
      issue = Array.isArray(issue.issues) ? issue.issues[0] : issue.issues
    } else if (issue._tag === "Refinement") {
      const annotated = issue.ast.annotations[Operation.ErrorCode]
      if (typeof annotated === "string") code = annotated
      if (issue.kind === "Predicate" && issue.issue._tag === "Type" && issue.issue.message !== undefined) {
        message = issue.issue.message
        break
      }
      issue = issue.issue
    } else if (issue._tag === "Transformation") {
      issue = issue.issue
    } else {
      message = issue._tag === "Missing" ? "is required" : "has the wrong type or value"
      break
    }
  }
  const name = path.length === 0 ? "the input" : path.map(String).join(".")
  return beforeSending(code, `${name} ${message ?? "is invalid"}.`)
}

// Per access token, computed once: whether it may go in a header, and its `Bearer` value.
const bearers = new WeakMap<Redacted.Redacted<string>, Redacted.Redacted<string> | null>()

/**
 * The `Authorization` value for `token`, or `undefined` for a token that cannot be sent in a header.
 *
 * @since 0.2.0
 * @category request
 */
export const bearer = (token: Redacted.Redacted<string>): Redacted.Redacted<string> | undefined => {
  let value = bearers.get(token)
  if (value === undefined) {
    const raw = Redacted.value(token)
    value = HttpWire.isHeaderSafe(raw) ? Redacted.make(`Bearer ${raw}`) : null
    bearers.set(token, value)
  }
  return value ?? undefined
}

/**
 * The request of one attempt.
 *
 * @since 0.2.0
 * @category request
 */
export const request = (
  target: Target,
  authorization: Redacted.Redacted<string>,
  timeout: Duration.Duration
): HttpTransport.HttpRequest => ({
  method: target.method,
  url: target.url,
  query: target.query,
  headers: target.headers === baseHeaders ? sharedHeaders(authorization) : { ...target.headers, authorization },
  body: target.body,
  timeout
})

// One headers object per token: the transport checks (and caches) a headers object once.
const withAuthorization = new WeakMap<Redacted.Redacted<string>, Readonly<Record<string, HttpTransport.Value>>>()
const sharedHeaders = (authorization: Redacted.Redacted<string>) => {
  let headers = withAuthorization.get(authorization)
  if (headers === undefined) {
    headers = { ...baseHeaders, authorization }
    withAuthorization.set(authorization, headers)
  }
  return headers
}

/**
 * The token LWA gave cannot be sent (spaces, CR/LF or non-ASCII): `Unauthorized`.
 *
 * @since 0.2.0
 * @category request
 */
export const unsendableToken = (attempts: number): SmapiError.Unauthorized =>
  new SmapiError.Unauthorized({
    code: "INVALID_ACCESS_TOKEN",
    message: "The access token holds characters that cannot be sent in an HTTP header (spaces, CR/LF or non-ASCII).",
    attempts
  })

// ---------------------------------------------------------------------------------------------
// response
// ---------------------------------------------------------------------------------------------

/**
 * The error tag for an HTTP status that is not a success.
 *
 * @since 0.2.0
 * @category response
 */
export const tagOfStatus = (status: number): SmapiError.Tag => {
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

/**
 * The error tag for `status` from an operation that declares the error statuses `declared`: 409
 * and 412 are `Conflict` and `PreconditionFailed` when declared, else as `tagOfStatus` says.
 *
 * @since 0.3.0
 * @category response
 */
export const tagOfDeclaredStatus = (status: number, declared: ReadonlyArray<number>): SmapiError.AnyTag =>
  status === 409 && declared.includes(409)
    ? "Conflict"
    : status === 412 && declared.includes(412)
    ? "PreconditionFailed"
    : tagOfStatus(status)

const defaultMessages: Record<SmapiError.AnyTag, string> = {
  BadRequest: "The request was rejected as invalid.",
  Unauthorized: "The access token was rejected: check the LWA refresh token or client credentials.",
  Forbidden: "The access token is valid but may not do this.",
  NotFound: "The resource was not found for this vendor.",
  RateLimited: "Too many requests: the rate limit was exceeded.",
  ServerError: "The server failed to handle the request.",
  Unavailable: "The service is unavailable.",
  Conflict: "The resource changed or is busy: read it again, or wait for the work in progress.",
  PreconditionFailed: "The resource changed since it was read (its ETag no longer matches)."
}

/**
 * What an answer means for `operation`: its decoded success, or one of its errors, with what the
 * server said. A status the operation lists is decoded by its decoder; another 2xx by the first
 * one; anything else is an error. `now` resolves an HTTP date in Retry-After. Total: no status,
 * header or body makes it throw.
 *
 * @since 0.2.0
 * @category response
 */
export const decode = <I, A, E>(
  operation: Operation.Operation<I, A, E>,
  response: HttpTransport.HttpResponse,
  attempts: number,
  now: number
): Either.Either<A, E> => {
  const decoder = operation.responses[response.status] ??
    (response.status >= 200 && response.status < 300 ? firstResponse(operation) : undefined)
  // the operation's error type admits every tag its declared statuses can give
  if (decoder === undefined) return Either.left(decodeFailure(response, attempts, now, operation.errors) as E)
  const decoded = decoder.decode(response)
  if (Either.isRight(decoded)) return decoded as Either.Either<A, never>
  return Either.left(
    new SmapiError.ServerError({
      ...context(response, attempts),
      code: "MALFORMED_RESPONSE",
      message: `The ${response.status} response to ${operation.id} could not be read: ${decoded.left}.`
    }) as E
  )
}

const firstResponse = <I, A, E>(operation: Operation.Operation<I, A, E>) => {
  for (const status in operation.responses) return operation.responses[status]
  return undefined
}

/**
 * An answer that is not a success: one of the errors, with what the server said (its `code`,
 * `message`, a `BadRequestError`'s `violations`, a `StandardizedError`'s `validationDetails`),
 * all made printable and bounded. 409 and 412 are `Conflict` and `PreconditionFailed` only when
 * `declared` lists them.
 *
 * @since 0.2.0
 * @category response
 */
export const decodeFailure = (
  response: HttpTransport.HttpResponse,
  attempts: number,
  now: number,
  declared: ReadonlyArray<number> = []
): SmapiError.Any => {
  const tag = tagOfDeclaredStatus(response.status, declared)
  const said = errorBody(Either.getOrUndefined(HttpWire.parseJson(response.body)))
  return SmapiError.makeAny(tag, {
    ...context(response, attempts),
    message: said.message ?? said.violations?.[0]?.message ?? `${defaultMessages[tag]} (HTTP ${response.status})`,
    ...Optional.field("code", said.code),
    ...Optional.field("violations", said.violations),
    ...Optional.field("validationDetails", said.validationDetails),
    ...Optional.field("retryAfter", HttpWire.retryAfter(response.headers["retry-after"], now))
  })
}

interface Said {
  readonly message?: string | undefined
  readonly code?: string | undefined
  readonly violations?: ReadonlyArray<{ readonly code?: string; readonly message: string }> | undefined
  readonly validationDetails?: unknown
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

// Server text, one printable line within `max`; nothing when there is none.
const said = (u: unknown, max: number): string | undefined => {
  if (typeof u !== "string") return undefined
  const line = HttpWire.printable(u, max)
  return line === "" ? undefined : line
}

const maxViolations = 20

// Each field is read on its own: one malformed field must not lose the others.
const errorBody = (body: unknown): Said => {
  if (!isRecord(body)) return {}
  const violations = Array.isArray(body.violations)
    ? body.violations.slice(0, maxViolations).flatMap((v) => {
      if (!isRecord(v)) return []
      const message = said(v.message, 500)
      const code = said(v.code, 100)
      if (message === undefined && code === undefined) return []
      return [{ ...Optional.field("code", code), message: message ?? "" }]
    })
    : []
  const details = body.validationDetails === undefined ? undefined : bounded(body.validationDetails)
  return {
    message: said(body.message, 500),
    code: said(body.code, 100),
    violations: violations.length === 0 ? undefined : violations,
    validationDetails: details
  }
}

// Names that may hold a secret: such a field is left out of what an error keeps.
const secretName = /secret|token|password|authori[sz]ation|credential|cookie/i

/**
 * A JSON value from an error body, made safe to keep in an error: every string printable and
 * bounded as a message is, at most 6 levels deep, 50 items or keys per level and 500 values in
 * all; fields whose names may hold a secret are left out. Total: any value gives an answer.
 *
 * @since 0.3.0
 * @category response
 */
export const bounded = (value: unknown): unknown => {
  let budget = 500
  const walk = (u: unknown, depth: number): unknown => {
    if (budget-- <= 0) return undefined
    if (typeof u === "string") return HttpWire.printable(u, 500)
    if (typeof u === "number" || typeof u === "boolean" || u === null) return u
    if (depth >= 6) return undefined
    if (Array.isArray(u)) {
      const out: Array<unknown> = []
      for (const item of u.slice(0, 50)) {
        const kept = walk(item, depth + 1)
        if (kept !== undefined) out.push(kept)
      }
      return out
    }
    if (isRecord(u)) {
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(u).slice(0, 50)) {
        if (secretName.test(key) || key === "__proto__") continue
        const kept = walk(u[key], depth + 1)
        if (kept !== undefined) out[HttpWire.printable(key, 100)] = kept
      }
      return out
    }
    return undefined
  }
  return walk(value, 0)
}

/**
 * What every error built from a response carries: status, request id, attempts.
 *
 * @since 0.2.0
 * @category response
 */
export const context = (response: HttpTransport.HttpResponse, attempts: number) => ({
  ...HttpWire.responseContext(response),
  attempts
})

// ---------------------------------------------------------------------------------------------
// failures before a response
// ---------------------------------------------------------------------------------------------

/**
 * No usable answer arrived: `Unavailable`, except a body over the size cap (`ServerError`), a
 * request that could not be built (`BadRequest`), and a timeout (`attemptTimedOut`).
 *
 * @since 0.2.0
 * @category failures
 */
export const fromTransportError = (
  error: TransportError.TransportError,
  attempts: number,
  timeout: Duration.Duration
): SmapiError.SmapiError => {
  const fields = { code: error.reason, message: error.message, attempts }
  switch (error.reason) {
    case "ResponseTooLarge":
      return new SmapiError.ServerError(fields)
    case "InvalidRequest":
      return new SmapiError.BadRequest({ ...fields, message: `${error.message}. Nothing was sent.` })
    case "Timeout":
      return attemptTimedOut(timeout, attempts)
    default:
      return new SmapiError.Unavailable(fields)
  }
}

/**
 * LWA codes that mean the credentials themselves are refused.
 *
 * @since 0.2.0
 * @category failures
 */
export const lwaUnauthorizedCodes: ReadonlySet<string> = new Set([
  "invalid_grant",
  "invalid_client",
  "unauthorized_client",
  "invalid_request"
])

/**
 * A failure to get an access token, mapped onto the same errors: LWA's own status, code and
 * Retry-After are kept.
 *
 * @since 0.2.0
 * @category failures
 */
export const fromLwaError = (error: LwaError.LwaError, attempts: number): SmapiError.SmapiError => {
  const fields: SmapiError.Fields = {
    message: error.message,
    attempts,
    ...Optional.field("status", error.status),
    ...Optional.field("code", error.code),
    ...Optional.field("requestId", error.requestId),
    ...Optional.field("retryAfter", error.retryAfter)
  }
  switch (error.reason) {
    case "Transport":
      // a token request the transport refused to send (a bad proxy URL, say) fails the same way
      // on every attempt: not retried, like a SMAPI request refused before sending
      return error.code === "InvalidRequest"
        ? new SmapiError.BadRequest({ ...fields, message: `${error.message}. Nothing was sent.` })
        : SmapiError.make(error.code === "ResponseTooLarge" ? "ServerError" : "Unavailable", fields)
    case "InvalidResponse":
      return new SmapiError.ServerError(fields)
    case "Rejected":
      return error.code !== undefined && lwaUnauthorizedCodes.has(error.code)
        ? new SmapiError.Unauthorized(fields)
        : SmapiError.make(tagOfStatus(error.status ?? 500), fields)
  }
}

/**
 * The attempt ran out of time, waiting for a token or for the answer: `Unavailable`.
 *
 * @since 0.2.0
 * @category failures
 */
export const attemptTimedOut = (timeout: Duration.Duration, attempts: number): SmapiError.Unavailable =>
  new SmapiError.Unavailable({
    code: "ATTEMPT_TIMEOUT",
    message: `No answer within the attempt timeout of ${Duration.format(timeout)}.`,
    attempts
  })
