/**
 * The model's `v1.skill.publication` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * `v1.skill.publication.PublishSkillRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PublishSkillRequest {
  /**
   * Used to determine when the skill Publishing should start. It takes the request timestamp as default value. The date range can be a maximum of upto 6 months from the current time stamp. The format should be the  RFC 3399 variant of ISO 8601. e.g 2019-04-12T23:20:50.52Z
   */
  readonly publishesAtDate?: string | undefined
}

/**
 * The schema of `v1.skill.publication.PublishSkillRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PublishSkillRequest: Schema.Schema<PublishSkillRequest> = /*#__PURE__*/ Open.struct({
  publishesAtDate: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Status of publishing
 *
 * @since 0.3.0
 * @category models
 */
export type SkillPublicationStatus = "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "CANCELLED" | "SCHEDULED" | (string & {})

/**
 * The schema of `v1.skill.publication.SkillPublicationStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillPublicationStatus: Schema.Schema<SkillPublicationStatus> = /*#__PURE__*/ Open.literals(
  "IN_PROGRESS",
  "SUCCEEDED",
  "FAILED",
  "CANCELLED",
  "SCHEDULED"
)

/**
 * `v1.skill.publication.SkillPublicationResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillPublicationResponse {
  /**
   * Used to determine when the skill Publishing should start.
   */
  readonly publishesAtDate?: string | undefined
  readonly status?: SkillPublicationStatus | undefined
}

/**
 * The schema of `v1.skill.publication.SkillPublicationResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillPublicationResponse: Schema.Schema<SkillPublicationResponse> = /*#__PURE__*/ Open.struct({
  publishesAtDate: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(SkillPublicationStatus)
})
