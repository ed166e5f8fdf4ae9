/**
 * The model's `v0.eventSchema` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V0EventSchemaAlexaCustomerFeedbackEvent from "./V0EventSchemaAlexaCustomerFeedbackEvent.js"
import * as V0EventSchemaAlexaDevelopmentEvent from "./V0EventSchemaAlexaDevelopmentEvent.js"

/**
 * Represents an actor that submitted a request causing development notification event.
 *
 * @since 0.3.0
 * @category models
 */
export interface ActorAttributes {
  /**
   * Identifies an Amazon Customer who submitted a request corresponding to the generated event.
   */
  readonly customerId?: string | undefined
}

/**
 * The schema of `v0.eventSchema.ActorAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ActorAttributes: Schema.Schema<ActorAttributes> = /*#__PURE__*/ Open.struct({
  customerId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Represents attributes common to all development notifications.
 *
 * @since 0.3.0
 * @category models
 */
export type BaseSchema =
  | V0EventSchemaAlexaDevelopmentEvent.ManifestUpdate
  | V0EventSchemaAlexaDevelopmentEvent.SkillPublish
  | V0EventSchemaAlexaDevelopmentEvent.SkillCertification
  | V0EventSchemaAlexaDevelopmentEvent.InteractionModelUpdate
  | V0EventSchemaAlexaCustomerFeedbackEvent.SkillReviewPublish

/**
 * The schema of `v0.eventSchema.BaseSchema`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const BaseSchema: Schema.Schema<BaseSchema> = /*#__PURE__*/ Schema.Union(
  /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchemaAlexaDevelopmentEvent.ManifestUpdate> =>
    V0EventSchemaAlexaDevelopmentEvent.ManifestUpdate
  ),
  /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchemaAlexaDevelopmentEvent.SkillPublish> =>
    V0EventSchemaAlexaDevelopmentEvent.SkillPublish
  ),
  /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchemaAlexaDevelopmentEvent.SkillCertification> =>
    V0EventSchemaAlexaDevelopmentEvent.SkillCertification
  ),
  /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchemaAlexaDevelopmentEvent.InteractionModelUpdate> =>
    V0EventSchemaAlexaDevelopmentEvent.InteractionModelUpdate
  ),
  /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchemaAlexaCustomerFeedbackEvent.SkillReviewPublish> =>
    V0EventSchemaAlexaCustomerFeedbackEvent.SkillReviewPublish
  )
)

/**
 * Represents a set of attributes specific to interaction model of an Alexa Skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface InteractionModelAttributes {
  /**
   * Unique identifier of an Alexa skill.
   */
  readonly skillId?: string | undefined
  /**
   * Unique identifier of vendor account to which this skill belongs.
   */
  readonly vendorId?: string | undefined
  /**
   * Locale of interaction model.
   */
  readonly locale?: string | undefined
}

/**
 * The schema of `v0.eventSchema.InteractionModelAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionModelAttributes: Schema.Schema<InteractionModelAttributes> = /*#__PURE__*/ Open.struct({
  skillId: /*#__PURE__*/ Schema.optional(Schema.String),
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String),
  locale: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Represents the completion status of the request.
 *
 * @since 0.3.0
 * @category models
 */
export type RequestStatus = "SUCCEEDED" | "FAILED"

/**
 * The schema of `v0.eventSchema.RequestStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const RequestStatus: Schema.Schema<RequestStatus> = /*#__PURE__*/ Schema.Literal("SUCCEEDED", "FAILED")

/**
 * Represents attributes of a subscription for development notification.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubscriptionAttributes {
  /**
   * Unique subscription id that triggered the development notification event.
   */
  readonly subscriptionId?: string | undefined
}

/**
 * The schema of `v0.eventSchema.SubscriptionAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriptionAttributes: Schema.Schema<SubscriptionAttributes> = /*#__PURE__*/ Open.struct({
  subscriptionId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Interaction model event specific attributes.
 *
 * @since 0.3.0
 * @category models
 */
export interface InteractionModelEventAttributes {
  readonly status?: RequestStatus | undefined
  readonly actor?: ActorAttributes | undefined
  readonly interactionModel?: InteractionModelAttributes | undefined
  readonly subscription?: SubscriptionAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.InteractionModelEventAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionModelEventAttributes: Schema.Schema<InteractionModelEventAttributes> = /*#__PURE__*/ Open
  .struct({
    status: /*#__PURE__*/ Schema.optional(RequestStatus),
    actor: /*#__PURE__*/ Schema.optional(ActorAttributes),
    interactionModel: /*#__PURE__*/ Schema.optional(InteractionModelAttributes),
    subscription: /*#__PURE__*/ Schema.optional(SubscriptionAttributes)
  })

/**
 * Represents a set of attributes specific to an Alexa Skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillAttributes {
  /**
   * Unique identifier of an Alexa skill.
   */
  readonly skillId?: string | undefined
  /**
   * Unique identifier of vendor account to which this skill belongs.
   */
  readonly vendorId?: string | undefined
}

/**
 * The schema of `v0.eventSchema.SkillAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillAttributes: Schema.Schema<SkillAttributes> = /*#__PURE__*/ Open.struct({
  skillId: /*#__PURE__*/ Schema.optional(Schema.String),
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Skill event specific attributes.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillEventAttributes {
  readonly status?: RequestStatus | undefined
  readonly actor?: ActorAttributes | undefined
  readonly skill?: SkillAttributes | undefined
  readonly subscription?: SubscriptionAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.SkillEventAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillEventAttributes: Schema.Schema<SkillEventAttributes> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(RequestStatus),
  actor: /*#__PURE__*/ Schema.optional(ActorAttributes),
  skill: /*#__PURE__*/ Schema.optional(SkillAttributes),
  subscription: /*#__PURE__*/ Schema.optional(SubscriptionAttributes)
})

/**
 * Represents attributes of a customer review for a skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillReviewAttributes {
  /**
   * Unique review id associated with a customer review for a skill.
   */
  readonly reviewId?: string | undefined
  /**
   * Link to the customer review on Amazon retail website.
   */
  readonly url?: string | undefined
  /**
   * StarRating provided by the customer in the review. It is always a natural number from 1 to 5 (inclusive of 1 and 5).
   */
  readonly starRating?: string | undefined
}

/**
 * The schema of `v0.eventSchema.SkillReviewAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillReviewAttributes: Schema.Schema<SkillReviewAttributes> = /*#__PURE__*/ Open.struct({
  reviewId: /*#__PURE__*/ Schema.optional(Schema.String),
  url: /*#__PURE__*/ Schema.optional(Schema.String),
  starRating: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Skill Review by customer event specific attributes.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillReviewEventAttributes {
  readonly skill?: SkillAttributes | undefined
  readonly subscription?: SubscriptionAttributes | undefined
  readonly review?: SkillReviewAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.SkillReviewEventAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillReviewEventAttributes: Schema.Schema<SkillReviewEventAttributes> = /*#__PURE__*/ Open.struct({
  skill: /*#__PURE__*/ Schema.optional(SkillAttributes),
  subscription: /*#__PURE__*/ Schema.optional(SubscriptionAttributes),
  review: /*#__PURE__*/ Schema.optional(SkillReviewAttributes)
})
