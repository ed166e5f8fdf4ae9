/**
 * Every operation, through our client and through the official `ask-smapi-sdk`, against one
 * recording loopback server: the same input (made by our input schema, and made by the model)
 * sends the same request; a model-valid answer of each declared success status decodes; 409, 412,
 * 404, 403 and 400 arrive as their tags with the server's message.
 */
import { assert, describe, it, layer } from "@effect/vitest"
import * as Operation from "@smapi-effect/engine/Operation"
import * as Wire from "@smapi-effect/engine/Wire"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import * as Arbitrary from "effect/Arbitrary"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Answers from "./conformance/Answers.js"
import * as Bench from "./conformance/Bench.js"
import * as Compare from "./conformance/Compare.js"
import * as Model from "./conformance/Model.js"
import * as Recorder from "./conformance/Recorder.js"
import * as Sdk from "./conformance/Sdk.js"
import { type AnyOperation, complete, operations } from "./conformance/Subject.js"

// Inputs and bodies per operation: each seed gives another choice of optional fields.
const seeds = [1, 2, 3]

const model = new Map(Model.operations.map((op) => [op.id, op]))

const modelOf = (op: AnyOperation): Model.ModelOperation => {
  const found = model.get(op.id)
  if (found === undefined) throw new Error(`${op.id} is not an operation of ask-smapi-model ${Model.version}`)
  return found
}

// Whether the operation takes `Accept` as input (`getAnnotationsForNLUAnnotationSetsV1`).
const acceptIsInput = (op: AnyOperation): boolean =>
  modelOf(op).parameters.some((p) => p.in === "header" && p.name.toLowerCase() === "accept")

// A failure names the input or answer, cut short: a skill manifest runs to pages.
const shown = (value: unknown): string => {
  const text = typeof value === "string" ? value : JSON.stringify(value)
  return text.length > 500 ? `${text.slice(0, 500)}…` : text
}

const failure = (result: Either.Either<unknown, unknown>): string =>
  Either.isLeft(result) ? String(result.left) : "a success"

// Whether ours sends the input: ours refuses a path segment that is empty, "." or "..".
const sendable = (op: AnyOperation) => (input: Readonly<Record<string, unknown>>): boolean =>
  Object.entries(op.parameters).every(([name, p]) => p.in !== "path" || Model.isSegment(input[name]))

/** Input for the answer tests: one that ours sends. */
const inputOf = (op: AnyOperation) => Model.sample(Arbitrary.make(op.input).filter(sendable(op)), Model.seedOf(op.id))

/**
 * Sends `input` through ours and, as `json`, through the SDK, and asserts the same request; over
 * `fetch` too when `viaFetch` (the transport adds its headers alike to every request: once per
 * operation is enough).
 */
const sameRequest = (
  op: AnyOperation,
  input: Readonly<Record<string, unknown>>,
  json: Readonly<Record<string, unknown>>,
  viaFetch: boolean
) =>
  Effect.gen(function*() {
    const label = `${op.id} with ${shown(json)}`
    const m = modelOf(op)
    const contentType = m.parameters.find((p) => p.in === "header" && p.name.toLowerCase() === "content-type")
    const body = m.parameters.find((p) => p.in === "body")
    const sdkInput = Sdk.withTextBody(
      json,
      contentType && Model.argumentName(contentType.name),
      body && Model.argumentName(body.name)
    )
    const sent = yield* Bench.sendBoth(op, input, sdkInput, viaFetch)
    if (!sendable(op)(json)) {
      assert.isTrue(Option.isNone(sent.ours), `${label}: ours sent a request`)
      const error = Either.flip(sent.result).pipe(Either.getOrThrow) as { _tag: string; attempts: number }
      assert.strictEqual(error._tag, "BadRequest", label)
      return assert.strictEqual(error.attempts, 0, label)
    }
    if (Option.isNone(sent.ours)) return assert.fail(`${label}: ours sent no request (${failure(sent.result)})`)
    if (Option.isNone(sent.sdk)) return assert.fail(`${label}: the SDK sent no request`)
    const accept = acceptIsInput(op)
    const expected = Compare.view(sent.sdk.value, accept)
    assert.deepStrictEqual(Compare.view(sent.ours.value, accept), expected, label)
    if (Option.isSome(sent.fetch)) {
      if (Option.isNone(sent.fetch.value)) return assert.fail(`${label}: ours over fetch sent no request`)
      assert.deepStrictEqual(
        Compare.viewOfFetch(sent.fetch.value.value, expected, accept),
        expected,
        `${label} over fetch`
      )
    }
  })

