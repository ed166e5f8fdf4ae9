import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import * as Operation from "@smapi-effect/engine/Operation"
import * as RetryPolicy from "@smapi-effect/engine/RetryPolicy"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as SmapiError from "@smapi-effect/engine/SmapiError"
import * as Wire from "@smapi-effect/engine/Wire"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { error, layer, withTime } from "./harness.js"

// Operations shaped as the official model describes them (ask-smapi-model 1.24.0).
const skillId = "amzn1.ask.skill.1"
const base = "https://api.amazonalexa.com"
const SkillId = Operation.string({ minLength: 1, maxLength: 255 })
const Stage = Schema.Literal("development", "live", "certification")
const Manifest = Schema.Struct({ manifest: Schema.Record({ key: Schema.String, value: Schema.Unknown }) })

const getSkillManifest = Operation.make({
  id: "getSkillManifestV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stageV2}/manifest",
  parameters: { skillId: Operation.path(SkillId), stageV2: Operation.path(Stage) },
  responses: {
    200: Operation.withHeaders(Operation.json(Manifest), ["ETag"]),
    303: Operation.redirect
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

const updateSkillManifest = Operation.make({
  id: "updateSkillManifestV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/stages/{stageV2}/manifest",
  parameters: {
    skillId: Operation.path(SkillId),
    stageV2: Operation.path(Stage),
    updateSkillRequest: Operation.body(Manifest),
    ifMatch: Operation.header(Schema.optional(Schema.String), "If-Match")
  },
  responses: { 202: Operation.withHeaders(Operation.jsonOrEmpty(Schema.Unknown), ["ETag", "Location"]) },
  errors: [400, 401, 403, 404, 409, 412, 429, 500, 503]
})

const Annotations = Schema.Struct({ data: Schema.Array(Schema.Struct({ inputs: Schema.Unknown })) })
const annotationPath = "/v1/skills/{skillId}/nluAnnotationSets/{annotationId}/annotations"

const getAnnotations = Operation.make({
  id: "getAnnotationsForNLUAnnotationSetsV1",
  method: "GET",
  path: annotationPath,
  parameters: {
    skillId: Operation.path(SkillId),
    annotationId: Operation.path(Schema.String),
    accept: Operation.header(Schema.Literal("application/json", "text/csv"), "Accept")
  },
  responses: { 200: Operation.jsonOrText(Annotations) },
  errors: [400, 401, 403, 404, 429, 500]
})

const updateAnnotations = Operation.make({
  id: "updateAnnotationsForNLUAnnotationSetsV1",
  method: "POST",
  path: annotationPath,
  parameters: {
    skillId: Operation.path(SkillId),
    annotationId: Operation.path(Schema.String),
    contentType: Operation.header(Schema.Literal("application/json", "text/csv"), "Content-Type"),
    updateNLUAnnotationSetAnnotationsRequest: Operation.body(Schema.Union(Schema.String, Annotations))
  },
  responses: { 200: Operation.empty },
  errors: [400, 401, 403, 404, 409, 412, 429, 500]
})

const createSkill = Operation.make({
  id: "createSkillForVendorV1",
  method: "POST",
  path: "/v1/skills",
  parameters: { createSkillRequest: Operation.body(Manifest) },
  responses: { 202: Operation.accepted(Schema.Struct({ skillId: Schema.String })) },
  errors: [400, 401, 403, 429, 500, 503]
})

const createCatalog = Operation.make({
  id: "createCatalogV0",
  method: "POST",
  path: "/v0/catalogs",
  parameters: { createCatalogRequest: Operation.body(Schema.Struct({ title: Schema.String })) },
  responses: { 201: Operation.withHeaders(Operation.jsonOrEmpty(Schema.Struct({ id: Schema.String })), ["Location"]) },
  errors: [400, 401, 429, 500, 503]
})

const manifest = { manifest: { publishingInformation: { locales: {} } } }
const headerOf = (index: number, name: string) =>
  Effect.map(TestHttpTransport.requests, (requests) => requests[index]?.headers[name])

describe("response headers reach the caller", () => {
  it.effect("a 200 with an ETag: the body and the etag, as the server wrote it", () =>
    Effect.gen(function*() {
      const read = yield* SmapiClient.call(getSkillManifest, { skillId, stageV2: "development" })
      assert.deepStrictEqual(read, { body: manifest, etag: "\"abc-123\"" })
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(200, manifest, { ETag: "\"abc-123\"" })]))))

  it.effect("a header the answer lacks is undefined; a 303 is its Location", () =>
    Effect.gen(function*() {
      const read = yield* SmapiClient.call(getSkillManifest, { skillId, stageV2: "live" })
      assert.deepStrictEqual(read, { body: manifest, etag: undefined })
      const moved = yield* SmapiClient.call(getSkillManifest, { skillId, stageV2: "live" })
      assert.deepStrictEqual(moved, { location: "/v1/skills/x/stages/live/manifest" })
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, manifest),
      TestHttpTransport.respond(303, "", { Location: "/v1/skills/x/stages/live/manifest" })
    ]))))

  it.effect("a header value is made printable and bounded", () =>
    Effect.gen(function*() {
      const read = yield* SmapiClient.call(getSkillManifest, { skillId, stageV2: "live" })
      const etag = "etag" in read ? read.etag : undefined
      assert.strictEqual(etag?.length, 2049)
      assert.notInclude(etag, "\u0007")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, manifest, { ETag: `"\u0007${"e".repeat(3000)}"` })
    ]))))

  it.effect("a 202 with an empty body is a success, with its ETag and Location", () =>
    Effect.gen(function*() {
      const updated = yield* SmapiClient.call(updateSkillManifest, {
        skillId,
        stageV2: "development",
        updateSkillRequest: manifest,
        ifMatch: "\"abc-123\""
      })
      assert.deepStrictEqual(updated, {
        body: undefined,
        etag: "\"abc-124\"",
        location: `/v1/skills/${skillId}/status?resource=manifest`
      })
      assert.strictEqual(yield* headerOf(0, "if-match"), "\"abc-123\"")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(202, "", {
        ETag: "\"abc-124\"",
        Location: `/v1/skills/${skillId}/status?resource=manifest`
      })
    ]))))

  it.effect("a 201 or 202 with an empty body is a success; one with a body decodes it", () =>
    Effect.gen(function*() {
      const empty = yield* SmapiClient.call(createCatalog, { createCatalogRequest: { title: "t" } })
      assert.deepStrictEqual(empty, { body: undefined, location: "/v0/catalogs/c1" })
      const full = yield* SmapiClient.call(createCatalog, { createCatalogRequest: { title: "t" } })
      assert.deepStrictEqual(full, { body: { id: "c2" }, location: undefined })
      const accepted = yield* SmapiClient.call(createSkill, { createSkillRequest: manifest })
      assert.deepStrictEqual(accepted, { body: undefined, location: "/v1/skills/s/status" })
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(201, "", { Location: "/v0/catalogs/c1" }),
      TestHttpTransport.respond(201, { id: "c2" }),
      TestHttpTransport.respond(202, "  \n", { Location: "/v1/skills/s/status" })
    ]))))

  it.effect("a body that is there but wrong is still MALFORMED_RESPONSE", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SmapiClient.call(createCatalog, { createCatalogRequest: { title: "t" } }))
      assert.strictEqual(failure._tag, "ServerError")
      assert.strictEqual(failure.code, "MALFORMED_RESPONSE")
      assert.include(failure.message, "id")
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(201, { other: 1 })]))))
})

