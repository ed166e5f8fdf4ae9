import SwaggerParser from "@apidevtools/swagger-parser"
import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Model from "@smapi-effect/codegen/Model"
import * as Names from "@smapi-effect/codegen/Names"
import * as Quirks from "@smapi-effect/codegen/Quirks"
import * as Spec from "@smapi-effect/codegen/Spec"
import type { OpenAPIV2 } from "openapi-types"

// The pinned model, read and validated once for the file.
let spec: Spec.Spec
let model: Model.Model
beforeAll(async () => {
  spec = await Spec.load()
  model = Model.make(spec, Spec.modelVersion())
})

const definition = (name: string) => {
  const found = model.definitions.get(name)
  if (found === undefined) throw new Error(`no ${name}`)
  return found
}
const operation = (name: string) => {
  const found = model.operations.find((o) => o.name === name)
  if (found === undefined) throw new Error(`no ${name}`)
  return found
}

describe("the pinned model", () => {
  it("has 158 operations, 681 definitions, 31 paged, 11 discriminated unions", () => {
    assert.strictEqual(Spec.modelVersion(), "1.24.0")
    assert.strictEqual(model.operations.length, 158)
    assert.strictEqual(model.definitions.size, 681)
    assert.strictEqual(model.operations.filter((o) => o.pagination !== undefined).length, 31)
    const discriminated = [...model.definitions.values()].filter((d) => d.kind === "union" && d.discriminator)
    assert.strictEqual(discriminated.length, 11)
    assert.strictEqual(model.operations.filter((o) => o.errors.includes(409)).length, 29)
    assert.strictEqual(model.operations.filter((o) => o.errors.includes(412)).length, 8)
  })
})

