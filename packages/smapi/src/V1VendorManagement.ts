/**
 * The model's `v1.vendorManagement` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Vendor Response Object.
 *
 * @since 0.3.0
 * @category models
 */
export interface Vendor {
  /**
   * Name of vendor.
   */
  readonly name?: string | undefined
  /**
   * Unique identifier of vendor associated with the API caller account.
   */
  readonly id?: string | undefined
  /**
   * Roles that user has for this vendor.
   */
  readonly roles?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v1.vendorManagement.Vendor`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Vendor: Schema.Schema<Vendor> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  roles: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * List of Vendors.
 *
 * @since 0.3.0
 * @category models
 */
export interface Vendors {
  readonly vendors?: ReadonlyArray<Vendor> | undefined
}

/**
 * The schema of `v1.vendorManagement.Vendors`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Vendors: Schema.Schema<Vendors> = /*#__PURE__*/ Open.struct({
  vendors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Vendor))
})
