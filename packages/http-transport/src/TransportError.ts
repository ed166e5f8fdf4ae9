/**
 * The one way an `HttpTransport` fails: no usable HTTP response arrived.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * Why the exchange failed. Every reason but `ResponseTooLarge` means no answer came back.
 *
 * @since 0.1.0
 * @category models
 */
export const TransportErrorReason = Schema.Literal(
  "ConnectionRefused",
  "ConnectionReset",
  "DnsFailure",
  "Timeout",
  "Aborted",
  "ResponseTooLarge",
  "InvalidRequest",
  "Unknown"
)

/**
 * @since 0.1.0
 * @category models
 */
export type TransportErrorReason = typeof TransportErrorReason.Type

/**
 * A failed HTTP exchange. It names the request by method and URL only: never headers or body,
 * which carry credentials.
 *
 * @since 0.1.0
 * @category errors
 */
export class TransportError extends Schema.TaggedError<TransportError>(
  "@smapi-effect/http-transport/TransportError"
)("TransportError", {
  reason: TransportErrorReason,
  method: Schema.String,
  url: Schema.String,
  /** What the platform said, e.g. `ECONNREFUSED`: a code, never a payload. */
  detail: Schema.optional(Schema.String)
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    const what = reasonText[this.reason]
    return `${what} (${this.method} ${this.url}${this.detail === undefined ? "" : `: ${this.detail}`})`
  }
}

const reasonText: Record<TransportErrorReason, string> = {
  ConnectionRefused: "connection refused",
  ConnectionReset: "connection reset before the response was complete",
  DnsFailure: "host name could not be resolved",
  Timeout: "the request timed out",
  Aborted: "the request was aborted",
  ResponseTooLarge: "the response body exceeded the size limit",
  InvalidRequest: "the request could not be sent",
  Unknown: "the request failed"
}

const codeReasons: Record<string, TransportErrorReason> = {
  ECONNREFUSED: "ConnectionRefused",
  ECONNRESET: "ConnectionReset",
  EPIPE: "ConnectionReset",
  UND_ERR_SOCKET: "ConnectionReset",
  UND_ERR_CLOSED: "ConnectionReset",
  ENOTFOUND: "DnsFailure",
  EAI_AGAIN: "DnsFailure",
  ETIMEDOUT: "Timeout",
  UND_ERR_CONNECT_TIMEOUT: "Timeout",
  UND_ERR_HEADERS_TIMEOUT: "Timeout",
  UND_ERR_BODY_TIMEOUT: "Timeout",
  UND_ERR_ABORTED: "Aborted",
  ABORT_ERR: "Aborted",
  // the platform refused to build the request: sending it again would not help
  UND_ERR_INVALID_ARG: "InvalidRequest",
  ERR_INVALID_URL: "InvalidRequest",
  ERR_INVALID_HTTP_TOKEN: "InvalidRequest",
  ERR_INVALID_CHAR: "InvalidRequest"
}

/**
 * Classifies whatever a platform threw (Node and undici error codes, fetch's `TypeError` with a
 * `cause`, `AbortError`) into a reason and a short detail, looking through `cause` chains.
 *
 * @since 0.1.0
 * @category constructors
 */
export const classify = (thrown: unknown): { readonly reason: TransportErrorReason; readonly detail: string } => {
  let current: unknown = thrown
  let detail: string | undefined
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const error = current as { readonly code?: unknown; readonly name?: unknown; readonly cause?: unknown }
    if (typeof error.code === "string") {
      detail = error.code
      const reason = codeReasons[error.code]
      if (reason !== undefined) return { reason, detail }
    }
    if (error.name === "AbortError") return { reason: "Aborted", detail: "AbortError" }
    if (error.name === "TimeoutError") return { reason: "Timeout", detail: "TimeoutError" }
    current = error.cause
  }
  // fetch reports a connection cut mid-body as a bare `TypeError: terminated`
  if (thrown instanceof Error && /terminated|other side closed|socket hang up/i.test(thrown.message)) {
    return { reason: "ConnectionReset", detail: detail ?? thrown.message }
  }
  return { reason: "Unknown", detail: detail ?? (thrown instanceof Error ? thrown.name : typeof thrown) }
}
