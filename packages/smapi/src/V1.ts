/**
 * The model's `v1` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1Skill from "./V1Skill.js"

/**
 * `v1.Error` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type Error = V1Skill.StandardizedError

/**
 * The schema of `v1.Error`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Error: Schema.Schema<Error> = /*#__PURE__*/ Schema.Union(
  /*#__PURE__*/ Schema.suspend((): Schema.Schema<V1Skill.StandardizedError> => V1Skill.StandardizedError)
)

/**
 * `v1.BadRequestError` of the model.
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
 * The schema of `v1.BadRequestError`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const BadRequestError: Schema.Schema<BadRequestError> = /*#__PURE__*/ Open.struct({
  message: /*#__PURE__*/ Schema.optional(Schema.String),
  violations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Error))
})

/**
 * `v1.Link` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Link {
  readonly href?: string | undefined
}

/**
 * The schema of `v1.Link`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Link: Schema.Schema<Link> = /*#__PURE__*/ Open.struct({
  href: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Links for the API navigation.
 *
 * @since 0.3.0
 * @category models
 */
export interface Links {
  readonly self?: Link | undefined
  readonly next?: Link | undefined
}

/**
 * The schema of `v1.Links`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Links: Schema.Schema<Links> = /*#__PURE__*/ Open.struct({
  self: /*#__PURE__*/ Schema.optional(Link),
  next: /*#__PURE__*/ Schema.optional(Link)
})

/**
 * `v1.StageType` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type StageType = "development" | "live" | (string & {})

/**
 * The schema of `v1.StageType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StageType: Schema.Schema<StageType> = /*#__PURE__*/ Open.literals("development", "live")

/**
 * `v1.StageV2Type` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type StageV2Type = "live" | "certified" | "development" | (string & {})

/**
 * The schema of `v1.StageV2Type`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StageV2Type: Schema.Schema<StageV2Type> = /*#__PURE__*/ Open.literals("live", "certified", "development")