describe("quirks of the model, one each", () => {
  it("isStringEnum: a string enum typed `object` is an enum", () => {
    assert.strictEqual(spec.definitions["v1.StageType"]?.type, "object")
    assert.deepInclude(definition("v1.StageType"), { kind: "enum", values: ["development", "live"] })
    assert.strictEqual(definition("v1.skill.skillResourcesEnum").kind, "enum")
  })

  it("inlineParameterItemRefs: the document is not valid Swagger 2.0 as published, and is once query items are inlined", async () => {
    const raw = await SwaggerParser.validate(structuredClone(spec) as unknown as OpenAPIV2.Document).then(
      () => "valid",
      (error: unknown) => String(error)
    )
    assert.match(raw, /intentRequests/)
    await SwaggerParser.validate(Quirks.inlineParameterItemRefs(spec) as unknown as OpenAPIV2.Document)
    // the generator keeps the reference: an array of the model's enum
    const dialogAct = operation("getUtteranceDataV1").parameters.find((p) => p.key === "dialogActName")
    assert.deepStrictEqual(dialogAct?.type, {
      kind: "array",
      items: { kind: "ref", name: "v1.skill.history.DialogActName" },
      minItems: undefined,
      maxItems: undefined
    })
  })

  it("isFreeFormObject: an object with no properties is any JSON object", () => {
    assert.deepInclude(definition("v1.smartHomeEvaluation.SHCapabilityState"), {
      kind: "alias",
      type: { kind: "record", values: { kind: "unknown" }, minProperties: undefined, maxProperties: undefined }
    })
  })

  it("baseTypeMembers: a base type with no discriminator is the union of what inherits from it, the strictest first", () => {
    assert.deepInclude(definition("v1.catalog.upload.CatalogUploadBase"), {
      kind: "union",
      members: ["v1.catalog.upload.PreSignedUrl", "v1.catalog.upload.Location"],
      discriminator: undefined
    })
  })

  it("discriminated unions: each member's tag is its literal, required even where the base leaves it optional", () => {
    const jobs = definition("v1.skill.interactionModel.jobs.JobDefinition")
    assert.strictEqual(spec.definitions["v1.skill.interactionModel.jobs.JobDefinition"]?.required, undefined)
    assert.strictEqual(jobs.kind === "union" && jobs.discriminator?.property, "type")
    const member = definition("v1.skill.interactionModel.jobs.CatalogAutoRefresh")
    assert.deepInclude(member.kind === "struct" ? member.properties.find((p) => p.name === "type") : undefined, {
      type: { kind: "literal", value: "CatalogAutoRefresh" },
      required: true
    })
    const manifest = definition("v1.skill.Manifest.Interface")
    assert.isTrue(manifest.kind === "union" && manifest.discriminator?.values.includes("ALEXA_PRESENTATION_APL"))
  })

  it("secrets: the listed fields are secrets, and a new field named like one stops the generator", () => {
    const credentials = definition("v1.skill.SkillMessagingCredentials")
    assert.deepStrictEqual(
      credentials.kind === "struct" ? credentials.properties.find((p) => p.name === "clientSecret")?.type : undefined,
      { kind: "secret", of: { kind: "string", minLength: undefined, maxLength: undefined, pattern: undefined } }
    )
    assert.isTrue(model.secret.has("v1.skill.SkillCredentials"))
    assert.isTrue(model.secret.has("v1.skill.accountLinking.AccountLinkingRequest"))
    assert.isFalse(model.secret.has("v1.skill.Manifest.SkillManifest"))
    const withNewSecret: Spec.Spec = {
      ...spec,
      definitions: {
        ...spec.definitions,
        "v9.Thing": { type: "object", properties: { apiSecret: { type: "string" } } }
      }
    }
    assert.throws(() => Model.make(withNewSecret, "test"), /v9\.Thing\.apiSecret may hold a secret/)
  })

  it("tokenPlaces: each of the five places of a next-page token is found where the model puts it", () => {
    const place = (name: string) => {
      const { inputToken: _, ...rest } = operation(name).pagination!
      return rest
    }
    assert.deepStrictEqual(place("listSkillsForVendorV1"), {
      truncated: ["isTruncated"],
      token: ["nextToken"],
      link: ["_links", "next", "href"]
    })
    assert.deepStrictEqual(place("listExperimentsV1"), {
      truncated: undefined,
      token: ["paginationContext", "nextToken"],
      link: undefined
    })
    assert.deepStrictEqual(place("listSmarthomeCapabilityEvaluationsV1"), {
      truncated: undefined,
      token: ["paginationContextToken", "nextToken"],
      link: undefined
    })
    assert.deepStrictEqual(place("getIspListForVendorV1"), {
      truncated: ["inSkillProductSummaryList", "isTruncated"],
      token: ["inSkillProductSummaryList", "nextToken"],
      link: ["inSkillProductSummaryList", "_links", "next", "href"]
    })
    for (const o of model.operations.filter((o) => o.pagination !== undefined)) {
      assert.strictEqual(o.pagination?.inputToken, "nextToken", o.name)
    }
  })

  it("isStatus: a `default` response is neither a success nor a declared error", () => {
    const o = operation("listSmarthomeCapabilityTestPlansV1")
    assert.isDefined(spec.paths["/v1/skills/{skillId}/smartHome/testing/capabilityTestPlans"]?.get?.responses.default)
    assert.deepStrictEqual(o.responses.map((r) => r.status), [200])
    assert.isTrue(o.errors.every((status) => status >= 400 && status < 600))
  })

  it("textMedia: text/csv is an answer that may be text, and a body that may be a string", () => {
    assert.deepStrictEqual(operation("getAnnotationsForNLUAnnotationSetsV1").responses.map((r) => r.body), [
      "jsonOrText"
    ])
    const body = operation("updateAnnotationsForNLUAnnotationSetsV1").parameters.find((p) => p.in === "body")
    assert.strictEqual(body?.type.kind, "either")
  })

  it("keptHeaders: ETag and Location reach the caller; 201/202 with a body may come empty; 303 is a redirect", () => {
    assert.deepInclude(operation("getSkillManifestV1").responses.find((r) => r.status === 200), { headers: ["ETag"] })
    assert.deepInclude(operation("getSkillManifestV1").responses.find((r) => r.status === 303), { body: "redirect" })
    const created = operation("createSkillForVendorV1").responses
    assert.deepStrictEqual(created.map((r) => [r.status, r.body, r.headers]), [[202, "jsonOrEmpty", ["Location"]]])
  })

  it("names shared by two versions live in two modules; lowerCamelCase names are capitalized", () => {
    assert.strictEqual(Names.moduleName("v1.skill.simulations"), "V1SkillSimulations")
    assert.strictEqual(Names.moduleName("v2.skill.simulations"), "V2SkillSimulations")
    assert.strictEqual(
      definition("v1.skill.simulations.Device").exportName,
      definition("v2.skill.simulations.Device").exportName
    )
    assert.strictEqual(definition("v1.skill.createSkillRequest").exportName, "CreateSkillRequest")
  })

  it("argumentName: the official SDK's argument names", () => {
    assert.strictEqual(Names.argumentName("If-Match"), "ifMatch")
    assert.strictEqual(Names.argumentName("Accept-Language"), "acceptLanguage")
    assert.strictEqual(Names.argumentName("dialogAct.name"), "dialogActName")
    assert.strictEqual(Names.argumentName("intent.confidence.bin"), "intentConfidenceBin")
    assert.strictEqual(Names.argumentName("CreateCatalogRequest"), "createCatalogRequest")
    const params = operation("getUtteranceDataV1").parameters
    assert.deepInclude(params.find((p) => p.key === "dialogActName"), { wireName: "dialogAct.name", in: "query" })
  })

  it("open: enums and unions a response can hold take newer values; those only ever sent do not", () => {
    assert.isTrue(model.open.has("v1.skill.Manifest.Interface"))
    assert.isTrue(model.open.has("v1.skill.Manifest.SkillManifestEnvelope"))
    // only a query parameter's item type
    assert.isFalse(model.open.has("v1.skill.history.IntentConfidenceBin"))
  })
})
