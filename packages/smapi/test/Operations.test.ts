import { assert, describe, it } from "@effect/vitest"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as Operations from "@smapi-effect/smapi/Operations"
import * as Smapi from "@smapi-effect/smapi/Smapi"
import type * as V1SkillManifest from "@smapi-effect/smapi/V1SkillManifest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import { error, layer, smapiLayer, withTime } from "./harness.js"

const skillId = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012"
const base = "https://api.amazonalexa.com"

describe("generated operations over the engine", () => {
  it.effect("getSkillCredentialsV1 through Smapi: the request, and the secret Redacted once decoded", () =>
    Effect.gen(function*() {
      const smapi = yield* Smapi.Smapi
      const credentials = yield* smapi.getSkillCredentialsV1({ skillId })
      const secret = credentials.skillMessagingCredentials?.clientSecret
      assert.isTrue(secret !== undefined && Redacted.isRedacted(secret))
      assert.strictEqual(Redacted.value(secret!), "s3cret")
      assert.notInclude(JSON.stringify(credentials), "s3cret")
      const [request] = yield* TestHttpTransport.requests
      assert.strictEqual(request!.method, "GET")
      assert.strictEqual(request!.url, `${base}/v1/skills/${skillId}/credentials`)
    }).pipe(Effect.provide(smapiLayer([
      TestHttpTransport.respond(200, { skillMessagingCredentials: { clientId: "id", clientSecret: "s3cret" } })
    ]))))

  it.effect("getUtteranceDataV1: the SDK's argument names, sent under the model's wire names, arrays repeated", () =>
    Effect.gen(function*() {
      yield* SmapiClient.call(Operations.getUtteranceDataV1, {
        skillId,
        stage: "development",
        dialogActName: ["Dialog.ElicitSlot", "Dialog.ConfirmIntent"],
        intentName: ["OrderIntent"],
        maxResults: 10
      })
      const [request] = yield* TestHttpTransport.requests
      assert.strictEqual(request!.url, `${base}/v1/skills/${skillId}/history/intentRequests`)
      assert.deepStrictEqual(request!.query, {
        maxResults: "10",
        stage: "development",
        "dialogAct.name": ["Dialog.ElicitSlot", "Dialog.ConfirmIntent"],
        "intent.name": ["OrderIntent"]
      })
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(200, { items: [] })]))))

  it.effect("a constraint of the model is checked before sending: BadRequest, attempts 0, nothing sent", () =>
    Effect.gen(function*() {
      const tooMany = yield* Effect.flip(
        SmapiClient.call(Operations.getUtteranceDataV1, { skillId, stage: "development", maxResults: 51 })
      )
      assert.strictEqual(tooMany._tag, "BadRequest")
      assert.strictEqual(tooMany.attempts, 0)
      const badStage = yield* Effect.flip(
        // a stage the model does not list, in a parameter that is only ever sent
        SmapiClient.call(Operations.getUtteranceDataV1, { skillId, stage: "beta" as "live" })
      )
      assert.strictEqual(badStage._tag, "BadRequest")
      const longVendor = yield* Effect.flip(SmapiClient.call(Operations.createCatalogV0, {
        createCatalogRequest: {
          title: "Radio",
          type: "AMAZON.BroadcastChannel",
          usage: "AlexaMusic.Catalog.BroadcastChannel",
          vendorId: "M".repeat(256) // the model allows 1 to 255
        }
      }))
      assert.strictEqual(longVendor._tag, "BadRequest")
      assert.strictEqual(longVendor.attempts, 0)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 0)
    }).pipe(Effect.provide(layer([]))))

  it.effect("a paged list is a Stream of its pages: the token from nextToken, then the end at isTruncated false", () =>
    Effect.gen(function*() {
      const smapi = yield* Smapi.Smapi
      const ids = yield* smapi.listSkillsForVendorV1Pages({ vendorId: "M1X2" }).pipe(
        Stream.flatMap((page) => Stream.fromIterable(page.skills ?? [])),
        Stream.map((skill) => skill.skillId),
        Stream.runCollect
      )
      assert.deepStrictEqual(Chunk.toReadonlyArray(ids), ["s1", "s2", "s3"])
      const requests = yield* TestHttpTransport.requests
      assert.deepStrictEqual(requests.map((r) => r.query), [
        { vendorId: "M1X2" },
        { vendorId: "M1X2", nextToken: "t1" }
      ])
    }).pipe(Effect.provide(smapiLayer([
      TestHttpTransport.respond(200, {
        skills: [{ skillId: "s1" }, { skillId: "s2" }],
        isTruncated: true,
        nextToken: "t1"
      }),
      TestHttpTransport.respond(200, { skills: [{ skillId: "s3" }], isTruncated: false, nextToken: "stale" })
    ]))))

  it.effect("paginationContext.nextToken, and a token only in _links.next.href, are followed", () =>
    Effect.gen(function*() {
      const experiments = yield* SmapiClient.pages(Operations.listExperimentsV1, { skillId }).pipe(Stream.runCollect)
      assert.strictEqual(Chunk.size(experiments), 2)
      const products = yield* SmapiClient.pages(Operations.getIspListForVendorV1, { vendorId: "M1X2" }).pipe(
        Stream.runCollect
      )
      assert.strictEqual(Chunk.size(products), 2)
      const requests = yield* TestHttpTransport.requests
      assert.deepStrictEqual(requests.map((r) => r.query?.["nextToken"]), [undefined, "p2", undefined, "l2"])
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, { experiments: [], paginationContext: { nextToken: "p2" } }),
      TestHttpTransport.respond(200, { experiments: [], paginationContext: {} }),
      TestHttpTransport.respond(200, {
        inSkillProductSummaryList: { _links: { next: { href: "/v1/inSkillProducts?vendorId=M1X2&nextToken=l2" } } }
      }),
      TestHttpTransport.respond(200, { inSkillProductSummaryList: { isTruncated: false } })
    ]))))

  it.effect("a manifest read, edited and written back keeps what the model does not know, with its ETag", () =>
    Effect.gen(function*() {
      const smapi = yield* Smapi.Smapi
      const read = yield* smapi.getSkillManifestV1({ skillId, stageV2: "development" })
      assert.isTrue("body" in read)
      if (!("body" in read)) return
      assert.strictEqual(read.etag, "\"v7\"")
      const manifest = read.body.manifest!
      const edited: V1SkillManifest.SkillManifestEnvelope = {
        ...read.body,
        manifest: { ...manifest, manifestVersion: "1.1" }
      }
      const written = yield* smapi.updateSkillManifestV1({
        skillId,
        stageV2: "development",
        ifMatch: read.etag!,
        updateSkillRequest: edited
      })
      assert.strictEqual(written.location, `/v1/skills/${skillId}/status`)
      const [, put] = yield* TestHttpTransport.requests
      assert.strictEqual(put!.method, "PUT")
      assert.strictEqual(put!.headers["if-match"], "\"v7\"")
      assert.deepStrictEqual(JSON.parse(TestHttpTransport.bodyText(put!)), {
        ...stored,
        manifest: { ...stored.manifest, manifestVersion: "1.1" }
      })
    }).pipe(Effect.provide(smapiLayer([
      TestHttpTransport.respond(200, stored, { ETag: "\"v7\"" }),
      TestHttpTransport.respond(202, undefined, { Location: `/v1/skills/${skillId}/status` })
    ]))))

  it.effect("an enum value and a union member newer than the model decode as they are", () =>
    Effect.gen(function*() {
      const smapi = yield* Smapi.Smapi
      const read = yield* smapi.getSkillManifestV1({ skillId, stageV2: "development" })
      if (!("body" in read)) return assert.fail("no body")
      const interfaces = read.body.manifest?.apis?.custom?.interfaces ?? []
      assert.deepStrictEqual(interfaces.map((i) => i.type), ["ALEXA_PRESENTATION_APL", "HOLOGRAM_DISPLAY"])
      assert.strictEqual((interfaces[1] as V1SkillManifest.Interface.Unknown)["resolution"], "8k")
      assert.strictEqual(read.body.manifest?.publishingInformation?.category, "FUTURE_CATEGORY")
    }).pipe(Effect.provide(smapiLayer([TestHttpTransport.respond(200, stored)]))))

  it.effect("a known member that breaks its own schema is still an error, not an unknown member", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SmapiClient.call(Operations.getSkillManifestV1, { skillId, stageV2: "live" }))
      assert.strictEqual(failure._tag, "ServerError")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, {
        manifest: { apis: { custom: { interfaces: [{ type: "ALEXA_PRESENTATION_APL", supportedViewports: "all" }] } } }
      })
    ]))))

  it.effect("409 is Conflict for an operation that declares it", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SmapiClient.call(Operations.updateSkillManifestV1, {
        skillId,
        stageV2: "development",
        updateSkillRequest: { manifest: {} }
      }))
      assert.strictEqual(failure._tag, "Conflict")
      assert.strictEqual(failure.message, "HTTP 409 from the test")
    }).pipe(Effect.provide(layer([error(409)]))))

  it.effect("text/csv both ways: a string body is sent as it is; an Accept of text/csv answers text", () =>
    Effect.gen(function*() {
      const csv = "utterance,intent\nhello,HelloIntent\n"
      yield* SmapiClient.call(Operations.updateAnnotationsForNLUAnnotationSetsV1, {
        skillId,
        annotationId: "a1",
        contentType: "text/csv",
        updateNLUAnnotationSetAnnotationsRequest: csv
      })
      const text = yield* SmapiClient.call(Operations.getAnnotationsForNLUAnnotationSetsV1, {
        skillId,
        annotationId: "a1",
        accept: "text/csv"
      })
      assert.strictEqual(text, csv)
      const [post, get] = yield* TestHttpTransport.requests
      assert.strictEqual(post!.body?.contentType, "text/csv")
      assert.strictEqual(TestHttpTransport.bodyText(post!), csv)
      assert.strictEqual(get!.headers["accept"], "text/csv")
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200),
      TestHttpTransport.respond(200, "utterance,intent\nhello,HelloIntent\n", { "Content-Type": "text/csv" })
    ]))))

  it.effect("a 202 with an empty body is a success, with the Location", () =>
    Effect.gen(function*() {
      const created = yield* withTime(SmapiClient.call(Operations.createSkillForVendorV1, {
        createSkillRequest: { vendorId: "M1X2", manifest: {} }
      }))
      assert.deepStrictEqual(created, { body: undefined, location: `/v1/skills/${skillId}/status` })
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(202, undefined, { Location: `/v1/skills/${skillId}/status` })
    ]))))
})

// A manifest with a field, an enum value and an interface the model does not know.
const stored = {
  manifest: {
    manifestVersion: "1.0",
    publishingInformation: {
      category: "FUTURE_CATEGORY",
      locales: { "en-US": { name: "Sample", summary: "A sample" } },
      somethingNew: { nested: [1, 2, 3] }
    },
    apis: {
      custom: {
        endpoint: { uri: "arn:aws:lambda:us-east-1:123456789012:function:sample" },
        interfaces: [
          { type: "ALEXA_PRESENTATION_APL", supportedViewports: [{ mode: "HUB", shape: "RECTANGLE" }] },
          { type: "HOLOGRAM_DISPLAY", resolution: "8k" }
        ]
      }
    }
  },
  vendorNote: "kept"
}
