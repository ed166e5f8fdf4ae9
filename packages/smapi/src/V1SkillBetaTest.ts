/**
 * The model's `v1.skill.betaTest` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Status of the beta test.
 *
 * @since 0.3.0
 * @category models
 */
export type Status = "IN_DRAFT" | "STARTING" | "RUNNING" | "STOPPING" | "ENDED" | (string & {})

/**
 * The schema of `v1.skill.betaTest.Status`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Status: Schema.Schema<Status> = /*#__PURE__*/ Open.literals(
  "IN_DRAFT",
  "STARTING",
  "RUNNING",
  "STOPPING",
  "ENDED"
)

/**
 * Beta test for an Alexa skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface BetaTest {
  /**
   * Expiry date of the beta test.
   */
  readonly expiryDate?: string | undefined
  readonly status?: Status | undefined
  /**
   * Email address for providing feedback
   */
  readonly feedbackEmail?: string | undefined
  /**
   * Deeplinking for getting authorized to the beta test.
   */
  readonly invitationUrl?: string | undefined
  /**
   * Remaining invite count for the beta test.
   */
  readonly invitesRemaining?: number | undefined
}

/**
 * The schema of `v1.skill.betaTest.BetaTest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const BetaTest: Schema.Schema<BetaTest> = /*#__PURE__*/ Open.struct({
  expiryDate: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(Status),
  feedbackEmail: /*#__PURE__*/ Schema.optional(Schema.String),
  invitationUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  invitesRemaining: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Beta test meta-data.
 *
 * @since 0.3.0
 * @category models
 */
export interface TestBody {
  /**
   * Email address for providing feedback.
   */
  readonly feedbackEmail?: string | undefined
}

/**
 * The schema of `v1.skill.betaTest.TestBody`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TestBody: Schema.Schema<TestBody> = /*#__PURE__*/ Open.struct({
  feedbackEmail: /*#__PURE__*/ Schema.optional(Schema.String)
})