// A decoded value with every secret shown, to compare with what was sent.
const revealed = (value: unknown): unknown =>
  Redacted.isRedacted(value)
    ? revealed(Redacted.value(value))
    : Array.isArray(value)
    ? value.map(revealed)
    : typeof value === "object" && value !== null
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revealed(v)]))
    : value

const field = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined

describe("the conformance bench", () => {
  it("reads the model and the SDK's call methods", () => {
    assert.strictEqual(Model.operations.length, 158)
    const sdk = Sdk.client("http://127.0.0.1:1")
    assert.deepStrictEqual(Model.operations.filter((op) => Sdk.argumentsOf(sdk, op.id) === undefined), [])
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
    assert.strictEqual(Model.argumentName("If-Match"), "ifMatch")
    assert.strictEqual(Model.argumentName("dialogAct.name"), "dialogActName")
  })

  it("every definition of the model makes values, a subtype with its discriminator value", () => {
    for (const name of Object.keys(Model.definitions)) {
      Model.sample(Model.arbitrary({ $ref: `#/definitions/${name}` }), Model.seedOf(name))
    }
    const dialogManager = Model.sample(Model.arbitrary({ $ref: "#/definitions/v1.skill.Manifest.DialogManager" }), 1)
    assert.strictEqual(field(dialogManager, "type"), "AMAZON.Conversations")
  })

  it("the recorder decodes each path segment and query pair on its own", () => {
    assert.deepStrictEqual(Recorder.parseTarget("/v1/skills/a%2Fb/status?resource=x%26y&resource=z+w&e"), {
      segments: ["v1", "skills", "a/b", "status"],
      query: [["resource", "x&y"], ["resource", "z w"], ["e", ""]]
    })
  })

  it("covers every operation of the model, and nothing else", () => {
    const ours = new Set(operations.map((op) => op.id))
    const uncovered = Model.operations.filter((op) => !ours.has(op.id)).map((op) => op.id)
    if (complete) assert.deepStrictEqual(uncovered, [])
    assert.deepStrictEqual(operations.filter((op) => !model.has(op.id)).map((op) => op.id), [])
  })
})

// The bench's own check that it can fail: getSkillStatusV1 described wrongly by hand, twice.
const misnamedQuery = Operation.make({
  id: "getSkillStatusV1",
  method: "GET",
  path: "/v1/skills/{skillId}/status",
  parameters: { skillId: Operation.path(Schema.String), resource: Operation.query(Schema.String, "resources") },
  responses: { 200: Operation.json(Schema.Unknown) }
}) as unknown as AnyOperation

const stricterThanTheModel = Operation.make({
  id: "getSkillStatusV1",
  method: "GET",
  path: "/v1/skills/{skillId}/status",
  parameters: { skillId: Operation.path(Schema.String) },
  responses: { 200: Operation.json(Schema.Struct({ notInTheModel: Schema.String })) }
}) as unknown as AnyOperation

