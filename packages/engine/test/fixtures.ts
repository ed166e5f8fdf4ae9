/**
 * Four operations of the official model, written by hand as descriptions, each of another shape:
 * a GET with query parameters, a DELETE answering 204, a POST with a JSON body answering 202 with
 * a `Location`, and a list paged with `nextToken`. The engine's tests run them; the published
 * descriptions of every operation are generated in `@smapi-effect/smapi`, which depends on this
 * package and so cannot serve its tests.
 */
import * as Operation from "@smapi-effect/engine/Operation"
import * as Schema from "effect/Schema"

const SkillId = Operation.string({ minLength: 1, maxLength: 255 })

export const SkillSummary = Schema.Struct({
  skillId: Schema.optional(Schema.String),
  stage: Schema.optional(Schema.String),
  apis: Schema.optional(Schema.Array(Schema.String)),
  publicationStatus: Schema.optional(Schema.String),
  lastUpdated: Schema.optional(Schema.String),
  nameByLocale: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
})

export const ListSkillResponse = Schema.Struct({
  skills: Schema.optional(Schema.Array(SkillSummary)),
  isTruncated: Schema.optional(Schema.Boolean),
  nextToken: Schema.optional(Schema.String)
})

/**
 * `GET /v1/skills?vendorId=…&nextToken=…&maxResults=…&skillId=…` (`listSkillsForVendorV1`):
 * a vendor's skills, paged. With `SmapiClient.pages` it is a `Stream` of every page.
 */
export const listSkillsForVendor = Operation.paginated(
  Operation.make({
    id: "listSkillsForVendorV1",
    method: "GET",
    path: "/v1/skills",
    parameters: {
      vendorId: Operation.query(Operation.string({ minLength: 1, maxLength: 255 })),
      nextToken: Operation.query(Schema.optional(Operation.string({ minLength: 1, maxLength: 2047 }))),
      maxResults: Operation.query(Schema.optional(Schema.Int.pipe(Schema.between(1, 50)))),
      skillId: Operation.query(Schema.optional(Schema.Array(Schema.String).pipe(Schema.maxItems(10))))
    },
    responses: { 200: Operation.json(ListSkillResponse) },
    errors: [400, 401, 403, 429, 500, 503]
  }),
  { inputToken: "nextToken", nextToken: (page) => (page.isTruncated === false ? undefined : page.nextToken) }
)

export const SkillStatus = Schema.Struct({
  manifest: Schema.optional(Schema.Struct({
    lastUpdateRequest: Schema.optional(Schema.Struct({ status: Schema.optional(Schema.String) }))
  })),
  interactionModel: Schema.optional(Schema.Record({
    key: Schema.String,
    value: Schema.Struct({
      lastUpdateRequest: Schema.optional(Schema.Struct({ status: Schema.optional(Schema.String) }))
    })
  }))
})

/**
 * `GET /v1/skills/{skillId}/status?resource=…` (`getSkillStatusV1`): the status of a skill's
 * resources; `resource` filters, and may be repeated.
 */
export const getSkillStatus = Operation.make({
  id: "getSkillStatusV1",
  method: "GET",
  path: "/v1/skills/{skillId}/status",
  parameters: {
    skillId: Operation.path(SkillId),
    resource: Operation.query(Schema.optional(Schema.Array(Schema.Literal("manifest", "interactionModel"))))
  },
  responses: { 200: Operation.json(SkillStatus) },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * `DELETE /v1/skills/{skillId}` (`deleteSkillV1`): `204 No Content` on success.
 */
export const deleteSkill = Operation.make({
  id: "deleteSkillV1",
  method: "DELETE",
  path: "/v1/skills/{skillId}",
  parameters: { skillId: Operation.path(SkillId) },
  responses: { 204: Operation.empty },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

export const CreateSkillRequest = Schema.Struct({
  vendorId: Schema.String,
  manifest: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  hosting: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

export const CreateSkillResponse = Schema.Struct({ skillId: Schema.String })

/**
 * `POST /v1/skills` (`createSkillForVendorV1`) with a JSON body: `202 Accepted`, the new skill id,
 * and in `location` the status URL to poll. Not idempotent: a 5xx or a timeout is not retried
 * (the skill may exist already); a 429 or a refused connection is.
 */
export const createSkill = Operation.make({
  id: "createSkillForVendorV1",
  method: "POST",
  path: "/v1/skills",
  parameters: { createSkillRequest: Operation.body(CreateSkillRequest) },
  responses: { 202: Operation.accepted(CreateSkillResponse) },
  errors: [400, 401, 403, 429, 500, 503]
})
