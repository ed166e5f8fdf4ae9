/**
 * The model's `v1.skill.betaTest.testers` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Indicates whether the tester has accepted the invitation.
 *
 * @since 0.3.0
 * @category models
 */
export type InvitationStatus = "ACCEPTED" | "NOT_ACCEPTED" | (string & {})

/**
 * The schema of `v1.skill.betaTest.testers.InvitationStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvitationStatus: Schema.Schema<InvitationStatus> = /*#__PURE__*/ Open.literals("ACCEPTED", "NOT_ACCEPTED")

/**
 * Tester information.
 *
 * @since 0.3.0
 * @category models
 */
export interface TesterWithDetails {
  /**
   * Email address of the tester.
   */
  readonly emailId?: string | undefined
  /**
   * Date and time when the tester is added to the beta test.
   */
  readonly associationDate?: string | undefined
  /**
   * Indicates whether the tester is allowed to be sent reminder.
   */
  readonly isReminderAllowed?: boolean | undefined
  readonly invitationStatus?: InvitationStatus | undefined
}

/**
 * The schema of `v1.skill.betaTest.testers.TesterWithDetails`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TesterWithDetails: Schema.Schema<TesterWithDetails> = /*#__PURE__*/ Open.struct({
  emailId: /*#__PURE__*/ Schema.optional(Schema.String),
  associationDate: /*#__PURE__*/ Schema.optional(Schema.String),
  isReminderAllowed: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  invitationStatus: /*#__PURE__*/ Schema.optional(InvitationStatus)
})

/**
 * `v1.skill.betaTest.testers.ListTestersResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListTestersResponse {
  readonly testers?: ReadonlyArray<TesterWithDetails> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.betaTest.testers.ListTestersResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListTestersResponse: Schema.Schema<ListTestersResponse> = /*#__PURE__*/ Open.struct({
  testers: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(TesterWithDetails)),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.betaTest.testers.Tester` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Tester {
  /**
   * Email address of the tester.
   */
  readonly emailId?: string | undefined
}

/**
 * The schema of `v1.skill.betaTest.testers.Tester`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Tester: Schema.Schema<Tester> = /*#__PURE__*/ Open.struct({
  emailId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * List of testers.
 *
 * @since 0.3.0
 * @category models
 */
export interface TestersList {
  /**
   * List of the email address of testers.
   */
  readonly testers?: ReadonlyArray<Tester> | undefined
}

/**
 * The schema of `v1.skill.betaTest.testers.TestersList`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TestersList: Schema.Schema<TestersList> = /*#__PURE__*/ Open.struct({
  testers: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Tester))
})
