import { assert, describe, it } from "@effect/vitest"
import * as Experimental from "@smapi-effect/engine/Experimental"
import * as Operation from "@smapi-effect/engine/Operation"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as SmapiError from "@smapi-effect/engine/SmapiError"
import * as Wire from "@smapi-effect/engine/Wire"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as Arbitrary from "effect/Arbitrary"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as ParseResult from "effect/ParseResult"
import * as Pretty from "effect/Pretty"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { error, layer, withTime } from "./harness.js"

const skillId = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012"
const base = "https://api.amazonalexa.com"

describe("operations written as descriptions only", () => {
  it.effect("a GET with query parameters: getSkillStatusV1, the query repeated for an array", () =>
    Effect.gen(function*() {
      const status = yield* SmapiClient.call(Experimental.getSkillStatus, {
        skillId,
        resource: ["manifest", "interactionModel"]
      })
      assert.strictEqual(status.manifest?.lastUpdateRequest?.status, "SUCCEEDED")
      const [request] = yield* TestHttpTransport.requests
      assert.strictEqual(request!.method, "GET")
      assert.strictEqual(request!.url, `${base}/v1/skills/${skillId}/status`)
      assert.deepStrictEqual(request!.query, { resource: ["manifest", "interactionModel"] })
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, { manifest: { lastUpdateRequest: { status: "SUCCEEDED" } }, other: 1 })
    ]))))

  it.effect("an optional query parameter left out is not sent", () =>
    Effect.gen(function*() {
      yield* SmapiClient.call(Experimental.getSkillStatus, { skillId })
      const [request] = yield* TestHttpTransport.requests
      assert.isUndefined(request!.query)
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(200, {})]))))

  it.effect("a DELETE answering 204: deleteSkillV1 succeeds with no body", () =>
    Effect.gen(function*() {
      const result = yield* SmapiClient.call(Experimental.deleteSkill, { skillId: "a/b" })
      assert.isUndefined(result)
      const [request] = yield* TestHttpTransport.requests
      assert.strictEqual(request!.method, "DELETE")
      assert.strictEqual(request!.url, `${base}/v1/skills/a%2Fb`)
      assert.isUndefined(request!.body)
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(204)]))))

  it.effect("a DELETE is idempotent: a 503 is retried", () =>
    Effect.gen(function*() {
      yield* withTime(SmapiClient.call(Experimental.deleteSkill, { skillId }))
      assert.strictEqual((yield* TestHttpTransport.requests).length, 2)
    }).pipe(Effect.provide(layer([error(503), TestHttpTransport.respond(204)]))))

  it.effect("a POST with a JSON body: createSkillForVendorV1 answers 202 with a Location", () =>
    Effect.gen(function*() {
      const created = yield* SmapiClient.call(Experimental.createSkill, {
        createSkillRequest: { vendorId: "M1X2", manifest: { publishingInformation: { locales: {} } } }
      })
      assert.deepStrictEqual(created, { body: { skillId }, location: `/v1/skills/${skillId}/status` })
      const [request] = yield* TestHttpTransport.requests
      assert.strictEqual(request!.method, "POST")
      assert.strictEqual(request!.url, `${base}/v1/skills`)
      assert.strictEqual(request!.body?.contentType, "application/json")
      assert.deepStrictEqual(JSON.parse(TestHttpTransport.bodyText(request!)), {
        vendorId: "M1X2",
        manifest: { publishingInformation: { locales: {} } }
      })
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(202, { skillId }, { Location: `/v1/skills/${skillId}/status` })
    ]))))

  it.effect("a POST is not idempotent: a 503 or a 500 is not retried, the skill may exist already", () =>
    Effect.gen(function*() {
      const input = { createSkillRequest: { vendorId: "M1X2", manifest: {} } }
      const first = yield* withTime(Effect.flip(SmapiClient.call(Experimental.createSkill, input)))
      assert.strictEqual(first._tag, "Unavailable")
      assert.strictEqual(first.attempts, 1)
      const second = yield* withTime(Effect.flip(SmapiClient.call(Experimental.createSkill, input)))
      assert.strictEqual(second._tag, "ServerError")
      assert.strictEqual(second.attempts, 1)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 2)
    }).pipe(Effect.provide(layer([error(503), error(500)]))))

  it.effect("a POST is retried after a 429 and after a refused connection: nothing was done", () =>
    Effect.gen(function*() {
      const created = yield* withTime(SmapiClient.call(Experimental.createSkill, {
        createSkillRequest: { vendorId: "M1X2", manifest: {} }
      }))
      assert.strictEqual(created.body?.skillId, skillId)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 3)
    }).pipe(Effect.provide(layer([
      error(429),
      TestHttpTransport.fail("ConnectionRefused"),
      TestHttpTransport.respond(202, { skillId })
    ]))))

  it.effect("a list paged with nextToken is a Stream of every page, the token passed on", () =>
    Effect.gen(function*() {
      const skills = yield* SmapiClient.pages(Experimental.listSkillsForVendor, { vendorId: "M1X2", maxResults: 2 })
        .pipe(
          Stream.flatMap((page) => Stream.fromIterable(page.skills ?? [])),
          Stream.map((skill) => skill.skillId),
          Stream.runCollect
        )
      assert.deepStrictEqual(Chunk.toReadonlyArray(skills), ["s1", "s2", "s3", "s4", "s5"])
      const requests = yield* TestHttpTransport.requests
      assert.deepStrictEqual(requests.map((r) => r.query), [
        { vendorId: "M1X2", maxResults: "2" },
        { vendorId: "M1X2", nextToken: "t1", maxResults: "2" },
        { vendorId: "M1X2", nextToken: "t2", maxResults: "2" }
      ])
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, {
        skills: [{ skillId: "s1" }, { skillId: "s2" }],
        isTruncated: true,
        nextToken: "t1"
      }),
      TestHttpTransport.respond(200, {
        skills: [{ skillId: "s3" }, { skillId: "s4" }],
        isTruncated: true,
        nextToken: "t2"
      }),
      TestHttpTransport.respond(200, { skills: [{ skillId: "s5" }], isTruncated: false })
    ]))))

  it.effect("a stream pulls pages only as they are consumed", () =>
    Effect.gen(function*() {
      const first = yield* SmapiClient.pages(Experimental.listSkillsForVendor, { vendorId: "M1X2" }).pipe(
        Stream.take(1),
        Stream.runCollect
      )
      assert.strictEqual(Chunk.size(first), 1)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 1)
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, { skills: [], isTruncated: true, nextToken: "t1" })
    ]))))

  it.effect("a server that hands back the token it was given ends the stream with ServerError, not a loop", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(
        Stream.runDrain(SmapiClient.pages(Experimental.listSkillsForVendor, { vendorId: "M1X2" }))
      )
      assert.strictEqual(failure._tag, "ServerError")
      assert.strictEqual(failure.code, "PAGINATION_LOOP")
      assert.strictEqual((yield* TestHttpTransport.requests).length, 2)
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, { skills: [], nextToken: "same" }),
      TestHttpTransport.respond(200, { skills: [], nextToken: "same" })
    ]))))

  it.effect("a failing page fails the stream with the page's error", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(
        Stream.runDrain(SmapiClient.pages(Experimental.listSkillsForVendor, { vendorId: "M1X2" }))
      )
      assert.strictEqual(failure._tag, "Forbidden")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, { skills: [], nextToken: "t1" }),
      error(403)
    ]))))

  it.effect("input outside the description's constraints is BadRequest, named, and nothing is sent", () =>
    Effect.gen(function*() {
      const tooMany = yield* Effect.flip(
        SmapiClient.call(Experimental.listSkillsForVendor, { vendorId: "M1X2", maxResults: 51 })
      )
      assert.strictEqual(tooMany._tag, "BadRequest")
      assert.strictEqual(tooMany.code, "INVALID_PARAMETER")
      assert.include(tooMany.message, "maxResults")
      assert.isUndefined(tooMany.status)
      assert.strictEqual(tooMany.attempts, 0)
      const dot = yield* Effect.flip(SmapiClient.call(Experimental.deleteSkill, { skillId: ".." }))
      assert.strictEqual(dot.code, "INVALID_SKILL_ID")
      const body = yield* Effect.flip(
        // a body that is not the declared shape never leaves
        SmapiClient.call(Experimental.createSkill, { createSkillRequest: { vendorId: 1 } } as never)
      )
      assert.strictEqual(body._tag, "BadRequest")
      assert.include(body.message, "createSkillRequest")
      assert.strictEqual((yield* TestHttpTransport.requests).length, 0)
    }).pipe(Effect.provide(layer([]))))

  it.effect("a declared success whose body does not decode is ServerError, naming where, not retried", () =>
    Effect.gen(function*() {
      const failure = yield* withTime(Effect.flip(SmapiClient.call(Experimental.createSkill, {
        createSkillRequest: { vendorId: "M1X2", manifest: {} }
      })))
      assert.strictEqual(failure._tag, "ServerError")
      assert.strictEqual(failure.code, "MALFORMED_RESPONSE")
      assert.include(failure.message, "skillId")
      assert.include(failure.message, "createSkillForVendorV1")
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(202, { skill: 1 })]))))

  it("a description whose path and parameters disagree is refused when it is written", () => {
    assert.throws(
      () =>
        Operation.make({
          id: "broken",
          method: "GET",
          path: "/v1/skills/{skillId}/stages/{stage}",
          parameters: { skillId: Operation.path(Schema.String) },
          responses: { 200: Operation.empty }
        }),
      /stage/
    )
  })

  it("every error status a description declares decodes to one of the errors with that status", () => {
    const operations = [
      Experimental.getSkillStatus,
      Experimental.deleteSkill,
      Experimental.createSkill,
      Experimental.listSkillsForVendor
    ]
    for (const operation of operations) {
      assert.isAbove(operation.errors.length, 0)
      for (const status of operation.errors) {
        const decoded = Wire.decode(operation as Operation.Operation<unknown, unknown>, error(status), 1, 0)
        assert.isTrue(Either.isLeft(decoded), `${operation.id} ${status}`)
        if (Either.isLeft(decoded)) {
          assert.include(SmapiError.tags, decoded.left._tag)
          assert.strictEqual(decoded.left.status, status)
        }
      }
    }
  })
})

