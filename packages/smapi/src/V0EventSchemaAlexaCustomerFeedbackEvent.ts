/**
 * The model's `v0.eventSchema.AlexaCustomerFeedbackEvent` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V0EventSchema from "./V0EventSchema.js"

/**
 * 'AlexaCustomerFeedbackEvent.SkillReviewPublish' event represents the publishing of a new/updated customer review for a skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillReviewPublish {
  /**
   * ISO 8601 timestamp for the instant when event was created.
   */
  readonly timestamp?: string | undefined
  readonly eventName: "AlexaCustomerFeedbackEvent.SkillReviewPublish"
  readonly payload?: V0EventSchema.SkillReviewEventAttributes | undefined
}

/**
 * The schema of `v0.eventSchema.AlexaCustomerFeedbackEvent.SkillReviewPublish`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillReviewPublish: Schema.Schema<SkillReviewPublish> = /*#__PURE__*/ Open.struct({
  timestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  eventName: /*#__PURE__*/ Schema.Literal("AlexaCustomerFeedbackEvent.SkillReviewPublish"),
  payload: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.suspend((): Schema.Schema<V0EventSchema.SkillReviewEventAttributes> =>
      V0EventSchema.SkillReviewEventAttributes
    )
  )
})
