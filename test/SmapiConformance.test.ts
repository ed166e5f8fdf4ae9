/**
 * Every operation, through our client and through the official `ask-smapi-sdk`, against one
 * recording loopback server: the same input sends the same request; a model-valid answer of each
 * declared success status decodes; 409, 412, 404, 403 and 400 arrive as their tags with the
 * server's message.
 */
import { assert, describe, it, layer } from "@effect/vitest"
import * as RetryPolicy from "@smapi-effect/engine/RetryPolicy"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Arbitrary from "effect/Arbitrary"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Compare from "./conformance/Compare.js"
import * as Model from "./conformance/Model.js"
import * as Recorder from "./conformance/Recorder.js"
import * as Sdk from "./conformance/Sdk.js"
import { type AnyOperation, complete, operations } from "./conformance/Subject.js"

/** The server, the SDK against it, and our engine against it over each transport compared. */
class Bench extends Context.Tag("test/SmapiConformance/Bench")<Bench, {
  readonly recorder: Recorder.Recorder
  readonly sdk: Sdk.Client
  /** Over undici's dispatcher: the transport for Node. */
  readonly ours: SmapiClient.Service
  /** Over `fetch`: the default transport. */
  readonly oursFetch: SmapiClient.Service
}>() {}

// Our engine against `url` with the SDK's static token, never retrying: one call, one request.
const engine = (url: string, transport: Layer.Layer<HttpTransport.HttpTransport>) =>
  Effect.gen(function*() {
    const context = yield* Layer.build(Layer.merge(LwaAuth.layerStatic(Sdk.accessToken), transport))
    return yield* SmapiClient.make({ endpoint: url, retry: RetryPolicy.none }).pipe(Effect.provide(context))
  }).pipe(Effect.orDie)

const BenchLive = Layer.scoped(
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

// Inputs per operation: each seed gives another choice of optional parameters.
const seeds = [1, 2, 3]

// What the server answers while requests are recorded: an error neither client retries.
const refusal: Recorder.Answer = { status: 400, body: JSON.stringify({ message: "recorded" }) }

const model = new Map(Model.operations.map((op) => [op.id, op]))

const modelOf = (op: AnyOperation): Model.ModelOperation => {
  const found = model.get(op.id)
  if (found === undefined) throw new Error(`${op.id} is not an operation of ask-smapi-model ${Model.version}`)
  return found
}

// Whether the operation takes `Accept` as input (`getAnnotationsForNLUAnnotationSetsV1`).
const acceptIsInput = (op: AnyOperation): boolean =>
  modelOf(op).parameters.some((p) => p.in === "header" && p.name.toLowerCase() === "accept")

/** One request from each client for the same input (ours, and its JSON values for the SDK). */
const sendBoth = (
  op: AnyOperation,
  input: Readonly<Record<string, unknown>>,
  json: Readonly<Record<string, unknown>>
) =>
  Effect.gen(function*() {
    const { ours, oursFetch, recorder, sdk } = yield* Bench
    const [result, fromOurs] = yield* recorder.record(refusal, Effect.either(ours.call(op, input)))
    const [, fromFetch] = yield* recorder.record(refusal, Effect.either(oursFetch.call(op, input)))
    const [, fromSdk] = yield* recorder.record(refusal, Sdk.call(sdk, op.id, json))
    return {
      input: json,
      result,
      ours: Recorder.only(fromOurs),
      fetch: Recorder.only(fromFetch),
      sdk: Recorder.only(fromSdk)
    }
  })

/** Our call's outcome for `input` when the server answers `answer`, and the requests it made. */
const answered = (op: AnyOperation, input: Readonly<Record<string, unknown>>, answer: Recorder.Answer) =>
  Effect.gen(function*() {
    const { ours, recorder } = yield* Bench
    const [result, requests] = yield* recorder.record(answer, Effect.either(ours.call(op, input)))
    assert.strictEqual(requests.length, 1, `${op.id}: one request for the ${answer.status} answer`)
    return result
  })

const inputOf = (op: AnyOperation) => Model.sample(Arbitrary.make(op.input), Model.seedOf(op.id))

// Header values a server would send for the names the model declares on an answer.
const headerValues: Readonly<Record<string, string>> = {
  "ETag": "\"conformance-etag-1\"",
  "Location": "/v1/skills/amzn1.ask.skill.conformance/status?resource=manifest",
  "Content-Language": "en-US"
}

/** A model-valid answer of a declared success status: a body made from its schema, its headers. */
const successAnswer = (op: Model.ModelOperation, response: Model.ModelResponse): Recorder.Answer => {
  const headers: Record<string, string> = {}
  for (const name of response.headers) {
    const value = headerValues[name]
    if (value !== undefined) headers[name.toLowerCase()] = value
  }
  if (response.schema !== undefined) {
    const value = Model.sample(Model.arbitrary(response.schema), Model.seedOf(`${op.id} ${response.status}`))
    return {
      status: response.status,
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(value)
    }
  }
  // No schema: text when the operation produces it (annotations as CSV), else no body.
  return op.produces.includes("text/csv") && response.status === 200
    ? {
      status: 200,
      headers: { ...headers, "content-type": "text/csv" },
      body: "utterance,intent\nhello,HelloIntent\n"
    }
    : { status: response.status, headers }
}

const field = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined

// The five error statuses asserted for every operation, and the tag each must arrive as. A 409 or
// 412 is its own tag only where the model declares it; elsewhere a 4xx is `BadRequest`.
const errorStatuses = [409, 412, 404, 403, 400] as const
const expectedTag = (status: typeof errorStatuses[number], declared: boolean): string => {
  switch (status) {
    case 409:
      return declared ? "Conflict" : "BadRequest"
    case 412:
      return declared ? "PreconditionFailed" : "BadRequest"
    case 404:
      return "NotFound"
    case 403:
      return "Forbidden"
    case 400:
      return "BadRequest"
  }
}

const violations = [
  { code: "INVALID_STRING_LENGTH", message: "skillId must be 1 to 255 characters long" },
  { message: "vendorId is required" }
]

/** A model-valid error answer of `status`: its declared schema's body with a message of ours. */
const errorAnswer = (op: Model.ModelOperation, status: number): Recorder.Answer & { readonly message: string } => {
  const declared = op.errors.find((r) => r.status === status)?.schema
  const made = declared === undefined ? {} : Model.sample(Model.arbitrary(declared), Model.seedOf(`${op.id} ${status}`))
  const message = `${status} from the recorder for ${op.id}`
  const badRequest = declared?.$ref?.endsWith("BadRequestError") === true
  const body = { ...(made as object), message, ...(badRequest ? { violations } : {}) }
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body), message }
}