describe("text/csv both ways", () => {
  const csv = "utterance,intent\r\n\"play, \"\"jazz\"\"\",PlayIntent\r\n"

  it.effect("Accept: text/csv replaces the default Accept, and a text/csv answer is its text", () =>
    Effect.gen(function*() {
      const text = yield* SmapiClient.call(getAnnotations, { skillId, annotationId: "a1", accept: "text/csv" })
      assert.strictEqual(text, csv)
      assert.strictEqual(yield* headerOf(0, "accept"), "text/csv")
      const json = yield* SmapiClient.call(getAnnotations, { skillId, annotationId: "a1", accept: "application/json" })
      assert.deepStrictEqual(json, { data: [{ inputs: { utterance: "hi" } }] })
      assert.strictEqual(yield* headerOf(1, "accept"), "application/json")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, csv, { "Content-Type": "text/csv; charset=utf-8" }),
      TestHttpTransport.respond(200, { data: [{ inputs: { utterance: "hi" } }] })
    ]))))

  it.effect("a text answer that is not UTF-8 is MALFORMED_RESPONSE, not replaced characters", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(
        SmapiClient.call(getAnnotations, { skillId, annotationId: "a1", accept: "text/csv" })
      )
      assert.strictEqual(failure.code, "MALFORMED_RESPONSE")
      assert.include(failure.message, "UTF-8")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, new Uint8Array([0x61, 0xff, 0x62]), { "Content-Type": "text/csv" })
    ]))))

  it.effect("Content-Type: text/csv sends the string as it is; JSON sends it as JSON", () =>
    Effect.gen(function*() {
      yield* SmapiClient.call(updateAnnotations, {
        skillId,
        annotationId: "a1",
        contentType: "text/csv",
        updateNLUAnnotationSetAnnotationsRequest: csv
      })
      yield* SmapiClient.call(updateAnnotations, {
        skillId,
        annotationId: "a1",
        contentType: "application/json",
        updateNLUAnnotationSetAnnotationsRequest: { data: [{ inputs: { utterance: "hi" } }] }
      })
      const [asText, asJson] = yield* TestHttpTransport.requests
      assert.strictEqual(TestHttpTransport.bodyText(asText!), csv)
      assert.strictEqual(asText!.url, `${base}/v1/skills/${skillId}/nluAnnotationSets/a1/annotations`)
      assert.strictEqual(asText!.headers["content-type"], "text/csv")
      assert.strictEqual(asText!.body?.contentType, "text/csv")
      assert.deepStrictEqual(JSON.parse(TestHttpTransport.bodyText(asJson!)), {
        data: [{ inputs: { utterance: "hi" } }]
      })
      assert.strictEqual(asJson!.body?.contentType, "application/json")
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(200), TestHttpTransport.respond(200)]))))

  it.effect("a string body under a JSON content type is JSON-quoted", () =>
    Effect.gen(function*() {
      yield* SmapiClient.call(updateAnnotations, {
        skillId,
        annotationId: "a1",
        contentType: "application/json",
        updateNLUAnnotationSetAnnotationsRequest: "a,b"
      })
      const [request] = yield* TestHttpTransport.requests
      assert.strictEqual(TestHttpTransport.bodyText(request!), "\"a,b\"")
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(200)]))))
})

