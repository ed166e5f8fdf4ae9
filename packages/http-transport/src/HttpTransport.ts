/**
 * `HttpTransport`: sends one HTTP request and returns status, headers and body, or fails with a
 * `TransportError`. Status codes are data here: what they mean is the caller's business.
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as Observability from "./Observability.js"
import * as Optional from "./Optional.js"
import * as TransportError from "./TransportError.js"

/**
 * A header or body value: plain, or `Redacted` until the moment it is written to the wire.
 *
 * @since 0.1.0
 * @category models
 */
export type Value = string | Redacted.Redacted<string>

/**
 * @since 0.2.0
 * @category models
 */
export type Method = "GET" | "POST" | "PUT" | "DELETE" | "HEAD" | "PATCH"

/**
 * A request body: text (JSON, a form; `Redacted` when it holds secrets) or bytes, with its type.
 *
 * @since 0.2.0
 * @category models
 */
export type Body =
  | { readonly _tag: "Text"; readonly text: Value; readonly contentType: string }
  | { readonly _tag: "Bytes"; readonly bytes: Uint8Array; readonly contentType: string }

/**
 * Query parameters; an array repeats the name (`a=1&a=2`).
 *
 * @since 0.2.0
 * @category models
 */
export type Query = Readonly<Record<string, string | ReadonlyArray<string>>>

/**
 * @since 0.1.0
 * @category models
 */
export interface HttpRequest {
  readonly method: Method
  /** Absolute `http(s)` URL, without the query when `query` is given. */
  readonly url: string
  readonly query?: Query | undefined
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, Value>>
  readonly body?: Body | undefined
  /** No complete answer within this time fails with reason `Timeout`, and aborts the request. */
  readonly timeout?: Duration.Duration | undefined
}

/**
 * A text body.
 *
 * @since 0.2.0
 * @category bodies
 */
export const text = (text: Value, contentType = "text/plain;charset=UTF-8"): Body => ({
  _tag: "Text",
  text,
  contentType
})

/**
 * A JSON body: the value serialised once, here.
 *
 * @since 0.2.0
 * @category bodies
 */
export const json = (value: unknown): Either.Either<Body, string> => {
  try {
    const serialised = JSON.stringify(value)
    return serialised === undefined
      ? Either.left("the value has no JSON form")
      : Either.right(text(serialised, "application/json"))
  } catch (error) {
    // a cycle or a BigInt: say which, never the value
    return Either.left(error instanceof Error ? error.message.split("\n")[0]!.slice(0, 120) : "not serialisable")
  }
}

/**
 * A bytes body.
 *
 * @since 0.2.0
 * @category bodies
 */
export const bytes = (bytes: Uint8Array, contentType = "application/octet-stream"): Body => ({
  _tag: "Bytes",
  bytes,
  contentType
})

/**
 * A request ready for the wire, checked once for every transport: what `prepare` gives.
 *
 * @since 0.2.0
 * @category models
 */