describe("Operation.redacted: Schema.Redacted with one Redacted per decode", () => {
  const ours = Operation.redacted(Schema.NonEmptyString)
  const theirs = Schema.Redacted(Schema.NonEmptyString)
  const message = (result: Either.Either<unknown, ParseResult.ParseError>) =>
    Either.isLeft(result) ? ParseResult.TreeFormatter.formatErrorSync(result.left) : undefined

  it.prop(
    "decodes what Schema.Redacted decodes, to the same secret, and fails alike",
    [FastCheck.oneof(FastCheck.string(), FastCheck.anything())],
    ([input]) => {
      const a = Schema.decodeUnknownEither(ours)(input)
      const b = Schema.decodeUnknownEither(theirs)(input)
      assert.strictEqual(message(a), message(b))
      if (Either.isRight(a) && Either.isRight(b)) {
        assert.strictEqual(Redacted.value(a.right), Redacted.value(b.right))
        assert.strictEqual(String(a.right), "<redacted>")
      }
    }
  )

  it.prop(
    "checks, encodes, compares and prints as Schema.Redacted does",
    [Arbitrary.make(ours), FastCheck.oneof(FastCheck.string(), FastCheck.anything())],
    ([secret, other]) => {
      assert.isTrue(Schema.is(theirs)(secret))
      assert.strictEqual(Schema.encodeSync(ours)(secret), Schema.encodeSync(theirs)(secret))
      const candidate = Redacted.make(other)
      assert.strictEqual(Schema.is(ours)(candidate), Schema.is(theirs)(candidate))
      assert.strictEqual(Schema.is(ours)(other), Schema.is(theirs)(other))
      assert.isTrue(Schema.equivalence(ours)(secret, Redacted.make(Redacted.value(secret))))
      assert.strictEqual(Pretty.make(ours)(secret), Pretty.make(theirs)(secret))
      assert.strictEqual(String(ours), String(theirs))
    }
  )
})