describe("errors: Conflict and PreconditionFailed where declared, and what SMAPI said", () => {
  const update = SmapiClient.call(updateSkillManifest, {
    skillId,
    stageV2: "development",
    updateSkillRequest: manifest,
    ifMatch: "\"old\""
  })

  it.effect("409 and 412 declared: Conflict and PreconditionFailed, with the server's words, not retried", () =>
    Effect.gen(function*() {
      const conflict = yield* withTime(Effect.flip(update))
      assert.strictEqual(conflict._tag, "Conflict")
      assert.strictEqual(conflict.status, 409)
      assert.strictEqual(conflict.message, "Skill is currently being updated")
      assert.strictEqual(conflict.code, "CONFLICT")
      const stale = yield* withTime(Effect.flip(update))
      assert.strictEqual(stale._tag, "PreconditionFailed")
      assert.strictEqual(stale.status, 412)
      assert.strictEqual(stale.attempts, 1)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 2)
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(409, { code: "CONFLICT", message: "Skill is currently being updated" }),
      TestHttpTransport.respond(412, { message: "The ETag does not match" })
    ]))))

  it.effect("a user's schedule sees only retriable errors: a Conflict after a 503 ends the call untouched", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const schedule = Schedule.recurs(5).pipe(
        Schedule.tapInput((error: SmapiError.SmapiError) => Effect.sync(() => seen.push(error._tag)))
      )
      const failure = yield* withTime(Effect.flip(
        SmapiClient.call(updateSkillManifest, { skillId, stageV2: "live", updateSkillRequest: manifest }).pipe(
          Effect.provide(layer([error(503), error(409)], { retry: RetryPolicy.make({ schedule }) }))
        )
      ))
      assert.strictEqual(failure._tag, "Conflict")
      assert.strictEqual(failure.attempts, 2)
      assert.deepStrictEqual(seen, ["Unavailable"])
    }))

  it.effect("an operation that does not declare 409 or 412 maps them as before: BadRequest", () =>
    Effect.gen(function*() {
      const conflict = yield* Effect.flip(SmapiClient.call(getSkillManifest, { skillId, stageV2: "live" }))
      assert.strictEqual(conflict._tag, "BadRequest")
      assert.strictEqual(conflict.status, 409)
      const stale = yield* Effect.flip(SmapiClient.call(getSkillManifest, { skillId, stageV2: "live" }))
      assert.strictEqual(stale._tag, "BadRequest")
    }).pipe(Effect.provide(layer([error(409), error(412)]))))

  it.effect("413 is BadRequest with its code", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SmapiClient.call(createSkill, { createSkillRequest: manifest }))
      assert.strictEqual(failure._tag, "BadRequest")
      assert.strictEqual(failure.status, 413)
      assert.strictEqual(failure.code, "PAYLOAD_TOO_LARGE")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(413, { code: "PAYLOAD_TOO_LARGE", message: "The request is too large" })
    ]))))

  it.effect("a BadRequestError keeps its violations, printable and bounded", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SmapiClient.call(createSkill, { createSkillRequest: manifest }))
      assert.strictEqual(failure._tag, "BadRequest")
      assert.strictEqual(failure.message, "Request is invalid")
      assert.deepStrictEqual(failure.violations?.slice(0, 3), [
        { code: "INVALID_REQUEST_PARAMETER", message: "manifest.publishingInformation is missing" },
        { message: "a second line" },
        { code: "X", message: "" }
      ])
      assert.strictEqual(failure.violations?.length, 20)
      assert.strictEqual(failure.violations?.[3]?.message.length, 501)
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(400, {
        message: "Request is invalid",
        violations: [
          { code: "INVALID_REQUEST_PARAMETER", message: "manifest.publishingInformation is missing" },
          { message: "a second\nline", code: 7 },
          { code: "X" },
          ...Array.from({ length: 30 }, () => ({ message: "m".repeat(2000) })),
          "not an object"
        ]
      })
    ]))))

  it.effect("a StandardizedError keeps its validationDetails, bounded, never a field that may hold a secret", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SmapiClient.call(createSkill, { createSkillRequest: manifest }))
      assert.strictEqual(failure.code, "INVALID_IMAGE_SIZE")
      assert.deepStrictEqual(failure.validationDetails, {
        actualImageAttributes: { dimension: { widthInPixels: 100, heightInPixels: 100 } },
        allowedContentTypes: ["image/png", "image/jpeg"],
        originalInstance: { propertyPath: "manifest.publishingInformation.locales.en-US.largeIconUri" },
        reason: { type: "a line" }
      })
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(400, {
        code: "INVALID_IMAGE_SIZE",
        message: "The image is too small",
        validationDetails: {
          actualImageAttributes: { dimension: { widthInPixels: 100, heightInPixels: 100 } },
          allowedContentTypes: ["image/png", "image/jpeg"],
          originalInstance: { propertyPath: "manifest.publishingInformation.locales.en-US.largeIconUri" },
          reason: { type: "a\u0000line" },
          clientSecret: "must not be kept",
          accessToken: "nor this"
        }
      })
    ]))))

  it("validationDetails of any shape is bounded: depth, width, size, no prototype change", () => {
    let deep: unknown = "bottom"
    for (let i = 0; i < 100; i++) deep = { next: deep }
    const kept = Wire.bounded({ deep, wide: Array.from({ length: 1000 }, (_, i) => i), ["__proto__"]: { polluted: 1 } })
    assert.isTrue(JSON.stringify(kept).length < 10_000)
    assert.strictEqual((kept as { wide: Array<number> }).wide.length, 50)
    assert.strictEqual(Object.getPrototypeOf(kept), Object.prototype)
    assert.isUndefined(Wire.bounded(Symbol("x")))
  })

  it("a body of the wrong shape loses only the field that is wrong", () => {
    const decoded = Wire.decodeFailure(
      TestHttpTransport.respond(400, { message: 42, code: "C", violations: "no", validationDetails: null }),
      1,
      0
    )
    assert.strictEqual(decoded.code, "C")
    assert.strictEqual(decoded.message, "The request was rejected as invalid. (HTTP 400)")
    assert.isUndefined(decoded.violations)
    assert.isNull(decoded.validationDetails)
  })

  it("every declared error status decodes to its tag, 409 and 412 included", () => {
    for (const status of updateSkillManifest.errors) {
      const decoded = Wire.decode(updateSkillManifest, error(status), 1, 0)
      assert.isTrue(Either.isLeft(decoded))
      if (Either.isLeft(decoded)) {
        assert.strictEqual(decoded.left._tag, Wire.tagOfDeclaredStatus(status, updateSkillManifest.errors))
        assert.include(SmapiError.anyTags, decoded.left._tag)
      }
    }
    assert.strictEqual(Wire.tagOfDeclaredStatus(409, [409]), "Conflict")
    assert.strictEqual(Wire.tagOfDeclaredStatus(412, [412]), "PreconditionFailed")
    assert.strictEqual(Wire.tagOfDeclaredStatus(409, [412]), "BadRequest")
  })

  it("the error type is the seven plus what the operation declares", () => {
    type ErrorOfCall<Op> = Op extends Operation.Operation<infer _I, infer _A, infer E> ? E : never
    expectTypeOf<ErrorOfCall<typeof getSkillManifest>>().toEqualTypeOf<SmapiError.SmapiError>()
    expectTypeOf<ErrorOfCall<typeof updateSkillManifest>>().toEqualTypeOf<SmapiError.Any>()
    expectTypeOf<ErrorOfCall<typeof updateAnnotations>>().toEqualTypeOf<SmapiError.Any>()
    expectTypeOf<Operation.ErrorOf<readonly [400, 409]>>().toEqualTypeOf<
      SmapiError.SmapiError | SmapiError.Conflict
    >()
    expectTypeOf(SmapiClient.call(getSkillManifest, { skillId, stageV2: "live" })).toEqualTypeOf<
      Effect.Effect<
        { readonly body: typeof Manifest.Type; readonly etag?: string | undefined } | {
          readonly location: string | undefined
        },
        SmapiError.SmapiError,
        SmapiClient.SmapiClient
      >
    >()
    expectTypeOf(SmapiClient.pages(Operation.paginated(updateSkillManifestList, pagination), { skillId }))
      .toEqualTypeOf<
        Stream.Stream<
          { readonly nextToken?: string | undefined },
          SmapiError.SmapiError | SmapiError.Conflict,
          SmapiClient.SmapiClient
        >
      >()
    // a seven-error operation is not one that may fail with Conflict
    const any = updateSkillManifest as Operation.Operation<unknown, unknown, SmapiError.Any>
    // @ts-expect-error Conflict and PreconditionFailed are not among the seven
    const seven: Operation.Operation<unknown, unknown> = any
    assert.strictEqual(seven, any)
  })
})

