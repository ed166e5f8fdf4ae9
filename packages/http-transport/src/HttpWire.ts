/**
 * HTTP semantics shared by every API client here: `Retry-After`, request ids, reading JSON from
 * bytes, and making server text safe to show.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"

const imfDate = /[A-Za-z]{3}.*\d{1,2}:\d{2}:\d{2}/

/**
 * `Retry-After` as a wait from `now`: delta-seconds or an HTTP date; anything else is ignored.
 *
 * @since 0.1.0
 * @category headers
 */
export const retryAfter = (value: string | undefined, now: number): Duration.Duration | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d{1,10}$/.test(trimmed)) return Duration.seconds(Number(trimmed))
  if (!imfDate.test(trimmed)) return undefined
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Duration.millis(Math.max(0, at - now))
}

const requestIdHeaders = ["x-amzn-requestid", "x-amzn-request-id", "x-amz-request-id", "x-request-id"]

/**
 * The request id a response carries, if any (Amazon's header names first).
 *
 * @since 0.1.0
 * @category headers
 */
export const requestId = (headers: Readonly<Record<string, string>>): string | undefined => {
  for (const name of requestIdHeaders) {
    const value = headers[name]
    if (value !== undefined && value.trim() !== "") return printable(value, 200)
  }
  return undefined
}

/**
 * What an error built from a response says of it: its status and, when it has one, its request id.
 *
 * @since 0.2.0
 * @category headers
 */
export const responseContext = (response: {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
}): { readonly status: number; readonly requestId?: string } => {
  const id = requestId(response.headers)
  return id === undefined ? { status: response.status } : { status: response.status, requestId: id }
}

/**
 * Server text made safe for a terminal or a log: one line, no control characters, bounded.
 *
 * @since 0.1.0
 * @category text
 */
export const printable = (text: string, max: number): string => {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * A body as JSON, or why it is not: invalid UTF-8 is refused rather than silently replaced.
 *
 * @since 0.1.0
 * @category body
 */
export const parseJson = (body: Uint8Array): Either.Either<unknown, string> => {
  let text: string
  try {
    text = utf8.decode(body)
  } catch {
    return Either.left("it is not valid UTF-8")
  }
  try {
    return Either.right(JSON.parse(text))
  } catch {
    return Either.left(text.trim() === "" ? "it is empty" : "it is not valid JSON")
  }
}

/**
 * Visible ASCII only: what may go in a header such as `Authorization` without corrupting it.
 *
 * @since 0.1.0
 * @category headers
 */
export const isHeaderSafe = (value: string): boolean => /^[\x21-\x7e]+$/.test(value)

/**
 * Where a decoded body did not match its schema, as property paths, e.g. `a.b`. It never
 * formats a value: the body may hold a secret, and pretty-printing a hostile, deeply nested
 * value would overflow the stack (which Schema's own formatters do).
 *
 * @since 0.1.0
 * @category body
 */
export const mismatchPaths = (error: ParseResult.ParseError, max = 3): ReadonlyArray<string> => {
  const found = new Set<string>()
  const walk = (issue: ParseResult.ParseIssue, path: ReadonlyArray<PropertyKey>, depth: number): void => {
    if (found.size >= max || depth > 50) return
    switch (issue._tag) {
      case "Pointer":
        return walk(issue.issue, [...path, ...(Array.isArray(issue.path) ? issue.path : [issue.path])], depth + 1)
      case "Composite":
        for (const inner of Array.isArray(issue.issues) ? issue.issues : [issue.issues]) walk(inner, path, depth + 1)
        return
      case "Refinement":
      case "Transformation":
        return walk(issue.issue, path, depth + 1)
      default:
        found.add(path.length === 0 ? "(root)" : path.map(String).join("."))
    }
  }
  walk(error.issue, [], 0)
  return [...found]
}
