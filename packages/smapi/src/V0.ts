/**
 * The model's `v0` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * `v0.Error` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Error {
  /**
   * Error code that maps to an error message. Developers with different locales should be able to lookup the error description based on this code.
   */
  readonly code?: string | undefined
  /**
   * Readable description of error.
   */
  readonly message: string
}

/**
 * The schema of `v0.Error`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Error: Schema.Schema<Error> = /*#__PURE__*/ Open.struct({
  code: /*#__PURE__*/ Schema.optional(Schema.String),
  message: Schema.String
})

/**
 * `v0.BadRequestError` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface BadRequestError {
  /**
   * Human readable description of error.
   */
  readonly message?: string | undefined
  /**
   * An array of violation messages.
   */
  readonly violations?: ReadonlyArray<Error> | undefined
}

/**
 * The schema of `v0.BadRequestError`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const BadRequestError: Schema.Schema<BadRequestError> = /*#__PURE__*/ Open.struct({
  message: /*#__PURE__*/ Schema.optional(Schema.String),
  violations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Error))
})