const updateSkillManifestList = Operation.make({
  id: "listVersionsV1",
  method: "GET",
  path: "/v1/skills/{skillId}/versions",
  parameters: {
    skillId: Operation.path(SkillId),
    nextToken: Operation.query(Schema.optional(Schema.String))
  },
  responses: { 200: Operation.json(Schema.Struct({ nextToken: Schema.optional(Schema.String) })) },
  errors: [400, 409]
})
const pagination = {
  inputToken: "nextToken",
  nextToken: (page: { readonly nextToken?: string | undefined }) => page.nextToken
} as const

describe("input typing and conditional writes", () => {
  it("a literal written inline fits a literal union; a value outside it does not compile", () => {
    const stage = Schema.Literal("development", "live")
    const getStage = Operation.make({
      id: "getStage",
      method: "GET",
      path: "/v1/skills/{skillId}/stages/{stage}",
      parameters: { skillId: Operation.path(SkillId), stage: Operation.path(stage) },
      responses: { 200: Operation.empty }
    })
    const live = SmapiClient.call(getStage, { skillId, stage: "live" })
    const paged = Operation.paginated(
      Operation.make({
        id: "listStage",
        method: "GET",
        path: "/v1/skills/{skillId}/stages/{stage}/versions",
        parameters: {
          skillId: Operation.path(SkillId),
          stage: Operation.path(stage),
          nextToken: Operation.query(Schema.optional(Schema.String))
        },
        responses: { 200: Operation.json(Schema.Struct({ nextToken: Schema.optional(Schema.String) })) }
      }),
      pagination
    )
    const pages = SmapiClient.pages(paged, { skillId, stage: "development" })
    // @ts-expect-error "beta" is not a stage
    const beta = SmapiClient.call(getStage, { skillId, stage: "beta" })
    // @ts-expect-error "beta" is not a stage
    const betaPages = SmapiClient.pages(paged, { skillId, stage: "beta" })
    expectTypeOf(live).toEqualTypeOf<Effect.Effect<void, SmapiError.SmapiError, SmapiClient.SmapiClient>>()
    assert.isTrue(Effect.isEffect(live) && Effect.isEffect(beta) && Stream.StreamTypeId in pages)
    assert.isTrue(Stream.StreamTypeId in betaPages)
  })

  it("an optional path parameter is refused when the operation is made", () => {
    for (const field of [Schema.optional(Schema.String), Schema.UndefinedOr(Schema.String)]) {
      assert.throws(
        () =>
          Operation.make({
            id: "optionalPath",
            method: "GET",
            path: "/v1/skills/{skillId}",
            parameters: { skillId: Operation.path(field) },
            responses: { 200: Operation.empty }
          }),
        /optionalPath: path parameter "skillId" is optional/
      )
    }
  })

  const conditional = (ifMatch: string | undefined) =>
    SmapiClient.call(updateSkillManifest, {
      skillId,
      stageV2: "development",
      updateSkillRequest: manifest,
      ...(ifMatch === undefined ? {} : { ifMatch })
    })

  it.effect("an If-Match write is not retried after a 5xx or a timeout: its retry could answer 412 for its own success", () =>
    Effect.gen(function*() {
      const down = yield* withTime(Effect.flip(conditional("\"e1\"")))
      assert.strictEqual(down._tag, "Unavailable")
      assert.strictEqual(down.attempts, 1)
      const broken = yield* withTime(Effect.flip(conditional("\"e1\"")))
      assert.strictEqual(broken._tag, "ServerError")
      assert.strictEqual(broken.attempts, 1)
      const slow = yield* withTime(Effect.flip(conditional("\"e1\"")))
      assert.strictEqual(slow.code, "ATTEMPT_TIMEOUT")
      assert.strictEqual(slow.attempts, 1)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 3)
    }).pipe(Effect.provide(layer([
      error(503),
      error(500),
      TestHttpTransport.delay("1 minute", TestHttpTransport.respond(202))
    ]))))

  it.effect("an If-Match write is retried after a 429 and a refused connection: nothing was done", () =>
    Effect.gen(function*() {
      const updated = yield* withTime(conditional("\"e1\""))
      assert.strictEqual(updated.etag, "\"e2\"")
      assert.strictEqual((yield* TestHttpTransport.requests).length, 3)
    }).pipe(Effect.provide(layer([
      error(429),
      TestHttpTransport.fail("ConnectionRefused"),
      TestHttpTransport.respond(202, "", { ETag: "\"e2\"" })
    ]))))

  it.effect("the same write without If-Match is idempotent (a PUT): a 503 is retried", () =>
    Effect.gen(function*() {
      const updated = yield* withTime(conditional(undefined))
      assert.strictEqual(updated.etag, "\"e2\"")
      assert.strictEqual((yield* TestHttpTransport.requests).length, 2)
    }).pipe(Effect.provide(layer([error(503), TestHttpTransport.respond(202, "", { ETag: "\"e2\"" })]))))
})
