/**
 * The model's `v1.skill.blueprint` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Defines the structure for Shopping Kit related information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface ShoppingKit {
  /**
   * True if the skill uses Alexa Shopping Actions, false otherwise.
   */
  readonly isShoppingActionsEnabled?: boolean | undefined
  /**
   * True if the skill uses Shopping Actions with Amazon Associates, false otherwise.
   */
  readonly isAmazonAssociatesOnAlexaEnabled?: boolean | undefined
}

/**
 * The schema of `v1.skill.blueprint.ShoppingKit`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ShoppingKit: Schema.Schema<ShoppingKit> = /*#__PURE__*/ Open.struct({
  isShoppingActionsEnabled: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  isAmazonAssociatesOnAlexaEnabled: /*#__PURE__*/ Schema.optional(Schema.Boolean)
})
