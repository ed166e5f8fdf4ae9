/**
 * One recording server, the official SDK against it, and our engine against it over the two
 * transports a Node user picks from: `fetch` (the default) and undici's dispatcher.
 */
import * as RetryPolicy from "@smapi-effect/engine/RetryPolicy"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Recorder from "./Recorder.js"
import * as Sdk from "./Sdk.js"
import type { AnyOperation } from "./Subject.js"

export class Bench extends Context.Tag("test/conformance/Bench")<Bench, {
  readonly recorder: Recorder.Recorder
  readonly sdk: Sdk.Client
  /** Over undici's dispatcher (`NodeHttpTransport`). */
  readonly ours: SmapiClient.Service
  /** Over `fetch`, the default transport. */
  readonly oursFetch: SmapiClient.Service
}>() {}

// Our engine against `url` with the SDK's static token, never retrying: one call, one request.
const engine = (url: string, transport: Layer.Layer<HttpTransport.HttpTransport>) =>
  Effect.gen(function*() {
    const context = yield* Layer.build(Layer.merge(LwaAuth.layerStatic(Sdk.accessToken), transport))
    return yield* SmapiClient.make({ endpoint: url, retry: RetryPolicy.none }).pipe(Effect.provide(context))
  }).pipe(Effect.orDie)

/** The bench, for as long as its scope lives. */
export const layer = Layer.scoped(
  Bench,
  Effect.gen(function*() {
    const recorder = yield* Recorder.make
    return {
      recorder,
      sdk: Sdk.client(recorder.url),
      ours: yield* engine(recorder.url, NodeHttpTransport.layer()),
      oursFetch: yield* engine(recorder.url, HttpTransport.layerFetch())
    }
  })
)

// What the server answers while requests are recorded: an error neither client retries.
const refusal: Recorder.Answer = { status: 400, body: JSON.stringify({ message: "recorded" }) }

/** What each client sent for one input: exactly one request each, or none to compare. */
export interface Sent {
  /** Our call's outcome over undici, to explain a missing request. */
  readonly result: Either.Either<unknown, unknown>
  readonly ours: Option.Option<Recorder.Recorded>
  /** Through `fetch` too, when asked. */
  readonly fetch: Option.Option<Option.Option<Recorder.Recorded>>
  readonly sdk: Option.Option<Recorder.Recorded>
}

/**
 * The same input through ours (over undici, and over `fetch` too when `viaFetch`: it costs three
 * times as much per request) and, as its JSON values, through the SDK.
 */
export const sendBoth = (
  op: AnyOperation,
  input: Readonly<Record<string, unknown>>,
  json: Readonly<Record<string, unknown>>,
  viaFetch: boolean
): Effect.Effect<Sent, never, Bench> =>
  Effect.gen(function*() {
    const { ours, oursFetch, recorder, sdk } = yield* Bench
    const [result, fromOurs] = yield* recorder.record(refusal, Effect.either(ours.call(op, input)))
    const fromFetch = viaFetch
      ? Option.some((yield* recorder.record(refusal, Effect.either(oursFetch.call(op, input))))[1])
      : Option.none()
    const [, fromSdk] = yield* recorder.record(refusal, Sdk.call(sdk, op.id, json))
    return {
      result,
      ours: Recorder.only(fromOurs),
      fetch: Option.map(fromFetch, Recorder.only),
      sdk: Recorder.only(fromSdk)
    }
  })

/** Our call's outcome for `input` when the server answers `answer`, and the requests it made. */
export const answered = (op: AnyOperation, input: Readonly<Record<string, unknown>>, answer: Recorder.Answer) =>
  Effect.gen(function*() {
    const { ours, recorder } = yield* Bench
    return yield* recorder.record(answer, Effect.either(ours.call(op, input)))
  })