layer(Bench.layer, { timeout: 60_000, excludeTestServices: true })("each operation against ask-smapi-sdk", (it) => {
  it.effect("the bench tells apart a request that differs, and an answer a schema cannot read", () =>
    Effect.gen(function*() {
      const input = { skillId: "amzn1.ask.skill.1", resource: "manifest" }
      const sent = yield* Bench.sendBoth(misnamedQuery, input, input, false)
      assert.notDeepEqual(
        Compare.view(Option.getOrThrow(sent.ours)),
        Compare.view(Option.getOrThrow(sent.sdk))
      )
      const m = modelOf(stricterThanTheModel)
      const [answer] = Answers.successes(m, m.successes[0]!, seeds)
      const [result] = yield* Bench.answered(stricterThanTheModel, { skillId: "s" }, answer!)
      assert.isTrue(Either.isLeft(result))
    }))

  for (const op of operations) {
    it.effect(`${op.id}: an input made by our schema sends the same request as the SDK`, () =>
      Effect.gen(function*() {
        const arb = Arbitrary.make(op.input)
        for (const seed of seeds) {
          const input = Model.sample(arb, Model.seedOf(op.id, seed))
          // The SDK takes JSON values: what our input encodes to (a date-time is its ISO string).
          const json = Schema.encodeUnknownSync(op.input)(input) as Readonly<Record<string, unknown>>
          yield* sameRequest(op, input, json, seed === seeds[0])
        }
      }))

    it.effect(`${op.id}: inputs made by the model, one with every parameter, are taken and send the same request as the SDK`, () =>
      Effect.gen(function*() {
        const arb = Model.inputArbitrary(modelOf(op))
        // One input per seed, and one with every parameter: each reaches the wire at least once.
        const inputs = [
          ...seeds.map((seed) => Model.sample(arb, Model.seedOf(op.id, seed))),
          Model.sample(Model.inputArbitrary(modelOf(op), { everyParameter: true }), Model.seedOf(op.id))
        ]
        for (const json of inputs) {
          const input = Schema.decodeUnknownEither(op.input)(json)
          if (Either.isLeft(input)) {
            return assert.fail(
              `${op.id} refuses ${shown(json)}: ${ParseResult.TreeFormatter.formatErrorSync(input.left)}`
            )
          }
          yield* sameRequest(op, input.right, json, json === inputs[0])
        }
      }))

    it.effect(`${op.id}: a model-valid answer of every declared success status decodes`, () =>
      Effect.gen(function*() {
        const m = modelOf(op)
        const input = inputOf(op)
        for (const response of m.successes) {
          for (const answer of Answers.successes(m, response, seeds)) {
            const label = `${op.id} ${response.status} ${shown(answer.body ?? "(empty)")}`
            const [result, requests] = yield* Bench.answered(op, input, answer)
            assert.strictEqual(requests.length, 1, label)
            if (Either.isLeft(result)) return assert.fail(`${label}: ${failure(result)}`)
            // Nothing the server said is lost or changed: unknown fields and enum values included.
            const wrapped = response.headers.includes("ETag") || response.headers.includes("Location")
            if (response.status !== 303) {
              assert.deepStrictEqual(
                revealed(wrapped ? field(result.right, "body") : result.right),
                Answers.bodyOf(answer),
                `${label}: the body`
              )
            }
            for (const name of ["ETag", "Location"] as const) {
              if (response.headers.includes(name)) {
                assert.strictEqual(
                  field(result.right, name.toLowerCase()),
                  Answers.headerValues[name],
                  `${label}: ${name}`
                )
              }
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
        for (const status of Answers.errorStatuses) {
          const answer = Answers.error(m, status)
          const label = `${op.id} ${status} ${shown(answer.body)}`
          const [result, requests] = yield* Bench.answered(op, input, answer)
          assert.strictEqual(requests.length, 1, label)
          if (Either.isRight(result)) return assert.fail(`${label}: a success`)
          const error = result.left as { _tag: string; status?: number; message: string }
          assert.strictEqual(error._tag, Answers.expectedTag(status, declared.includes(status)), label)
          assert.strictEqual(error.status, status, label)
          if (op.method === "HEAD") {
            // A HEAD answer has no body (RFC 9110): its status arrives, what the server said cannot.
            assert.isTrue(error.message.length > 0, label)
            continue
          }
          assert.strictEqual(error.message, answer.message, label)
          // What else the server said, made printable and bounded as the engine documents.
          const code = typeof answer.code === "string" ? HttpWire.printable(answer.code, 100) : ""
          assert.strictEqual(field(error, "code"), code === "" ? undefined : code, `${label}: code`)
          assert.deepStrictEqual(field(error, "violations"), answer.violations, `${label}: violations`)
          assert.deepStrictEqual(
            field(error, "validationDetails"),
            answer.validationDetails === undefined ? undefined : Wire.bounded(answer.validationDetails),
            `${label}: validationDetails`
          )
        }
      }))
  }
})
