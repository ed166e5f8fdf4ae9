/**
 * The model's `v1.skill.resourceSchema` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * `v1.skill.resourceSchema.getResourceSchemaResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetResourceSchemaResponse {
  /**
   * S3 presigned URL to schema location.
   */
  readonly schemaLocationUrl?: string | undefined
  /**
   * Timestamp when the schema location url expires in ISO 8601 format.
   */
  readonly expiryTime?: string | undefined
}

/**
 * The schema of `v1.skill.resourceSchema.getResourceSchemaResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetResourceSchemaResponse: Schema.Schema<GetResourceSchemaResponse> = /*#__PURE__*/ Open.struct({
  schemaLocationUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  expiryTime: /*#__PURE__*/ Schema.optional(Schema.String)
})
