/**
 * Faults the emulator can play instead of (or before) a normal answer, one per request, in order.
 * The same faults, as JSON, are what its HTTP control route takes (`Json`).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

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

const Millis = Schema.Int.pipe(Schema.between(0, 600_000))

/**
 * A fault as JSON, for the control route: the `_tag`s and fields of `Fault`, plus `Pass` (answer
 * normally), `retryAfter` on `Status`, and `bodyBase64` on `Raw` for bytes that are not UTF-8.
 *
 * @since 0.1.0
 * @category models
 */
export type Json =
  | {
    readonly _tag: "Status"
    readonly status: number
    readonly body?: unknown
    readonly headers?: { readonly [name: string]: string } | undefined
    readonly retryAfter?: string | number | undefined
  }
  | { readonly _tag: "Latency"; readonly millis: number; readonly then?: Json | undefined }
  | { readonly _tag: "DropBeforeHeaders" }
  | { readonly _tag: "DropDuringBody" }
  | { readonly _tag: "StallAfterHeaders" }
  | { readonly _tag: "Drip"; readonly bytes: number; readonly intervalMillis: number }
  | {
    readonly _tag: "Raw"
    readonly status?: number | undefined
    readonly body?: string | undefined
    readonly bodyBase64?: string | undefined
  }
  | { readonly _tag: "Pass" }

/**
 * The schema of `Json`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Json: Schema.Schema<Json> = Schema.Union(
  Schema.Struct({
    _tag: Schema.Literal("Status"),
    status: Schema.Int.pipe(Schema.between(100, 599)),
    body: Schema.optional(Schema.Unknown),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    retryAfter: Schema.optional(Schema.Union(Schema.String, Schema.Number))
  }),
  Schema.Struct({
    _tag: Schema.Literal("Latency"),
    millis: Millis,
    then: Schema.optional(Schema.suspend((): Schema.Schema<Json> => Json))
  }),
  Schema.TaggedStruct("DropBeforeHeaders", {}),
  Schema.TaggedStruct("DropDuringBody", {}),
  Schema.TaggedStruct("StallAfterHeaders", {}),
  Schema.TaggedStruct("Drip", { bytes: Schema.Int.pipe(Schema.between(1, 65_536)), intervalMillis: Millis }),
  Schema.Struct({
    _tag: Schema.Literal("Raw"),
    status: Schema.optional(Schema.Int.pipe(Schema.between(100, 599))),
    body: Schema.optional(Schema.String),
    bodyBase64: Schema.optional(Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9+/]*={0,2}$/)))
  }),
  Schema.TaggedStruct("Pass", {})
)

/**
 * The fault a `Json` describes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromJson = (json: Json): Fault => {
  switch (json._tag) {
    case "Status":
      return status(json.status, {
        ...(json.body === undefined ? {} : { body: json.body }),
        ...(json.headers === undefined ? {} : { headers: json.headers }),
        ...(json.retryAfter === undefined ? {} : { retryAfter: json.retryAfter })
      })
    case "Latency":
      return latency(json.millis, json.then === undefined ? undefined : fromJson(json.then))
    case "DropBeforeHeaders":
      return dropBeforeHeaders
    case "DropDuringBody":
      return dropDuringBody
    case "StallAfterHeaders":
      return stallAfterHeaders
    case "Drip":
      return drip(json.bytes, json.intervalMillis)
    case "Raw":
      return raw(
        json.bodyBase64 !== undefined
          ? Uint8Array.from(atob(json.bodyBase64), (c) => c.charCodeAt(0))
          : json.body ?? "",
        json.status
      )
    case "Pass":
      return pass
  }
}