describe("conformance with ask-smapi-sdk over a recording server", () => {
  it("reads the model and the SDK", () => {
    assert.strictEqual(Model.operations.length, 158)
    const sdk = Sdk.client("http://127.0.0.1:1")
    const missing = Model.operations.filter((op) => Sdk.argumentsOf(sdk, op.id) === undefined)
    assert.deepStrictEqual(missing.map((op) => op.id), [])
    assert.deepStrictEqual(Sdk.argumentsOf(sdk, "getSkillStatusV1"), ["skillId", "resource"])
    assert.deepStrictEqual(Sdk.argumentsOf(sdk, "getSkillManifestV1"), ["skillId", "stageV2"])
  })

  it("the SDK's argument names are the model's parameter names in lowerCamelCase", () => {
    const sdk = Sdk.client("http://127.0.0.1:1")
    const differ = Model.operations.filter((op) => {
      const names = op.parameters.map((p) => Model.argumentName(p.name)).sort()
      return JSON.stringify(names) !== JSON.stringify([...Sdk.argumentsOf(sdk, op.id) ?? []].sort())
    })
    assert.deepStrictEqual(differ.map((op) => op.id), [])
  })

  it("every definition of the model makes values, a subtype with its discriminator value", () => {
    for (const name of Object.keys(Model.definitions)) {
      Model.sample(Model.arbitrary({ $ref: `#/definitions/${name}` }), Model.seedOf(name))
    }
    const dialogManager = Model.sample(
      Model.arbitrary({ $ref: "#/definitions/v1.skill.Manifest.DialogManager" }),
      1
    ) as { type: string }
    assert.include(["AMAZON.Conversations"], dialogManager.type)
  })

  it("the recorder decodes each path segment and query pair on its own", () => {
    assert.deepStrictEqual(Recorder.parseTarget("/v1/skills/a%2Fb/status?resource=x%26y&resource=z+w&e"), {
      segments: ["v1", "skills", "a/b", "status"],
      query: [["resource", "x&y"], ["resource", "z w"], ["e", ""]]
    })
  })

  it("covers every operation of the model", () => {
    const ours = new Set(operations.map((op) => op.id))
    const uncovered = Model.operations.filter((op) => !ours.has(op.id)).map((op) => op.id)
    assert.deepStrictEqual(uncovered, complete ? [] : uncovered)
    assert.deepStrictEqual(operations.filter((op) => !model.has(op.id)).map((op) => op.id), [])
  })
})

