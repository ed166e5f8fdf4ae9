/**
 * The operations under test. Until the generated ones exist: the engine's four experimental
 * descriptions and two written here, each of a shape those lack (`If-Match` with a body,
 * `Accept-Language`).
 */
import * as Experimental from "@smapi-effect/engine/Experimental"
import * as Operation from "@smapi-effect/engine/Operation"
import * as Schema from "effect/Schema"

/** Any operation, as the test sees it: an input object in, some value out. */
export type AnyOperation = Operation.Operation<Readonly<Record<string, unknown>>, unknown>

const updateSkillManifestV1 = Operation.make({
  id: "updateSkillManifestV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/stages/{stageV2}/manifest",
  parameters: {
    skillId: Operation.path(Operation.string({ minLength: 1, maxLength: 255 })),
    stageV2: Operation.path(Schema.Literal("development", "live", "certified")),
    updateSkillRequest: Operation.body(Schema.Struct({ manifest: Schema.optional(Schema.Struct({})) })),
    ifMatch: Operation.header(Schema.optional(Schema.String), "If-Match")
  },
  responses: { 202: Operation.accepted(Schema.Unknown) },
  errors: [400, 401, 403, 404, 409, 412, 429, 500, 503]
})

const getCertificationReviewV1 = Operation.make({
  id: "getCertificationReviewV1",
  method: "GET",
  path: "/v1/skills/{skillId}/certifications/{certificationId}",
  parameters: {
    skillId: Operation.path(Operation.string({ minLength: 1, maxLength: 255 })),
    certificationId: Operation.path(Schema.String),
    acceptLanguage: Operation.header(Schema.optional(Schema.String), "Accept-Language")
  },
  responses: { 200: Operation.json(Schema.Unknown) },
  errors: [400, 401, 404, 429, 500, 503]
})

/** Every operation under test, by id. */
export const operations: ReadonlyArray<AnyOperation> = [
  Experimental.listSkillsForVendor,
  Experimental.getSkillStatus,
  Experimental.deleteSkill,
  Experimental.createSkill,
  updateSkillManifestV1,
  getCertificationReviewV1
] as unknown as ReadonlyArray<AnyOperation>

/** Whether every operation of the model is under test (once the generated ones exist). */
export const complete = false
