/**
 * Faults the emulator can play instead of (or before) a normal answer, one per request, in order.
 *
 * @since 0.1.0
 */

/**
 * @since 0.1.0
 * @category models
 */
export type Fault =
  /** Answer this status, body (an object is sent as JSON) and headers instead. */
  | {
    readonly _tag: "Status"
    readonly status: number
    readonly body?: unknown
    readonly headers?: Readonly<Record<string, string>>
  }
  /** Wait, then answer normally (or play `then`). */
  | { readonly _tag: "Latency"; readonly millis: number; readonly then?: Fault | undefined }
  /** Close the connection before any header is sent. */
  | { readonly _tag: "DropBeforeHeaders" }
  /** Send the headers and part of the body, then reset the connection. */
  | { readonly _tag: "DropDuringBody" }
  /** Send the headers, then nothing, ever (until the client gives up). */
  | { readonly _tag: "StallAfterHeaders" }
  /** Send a normal answer one chunk of `bytes` every `intervalMillis`. */
  | { readonly _tag: "Drip"; readonly bytes: number; readonly intervalMillis: number }
  /** Answer 200 with exactly these bytes. */
  | { readonly _tag: "Raw"; readonly status: number; readonly body: string | Uint8Array }

/**
 * An error status; `retryAfter` becomes the `Retry-After` header as it is given.
 *
 * @since 0.1.0
 * @category constructors
 */
export const status = (
  code: number,
  options: {
    readonly body?: unknown
    readonly retryAfter?: string | number
    readonly headers?: Record<string, string>
  } = {}
): Fault => ({
  _tag: "Status",
  status: code,
  body: options.body ?? { message: `Injected fault: HTTP ${code}` },
  headers: {
    ...options.headers,
    ...(options.retryAfter === undefined ? {} : { "retry-after": String(options.retryAfter) })
  }
})

/**
 * @since 0.1.0
 * @category constructors
 */
export const latency = (millis: number, then?: Fault): Fault => ({ _tag: "Latency", millis, then })

/**
 * @since 0.1.0
 * @category constructors
 */
export const dropBeforeHeaders: Fault = { _tag: "DropBeforeHeaders" }

/**
 * @since 0.1.0
 * @category constructors
 */
export const dropDuringBody: Fault = { _tag: "DropDuringBody" }

/**
 * @since 0.1.0
 * @category constructors
 */
export const stallAfterHeaders: Fault = { _tag: "StallAfterHeaders" }

/**
 * @since 0.1.0
 * @category constructors
 */
export const drip = (bytes: number, intervalMillis: number): Fault => ({ _tag: "Drip", bytes, intervalMillis })

/**
 * A 200 (or `status`) with exactly `body`: malformed JSON, invalid UTF-8, a huge payload, ….
 *
 * @since 0.1.0
 * @category constructors
 */
export const raw = (body: string | Uint8Array, code = 200): Fault => ({ _tag: "Raw", status: code, body })

/**
 * No fault: answer this request normally. For interleaving faults with normal answers.
 *
 * @since 0.1.0
 * @category constructors
 */
export const pass: Fault = { _tag: "Latency", millis: 0 }
