/**
 * A test `HttpTransport`: answers from a handler or a script, records every request, and can
 * delay (on `TestClock`) or fail the way a network does. No socket is opened.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import * as HttpTransport from "./HttpTransport.js"
import type * as TransportError from "./TransportError.js"

/**
 * What a test sees of the transport.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** Every request sent so far, in order, including those still in flight or interrupted. */
  readonly requests: Effect.Effect<ReadonlyArray<HttpTransport.HttpRequest>>
  /** How many requests were interrupted before their answer. */
  readonly interrupted: Effect.Effect<number>
}

/**
 * @since 0.1.0
 * @category tags
 */
export class TestHttpTransport extends Context.Tag("@smapi-effect/http-transport/TestHttpTransport")<
  TestHttpTransport,
  Service
>() {}

/**
 * Answers one request; `index` counts requests from 0.
 *
 * @since 0.1.0
 * @category models
 */
export type Handler = (
  request: HttpTransport.HttpRequest,
  index: number
) => Effect.Effect<HttpTransport.HttpResponse, TransportError.TransportError>

/**
 * One scripted answer: a response, a network failure, or a step of either that takes time.
 *
 * @since 0.1.0
 * @category models
 */
export type Step =
  | HttpTransport.HttpResponse
  | { readonly _tag: "Fail"; readonly reason: TransportError.TransportErrorReason }
  | { readonly _tag: "Delay"; readonly duration: Duration.Duration; readonly then: Step }

const encoder = new TextEncoder()

/**
 * A response; a string or bytes body is sent as it is, anything else as JSON.
 *
 * @since 0.1.0
 * @category steps
 */
export const respond = (
  status: number,
  body: unknown = "",
  headers: Readonly<Record<string, string>> = {}
): HttpTransport.HttpResponse => {
  const json = typeof body !== "string" && !(body instanceof Uint8Array)
  return {
    status,
    headers: { ...(json ? { "content-type": "application/json" } : {}), ...lowerCase(headers) },
    body: body instanceof Uint8Array ? body : encoder.encode(json ? JSON.stringify(body) : String(body))
  }
}

/**
 * A network failure instead of a response.
 *
 * @since 0.1.0
 * @category steps
 */
export const fail = (reason: TransportError.TransportErrorReason): Step => ({ _tag: "Fail", reason })

/**
 * `step`, after `duration` of (test) clock time.
 *
 * @since 0.1.0
 * @category steps
 */
export const delay = (duration: Duration.DurationInput, step: Step): Step => ({
  _tag: "Delay",
  duration: Duration.decode(duration),
  then: step
})

const lowerCase = (headers: Readonly<Record<string, string>>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name in headers) out[name.toLowerCase()] = headers[name]!
  return out
}

/**
 * Plays a step for `request`.
 *
 * @since 0.1.0
 * @category steps
 */
export const play = (
  step: Step,
  request: HttpTransport.HttpRequest
): Effect.Effect<HttpTransport.HttpResponse, TransportError.TransportError> => {
  if (!("_tag" in step)) return Effect.succeed(step)
  switch (step._tag) {
    case "Fail":
      return Effect.fail(HttpTransport.transportError(request, step.reason, "injected by TestHttpTransport"))
    case "Delay":
      return Effect.zipRight(Effect.sleep(step.duration), play(step.then, request))
  }
}

