/**
 * The model's `v1.skill.Manifest.CustomDialogManagement` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Specifies the initial dialog manager to field requests when a new skill session starts. If absent, this is assumed to be the default "skill" target
 *
 * @since 0.3.0
 * @category models
 */
export interface SessionStartDelegationStrategy {
  readonly target: string
}

/**
 * The schema of `v1.skill.Manifest.CustomDialogManagement.SessionStartDelegationStrategy`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SessionStartDelegationStrategy: Schema.Schema<SessionStartDelegationStrategy> = /*#__PURE__*/ Open.struct({
  target: Schema.String
})