layer(BenchLive, { timeout: 60_000, excludeTestServices: true })("each operation against the SDK", (it) => {
  for (const op of operations) {
    it.effect(`${op.id}: the same input sends the same request as the SDK`, () =>
      Effect.gen(function*() {
        for (const seed of seeds) {
          const input = Model.sample(Arbitrary.make(op.input), Model.seedOf(op.id, seed))
          // The SDK takes JSON values: what our input encodes to (a date-time is its ISO string).
          const json = Schema.encodeUnknownSync(op.input)(input) as Readonly<Record<string, unknown>>
          const sent = yield* sendBoth(op, input, json)
          const label = `${op.id} with ${JSON.stringify(sent.input)}`
          assert.isTrue(
            Option.isSome(sent.ours),
            `${label}: ours sent ${Option.isNone(sent.ours) ? "not one" : "one"} request (${
              String(Either.isLeft(sent.result) ? sent.result.left : "")
            })`
          )
          assert.isTrue(Option.isSome(sent.sdk), `${label}: the SDK sent not one request`)
          assert.isTrue(Option.isSome(sent.fetch), `${label}: ours over fetch sent not one request`)
          const accept = acceptIsInput(op)
          const expected = Compare.view(Option.getOrThrow(sent.sdk), accept)
          assert.deepStrictEqual(Compare.view(Option.getOrThrow(sent.ours), accept), expected, label)
          assert.deepStrictEqual(
            Compare.viewOfFetch(Option.getOrThrow(sent.fetch), accept),
            expected,
            `${label} over fetch`
          )
        }
      }))

    it.effect(`${op.id}: a model-valid input is taken and sends the same request as the SDK`, () =>
      Effect.gen(function*() {
        const m = modelOf(op)
        for (const seed of seeds) {
          const json = Model.sample(Model.inputArbitrary(m), Model.seedOf(op.id, seed))
          const label = `${op.id} with ${JSON.stringify(json)}`
          const input = Schema.decodeUnknownEither(op.input)(json)
          assert.isTrue(
            Either.isRight(input),
            `${label}: ours refuses it: ${
              Either.isLeft(input) ? ParseResult.TreeFormatter.formatErrorSync(input.left) : ""
            }`
          )
          const sent = yield* sendBoth(op, Either.getOrThrow(input), json)
          assert.isTrue(
            Option.isSome(sent.ours),
            `${label}: ours sent not one request (${String(Either.isLeft(sent.result) ? sent.result.left : "")})`
          )
          assert.isTrue(Option.isSome(sent.sdk), `${label}: the SDK sent not one request`)
          assert.deepStrictEqual(
            Compare.view(Option.getOrThrow(sent.ours)),
            Compare.view(Option.getOrThrow(sent.sdk)),
            label
          )
        }
      }))

    it.effect(`${op.id}: a model-valid answer of every declared success status decodes`, () =>
      Effect.gen(function*() {
        const m = modelOf(op)
        const input = inputOf(op)
        for (const response of m.successes) {
          const answer = successAnswer(m, response)
          const result = yield* answered(op, input, answer)
          assert.isTrue(
            Either.isRight(result),
            `${op.id} ${response.status}: ${String(Either.isLeft(result) ? result.left : "")}`
          )
          const value = Either.getOrThrow(result)
          for (const name of ["ETag", "Location"] as const) {
            if (response.headers.includes(name)) {
              assert.strictEqual(
                field(value, name.toLowerCase()),
                headerValues[name],
                `${op.id} ${response.status} ${name}`
              )
            }
          }
        }
      }))

    it.effect(`${op.id}: 409, 412, 404, 403 and 400 arrive as their tags with the server's message`, () =>
      Effect.gen(function*() {
        const m = modelOf(op)
        const declared = m.errors.map((r) => r.status)
        assert.deepStrictEqual([...op.errors].sort(), [...declared].sort(), `${op.id}: the declared error statuses`)
        const input = inputOf(op)
        for (const status of errorStatuses) {
          const answer = errorAnswer(m, status)
          const result = yield* answered(op, input, answer)
          assert.isTrue(Either.isLeft(result), `${op.id} ${status}: a success`)
          const error = Either.getLeft(result).pipe(Option.getOrThrow)
          assert.strictEqual(error._tag, expectedTag(status, declared.includes(status)), `${op.id} ${status}`)
          assert.strictEqual(error.status, status, `${op.id} ${status}`)
          assert.strictEqual(error.message, answer.message, `${op.id} ${status}`)
          if (status === 400 && answer.body!.includes("violations")) {
            assert.deepStrictEqual(field(error, "violations"), violations, `${op.id} ${status}: violations`)
          }
        }
      }))
  }
})