/**
 * A layer providing `HttpTransport` answered by `handler`, and `TestHttpTransport` to inspect it.
 *
 * @example
 * ```ts
 * import { HttpTransport, TestHttpTransport } from "@smapi-effect/http-transport"
 * import { Effect } from "effect"
 *
 * // answers by URL; every request is recorded
 * const TestLayer = TestHttpTransport.layer((request) =>
 *   Effect.succeed(
 *     request.url.endsWith("/ping")
 *       ? TestHttpTransport.respond(200, { ok: true })
 *       : TestHttpTransport.respond(404, "no such route")
 *   )
 * )
 *
 * const program = Effect.gen(function*() {
 *   const transport = yield* HttpTransport.HttpTransport
 *   const response = yield* transport.send({ method: "GET", url: "https://example.test/ping", headers: {} })
 *   const requests = yield* TestHttpTransport.requests
 *   return { status: response.status, sent: requests.length }
 * })
 *
 * Effect.runPromise(program.pipe(Effect.provide(TestLayer))).then((result) =>
 *   assert.deepStrictEqual(result, { status: 200, sent: 1 })
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (handler: Handler): Layer.Layer<HttpTransport.HttpTransport | TestHttpTransport> =>
  Layer.effectContext(Effect.gen(function*() {
    // Appended in place and copied only when read: a suite that sends 100,000 requests must not
    // pay a copy of the whole log on each one.
    const requests: Array<HttpTransport.HttpRequest> = []
    const interrupted = yield* Ref.make(0)
    // A request no real transport would send fails as it would there, and is not recorded.
    const send = (request: HttpTransport.HttpRequest) =>
      Either.match(HttpTransport.prepare(request), {
        onLeft: Effect.fail,
        onRight: () =>
          Effect.sync(() => requests.push(request) - 1).pipe(
            Effect.flatMap((index) => HttpTransport.withTimeout(handler(request, index), request)),
            Effect.onInterrupt(() => Ref.update(interrupted, (n) => n + 1))
          )
      })
    return Context.make(HttpTransport.HttpTransport, HttpTransport.HttpTransport.of({ send })).pipe(
      Context.add(TestHttpTransport, {
        requests: Effect.sync(() => requests.slice()),
        interrupted: Ref.get(interrupted)
      })
    )
  }))

/**
 * A layer that answers the n-th request with the n-th step. A request past the end of the script
 * is a mistake in the test and dies with a message saying so.
 *
 * @example
 * ```ts
 * import { TestHttpTransport } from "@smapi-effect/http-transport"
 * import { LwaAuth } from "@smapi-effect/lwa-auth"
 * import { SkillCredentials } from "@smapi-effect/skill-credentials"
 * import { Effect, Layer } from "effect"
 *
 * // a 503, then the credentials: the call retries once and succeeds
 * const TestLayer = SkillCredentials.layer().pipe(
 *   Layer.provideMerge(TestHttpTransport.layerScript([
 *     TestHttpTransport.respond(503, { message: "Service is temporarily unavailable." }),
 *     TestHttpTransport.respond(200, {
 *       skillMessagingCredentials: { clientId: "amzn1.application-oa2-client.test", clientSecret: "test-secret" }
 *     })
 *   ])),
 *   Layer.provide(LwaAuth.layerStatic("Atza|test-token"))
 * )
 *
 * const program = Effect.gen(function*() {
 *   const { skillMessagingCredentials } = yield* SkillCredentials.get("amzn1.ask.skill.test")
 *   const requests = yield* TestHttpTransport.requests
 *   return { clientId: skillMessagingCredentials.clientId, sent: requests.length }
 * })
 *
 * Effect.runPromise(program.pipe(Effect.provide(TestLayer))).then((result) =>
 *   assert.deepStrictEqual(result, { clientId: "amzn1.application-oa2-client.test", sent: 2 })
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerScript = (
  steps: ReadonlyArray<Step>
): Layer.Layer<HttpTransport.HttpTransport | TestHttpTransport> =>
  layer((request, index) =>
    index < steps.length
      ? play(steps[index]!, request)
      : Effect.dieMessage(`TestHttpTransport: request ${index + 1} has no step (the script has ${steps.length})`)
  )

/**
 * A recorded request's body as text, secrets revealed (bytes are read as UTF-8); `""` for none.
 *
 * @since 0.2.0
 * @category accessors
 */
export const bodyText = (request: HttpTransport.HttpRequest): string => {
  const body = request.body
  if (body === undefined) return ""
  return body._tag === "Text" ? HttpTransport.reveal(body.text) : new TextDecoder().decode(body.bytes)
}

/**
 * The recorded requests.
 *
 * @since 0.1.0
 * @category accessors
 */
export const requests: Effect.Effect<ReadonlyArray<HttpTransport.HttpRequest>, never, TestHttpTransport> = Effect
  .flatMap(TestHttpTransport, (t) => t.requests)