export interface Prepared {
  /** The full URL, query included. */
  readonly url: string
  /** `scheme://host[:port]`. */
  readonly origin: string
  /** Path and query. */
  readonly path: string
  /** Every header revealed, `content-type` from the body when not given. Do not modify. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | Uint8Array | undefined
}

const methods: ReadonlySet<string> = new Set(["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"])
const originAndPath = /^(https?:\/\/[^/?#\s@]+)(\/[^#\s]*)?$/
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// Any byte a header value may not hold: CR, LF, NUL and the other controls but tab.
// eslint-disable-next-line no-control-regex
const unsafeValue = /[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/

/**
 * Checks and reveals a request for the wire. A request that cannot be sent as it is (an unknown
 * method, a URL that is not absolute `http(s)`, a header with CR/LF or non-Latin-1 characters, a
 * query that is not well-formed Unicode) is `InvalidRequest`, the same on every transport, and is
 * never sent. Messages name the header, never its value.
 *
 * @since 0.2.0
 * @category utils
 */
export const prepare = (request: HttpRequest): Either.Either<Prepared, TransportError.TransportError> => {
  if (!methods.has(request.method)) return Either.left(invalid(request, "unsupported method"))
  let url = request.url
  if (request.query !== undefined) {
    const query = encodeQuery(request.query)
    if (query === undefined) return Either.left(invalid(request, "the query is not well-formed Unicode"))
    if (query !== "") url = `${url}${url.includes("?") ? "&" : "?"}${query}`
  }
  const target = url.includes("?") ? split(url) : splitOnce(url)
  if (target === undefined) return Either.left(invalid(request, "not an absolute http(s) URL"))
  let headers = checked.get(request.headers)
  if (headers === undefined) {
    const revealed: Record<string, string> = {}
    for (const name in request.headers) {
      const value = reveal(request.headers[name]!)
      if (!headerName.test(name)) return Either.left(invalid(request, "a header name is not a token"))
      if (unsafeValue.test(value)) {
        return Either.left(invalid(request, `the ${name} header holds characters it may not`))
      }
      revealed[name] = value
    }
    checked.set(request.headers, revealed)
    headers = revealed
  }
  const body = request.body
  if (body !== undefined && headers["content-type"] === undefined) {
    headers = { ...headers, "content-type": body.contentType }
  }
  return Either.right({
    url,
    origin: target.origin,
    path: target.path,
    headers,
    body: body === undefined ? undefined : body._tag === "Text" ? reveal(body.text) : body.bytes
  })
}

interface Split {
  readonly origin: string
  readonly path: string
}

const split = (url: string): Split | undefined => {
  const match = originAndPath.exec(url)
  return match === null ? undefined : { origin: match[1]!, path: match[2] ?? "/" }
}

// URLs without a query, split before: a client calls the same few URLs again and again, and a
// lookup is cheaper than the expression (and its match array). A URL with a query (page tokens,
// signatures) is split every time and never kept. Bounded: cleared when full.
const splits = new Map<string, Split>()
const splitOnce = (url: string): Split | undefined => {
  let found = splits.get(url)
  if (found === undefined) {
    found = split(url)
    if (found === undefined) return undefined
    if (splits.size >= 1024) splits.clear()
    splits.set(url, found)
  }
  return found
}

const encodeQuery = (query: Query): string | undefined => {
  const parts: Array<string> = []
  try {
    for (const name in query) {
      const value = query[name]!
      for (const item of typeof value === "string" ? [value] : value) {
        parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(item)}`)
      }
    }
  } catch {
    return undefined // a lone surrogate
  }
  return parts.join("&")
}

// Headers objects checked and revealed before: a client that sends the same headers object again
// (as the engine does while its token holds) is not checked twice. Request headers are read-only.
const checked = new WeakMap<HttpRequest["headers"], Readonly<Record<string, string>>>()

const invalid = (request: HttpRequest, detail: string) => transportError(request, "InvalidRequest", detail)

/**
 * @since 0.1.0
 * @category models
 */
export interface HttpResponse {
  readonly status: number
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Service {
  readonly send: (request: HttpRequest) => Effect.Effect<HttpResponse, TransportError.TransportError>
}

/**
 * @since 0.1.0
 * @category tags
 */
export class HttpTransport extends Context.Tag("@smapi-effect/http-transport/HttpTransport")<
  HttpTransport,
  Service
>() {}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Bodies larger than this fail with `ResponseTooLarge` while streaming: memory stays bounded. */
  readonly maxResponseBytes?: number | undefined
}

/**
 * The default body cap: credential and token answers are a few hundred bytes.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultMaxResponseBytes = 1024 * 1024

/**
 * Reveals a `Value` for the wire.
 *
 * @since 0.1.0
 * @category utils
 */
export const reveal = (value: Value): string => Redacted.isRedacted(value) ? Redacted.value(value) : value

/**
 * A `TransportError` naming `request`.
 *
 * @since 0.1.0
 * @category errors
 */
export const transportError = (
  request: HttpRequest,
  reason: TransportError.TransportErrorReason,
  detail?: string
): TransportError.TransportError =>
  new TransportError.TransportError({
    reason,
    method: request.method,
    url: request.url,
    ...Optional.field("detail", detail)
  })

/**
 * A `TransportError` for `thrown`, whatever it is.
 *
 * @since 0.1.0
 * @category errors
 */
export const fromUnknown = (request: HttpRequest, thrown: unknown): TransportError.TransportError => {
  const { detail, reason } = TransportError.classify(thrown)
  return transportError(request, reason, detail)
}

/**
 * The body cap every transport applies, in one place: a declared length over the cap fails at
 * once; otherwise chunks are counted as they arrive, so memory stays bounded whatever the server
 * sends.
 *
 * @since 0.1.0
 * @category models
 */
export interface BodyLimit {
  /** A `ResponseTooLarge` error when the declared `content-length` is over the cap (never for HEAD). */
  readonly checkDeclared: (headers: Readonly<Record<string, string>>) => TransportError.TransportError | undefined
  /** Keeps `chunk`, or answers `ResponseTooLarge` when it takes the body over the cap. */
  readonly push: (chunk: Uint8Array) => TransportError.TransportError | undefined
  /** The body received so far, in one buffer. */
  readonly bytes: () => Uint8Array
}

/**
 * A fresh `BodyLimit` for one response to `request`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const bodyLimit = (request: HttpRequest, maxBytes: number): BodyLimit => {
  const chunks: Array<Uint8Array> = []
  let size = 0
  return {
    checkDeclared: (headers) => {
      // a HEAD answer's content-length is the size of the body a GET would get: none comes here
      if (request.method === "HEAD") return undefined
      const declared = Number(headers["content-length"])
      return declared > maxBytes ? transportError(request, "ResponseTooLarge", `content-length ${declared}`) : undefined
    },
    push: (chunk) => {
      size += chunk.length
      if (size > maxBytes) return transportError(request, "ResponseTooLarge", `more than ${maxBytes} bytes`)
      chunks.push(chunk)
      return undefined
    },
    bytes: () => {
      if (chunks.length === 1) return chunks[0]!
      const out = new Uint8Array(size)
      let offset = 0
      for (const chunk of chunks) {
        out.set(chunk, offset)
        offset += chunk.length
      }
      return out
    }
  }
}

// The longest delay a timer holds: Node and browsers fire a longer one at once, and Effect's own
// clock never fires one.
const maxTimerMillis = 2 ** 31 - 1

/**
 * The delay of the native timer that enforces `request.timeout`, or `undefined` when no timer is
 * needed: no timeout, or one longer than a timer can hold (about 24.8 days), which, as on Effect's
 * clock, never fires.
 *
 * @since 0.2.0
 * @category utils
 */
export const timerMillis = (request: HttpRequest): number | undefined => {
  if (request.timeout === undefined) return undefined
  const millis = Duration.toMillis(request.timeout)
  return millis <= maxTimerMillis ? millis : undefined
}

/**
 * The `Timeout` error for `request`, whichever clock measured it.
 *
 * @since 0.1.0
 * @category errors
 */
export const timedOut = (request: HttpRequest): TransportError.TransportError =>
  transportError(
    request,
    "Timeout",
    `no complete answer within ${Duration.format(request.timeout ?? Duration.zero)}`
  )

/**
 * Applies `request.timeout` on the Effect `Clock` (so on `TestClock` in tests), interrupting,
 * and so aborting, the exchange.
 *
 * @since 0.1.0
 * @category utils
 */
export const withTimeout = <A, R>(
  effect: Effect.Effect<A, TransportError.TransportError, R>,
  request: HttpRequest
): Effect.Effect<A, TransportError.TransportError, R> =>
  request.timeout === undefined
    ? effect
    : Effect.timeoutFail(effect, { duration: request.timeout, onTimeout: () => timedOut(request) })

/**
 * An `HttpTransport` over any `@effect/platform` `HttpClient` (fetch, Node, Bun, browsers).
 * Interrupting `send` interrupts the client's request, which aborts it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromHttpClient = (client: HttpClient.HttpClient, options: Options = {}): Service => {
  const maxBytes = options.maxResponseBytes ?? defaultMaxResponseBytes
  // A third-party API: our trace ids are none of its business.
  const base = HttpClient.withTracerPropagation(client, false)
  const send = (request: HttpRequest): Effect.Effect<HttpResponse, TransportError.TransportError> => {
    const prepared = prepare(request)
    if (Either.isLeft(prepared)) return Effect.fail(prepared.left)
    const { body, headers, url } = prepared.right
    let req = HttpClientRequest.make(request.method)(url, { headers })
    if (body !== undefined) {
      const contentType = headers["content-type"]!
      req = HttpClientRequest.setBody(
        req,
        typeof body === "string" ? HttpBody.text(body, contentType) : HttpBody.uint8Array(body, contentType)
      )
    }
    const onError = (error: HttpClientError.HttpClientError) =>
      error.reason === "InvalidUrl" || error.reason === "Encode"
        ? transportError(request, "InvalidRequest", error.reason)
        : fromUnknown(request, error.cause)
    return Observability.tracedOnlyWhenRecording(base.execute(req)).pipe(
      Effect.mapError(onError),
      Effect.flatMap((response) => {
        const limit = bodyLimit(request, maxBytes)
        const tooLarge = limit.checkDeclared(response.headers)
        if (tooLarge !== undefined) return Effect.fail(tooLarge)
        const answer = (body: Uint8Array): HttpResponse => ({
          status: response.status,
          headers: response.headers,
          body
        })
        // A declared length within the cap (the usual case) is read in one go. Streaming with a
        // running count is for answers that do not say how long they are, and for compressed ones,
        // which fetch inflates past their declared length.
        const encoding = response.headers["content-encoding"]
        if (
          Number(response.headers["content-length"]) >= 0 && (encoding === undefined || encoding === "identity")
        ) {
          return Effect.map(
            Effect.mapError(response.arrayBuffer, (error) => fromUnknown(request, error.cause)),
            (buffer) => answer(new Uint8Array(buffer))
          )
        }
        // The stream's own fiber must end without failing (a failed fiber is reported even when
        // joined): errors and the cap stop it as values, and fail here, in the caller's fiber.
        let failure: TransportError.TransportError | undefined
        return Stream.runForEachWhile(Stream.either(response.stream), (chunk) =>
          Effect.sync(() => {
            if (Either.isRight(chunk)) failure = limit.push(chunk.right)
            // no body at all (a 204, a HEAD) is an empty body, not an error
            else if (chunk.left.reason !== "EmptyBody") failure = fromUnknown(request, chunk.left.cause)
            return failure === undefined
          })).pipe(
            Effect.flatMap(() => failure === undefined ? Effect.succeed(answer(limit.bytes())) : Effect.fail(failure))
          )
      }),
      (effect) => withTimeout(effect, request)
    )
  }
  return HttpTransport.of({ send })
}

/**
 * The portable layer: an `HttpTransport` over the `HttpClient` in context.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<HttpTransport, never, HttpClient.HttpClient> =>
  Layer.effect(HttpTransport, Effect.map(HttpClient.HttpClient, (client) => fromHttpClient(client, options)))

/**
 * The portable layer over the global `fetch`: Node 20+, Bun, Deno, browsers and edge runtimes.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerFetch = (options: Options = {}): Layer.Layer<HttpTransport> =>
  layer(options).pipe(
    Layer.provide(FetchHttpClient.layer),
    // a 303 (or any redirect) is the operation's answer, and a bearer token must not follow it elsewhere
    Layer.provide(Layer.succeed(FetchHttpClient.RequestInit, { redirect: "manual" }))
  )
