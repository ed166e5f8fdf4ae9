/**
 * The model's `v0.eventSchema.AlexaDevelopmentEvent` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V0EventSchema from "./V0EventSchema.js"

/**
 * 'AlexaDevelopmentEvent.InteractionModelUpdate' event represents the status of set/update interaction model
 * request. The update request may complete either with `SUCCEEDED` or `FAILED` status.
 *
 * @since 0.3.0
 * @category models
 */
export interface InteractionModelUpdate {
  /**
   * ISO 8601 timestamp for the instant when event was created.
   */
  readonly timestamp?: string | undefined
  readonly eventName: "AlexaDevelopmentEvent.InteractionModelUpdate"
  /**
   * A development notification includes a unique identifier that identifies the original request that resulted in the development notification. The requestId for original request is returned by Amazon APIs in response's 'X-Amzn-RequestId' header.
   */
  readonly requestId?: string | undefined
  readonly payload?: V0EventSchema.InteractionModelEventAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.AlexaDevelopmentEvent.InteractionModelUpdate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionModelUpdate: Schema.Schema<InteractionModelUpdate> = /*#__PURE__*/ Open.struct({
  timestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  eventName: /*#__PURE__*/ Schema.Literal("AlexaDevelopmentEvent.InteractionModelUpdate"),
  requestId: /*#__PURE__*/ Schema.optional(Schema.String),
  payload: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchema.InteractionModelEventAttributes> =>
      V0EventSchema.InteractionModelEventAttributes
    )
  )
})

/**
 * 'AlexaDevelopmentEvent.ManifestUpdate' event represents the status of the update request on the Manifest. This event is generated when request to create a skill or update an existing skill is completed. The request may complete either with `SUCCEEDED` or `FAILED` status.
 *
 * @since 0.3.0
 * @category models
 */
export interface ManifestUpdate {
  /**
   * ISO 8601 timestamp for the instant when event was created.
   */
  readonly timestamp?: string | undefined
  readonly eventName: "AlexaDevelopmentEvent.ManifestUpdate"
  /**
   * A development notification includes a unique identifier that identifies the original request that resulted in the development notification. The requestId for original request is returned by Amazon APIs in response's 'X-Amzn-RequestId' header.
   */
  readonly requestId?: string | undefined
  readonly payload?: V0EventSchema.SkillEventAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.AlexaDevelopmentEvent.ManifestUpdate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ManifestUpdate: Schema.Schema<ManifestUpdate> = /*#__PURE__*/ Open.struct({
  timestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  eventName: /*#__PURE__*/ Schema.Literal("AlexaDevelopmentEvent.ManifestUpdate"),
  requestId: /*#__PURE__*/ Schema.optional(Schema.String),
  payload: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchema.SkillEventAttributes> =>
      V0EventSchema.SkillEventAttributes
    )
  )
})

/**
 * 'AlexaDevelopmentEvent.SkillCertification' event represents the status of various validations of
 * `certification workflow`. This step may complete either with `SUCCEEDED` or `FAILED` status.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillCertification {
  /**
   * ISO 8601 timestamp for the instant when event was created.
   */
  readonly timestamp?: string | undefined
  readonly eventName: "AlexaDevelopmentEvent.SkillCertification"
  /**
   * A development notification includes a unique identifier that identifies the original request that resulted in the development notification. The requestId for original request is returned by Amazon APIs in response's 'X-Amzn-RequestId' header.
   */
  readonly requestId?: string | undefined
  readonly payload?: V0EventSchema.SkillEventAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.AlexaDevelopmentEvent.SkillCertification`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillCertification: Schema.Schema<SkillCertification> = /*#__PURE__*/ Open.struct({
  timestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  eventName: /*#__PURE__*/ Schema.Literal("AlexaDevelopmentEvent.SkillCertification"),
  requestId: /*#__PURE__*/ Schema.optional(Schema.String),
  payload: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchema.SkillEventAttributes> =>
      V0EventSchema.SkillEventAttributes
    )
  )
})

/**
 * 'AlexaDevelopmentEvent.SkillPublish' event represents the status of publish to live operation. When a developer submits a skill for certification, it goes through `certification workflow` followed by publish to live workflow. This event is generated in publish workflow and may complete either with `SUCCEEDED` or `FAILED` status. If 'SUCCEEDED', users can see and enable latest version of the skill via Alexa Skill Store.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillPublish {
  /**
   * ISO 8601 timestamp for the instant when event was created.
   */
  readonly timestamp?: string | undefined
  readonly eventName: "AlexaDevelopmentEvent.SkillPublish"
  /**
   * A development notification includes a unique identifier that identifies the original request that resulted in the development notification. The requestId for original request is returned by Amazon APIs in response's 'X-Amzn-RequestId' header.
   */
  readonly requestId?: string | undefined
  readonly payload?: V0EventSchema.SkillEventAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.AlexaDevelopmentEvent.SkillPublish`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillPublish: Schema.Schema<SkillPublish> = /*#__PURE__*/ Open.struct({
  timestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  eventName: /*#__PURE__*/ Schema.Literal("AlexaDevelopmentEvent.SkillPublish"),
  requestId: /*#__PURE__*/ Schema.optional(Schema.String),
  payload: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchema.SkillEventAttributes> =>
      V0EventSchema.SkillEventAttributes
    )
  )
})
