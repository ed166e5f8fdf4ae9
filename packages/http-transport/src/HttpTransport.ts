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
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as TransportError from "./TransportError.js"

/**
 * A header or body value: plain, or `Redacted` until the moment it is written to the wire.
 *
 * @since 0.1.0
 * @category models
 */
export type Value = string | Redacted.Redacted<string>

/**
 * @since 0.1.0
 * @category models
 */
export interface HttpRequest {
  readonly method: "GET" | "POST"
  readonly url: string
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, Value>>
  readonly body?: Value | undefined
  /** No complete answer within this time fails with reason `Timeout`, and aborts the request. */
  readonly timeout?: Duration.Duration | undefined
}

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
 * Every header value revealed, for the wire.
 *
 * @since 0.1.0
 * @category utils
 */
export const revealHeaders = (headers: HttpRequest["headers"]): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name in headers) out[name] = reveal(headers[name]!)
  return out
}

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
    ...(detail === undefined ? {} : { detail })
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
  /** A `ResponseTooLarge` error when the declared `content-length` is over the cap. */
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
  const send = (request: HttpRequest) => {
    const headers = revealHeaders(request.headers)
    let req = HttpClientRequest.make(request.method)(request.url, { headers })
    if (request.body !== undefined) {
      req = HttpClientRequest.setBody(
        req,
        HttpBody.text(reveal(request.body), headers["content-type"] ?? "text/plain")
      )
    }
    const onError = (error: HttpClientError.HttpClientError | TransportError.TransportError) =>
      error._tag === "TransportError"
        ? error
        : error.reason === "InvalidUrl" || error.reason === "Encode"
        ? transportError(request, "InvalidRequest", error.reason)
        : fromUnknown(request, error.cause)
    return base.execute(req).pipe(
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
          return Effect.map(response.arrayBuffer, (buffer) => answer(new Uint8Array(buffer)))
        }
        return Stream.runForEach(response.stream, (chunk) => {
          const error = limit.push(chunk)
          return error === undefined ? Effect.void : Effect.fail(error)
        }).pipe(Effect.map(() => answer(limit.bytes())))
      }),
      Effect.catchAll((error) => Effect.fail(onError(error))),
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
  layer(options).pipe(Layer.provide(FetchHttpClient.layer))
