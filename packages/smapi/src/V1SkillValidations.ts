/**
 * The model's `v1.skill.validations` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * String that specifies importance of the validation. Possible values are "REQUIRED" and "RECOMMENDED"
 *
 * @since 0.3.0
 * @category models
 */
export type ResponseValidationImportance = "REQUIRED" | "RECOMMENDED" | (string & {})

/**
 * The schema of `v1.skill.validations.ResponseValidationImportance`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResponseValidationImportance: Schema.Schema<ResponseValidationImportance> = /*#__PURE__*/ Open.literals(
  "REQUIRED",
  "RECOMMENDED"
)

/**
 * String that specifies status of the validation. Possible values are "SUCCESSFUL" and "FAILED"
 *
 * @since 0.3.0
 * @category models
 */
export type ResponseValidationStatus = "SUCCESSFUL" | "FAILED" | (string & {})

/**
 * The schema of `v1.skill.validations.ResponseValidationStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResponseValidationStatus: Schema.Schema<ResponseValidationStatus> = /*#__PURE__*/ Open.literals(
  "SUCCESSFUL",
  "FAILED"
)

/**
 * `v1.skill.validations.ResponseValidation` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResponseValidation {
  /**
   * Short, human readable title of the validation performed.
   */
  readonly title?: string | undefined
  /**
   * Human readable description of the validation performed. May include instructions to address validation failure.
   */
  readonly description?: string | undefined
  /**
   * Dot-delimited category.
   */
  readonly category?: string | undefined
  /**
   * Locale of the validation.
   */
  readonly locale?: string | undefined
  readonly importance?: ResponseValidationImportance | undefined
  readonly status?: ResponseValidationStatus | undefined
}

/**
 * The schema of `v1.skill.validations.ResponseValidation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResponseValidation: Schema.Schema<ResponseValidation> = /*#__PURE__*/ Open.struct({
  title: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  category: /*#__PURE__*/ Schema.optional(Schema.String),
  locale: /*#__PURE__*/ Schema.optional(Schema.String),
  importance: /*#__PURE__*/ Schema.optional(ResponseValidationImportance),
  status: /*#__PURE__*/ Schema.optional(ResponseValidationStatus)
})

/**
 * `v1.skill.validations.ValidationsApiRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationsApiRequest {
  readonly locales: ReadonlyArray<string>
}

/**
 * The schema of `v1.skill.validations.ValidationsApiRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationsApiRequest: Schema.Schema<ValidationsApiRequest> = /*#__PURE__*/ Open.struct({
  locales: /*#__PURE__*/ Schema.Array(Schema.String)
})

/**
 * String that specifies the current status of validation execution. Possible values are "IN_PROGRESS", "SUCCESSFUL", and "FAILED".
 *
 * @since 0.3.0
 * @category models
 */
export type ValidationsApiResponseStatus = "IN_PROGRESS" | "SUCCESSFUL" | "FAILED" | (string & {})

/**
 * The schema of `v1.skill.validations.ValidationsApiResponseStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationsApiResponseStatus: Schema.Schema<ValidationsApiResponseStatus> = /*#__PURE__*/ Open.literals(
  "IN_PROGRESS",
  "SUCCESSFUL",
  "FAILED"
)

/**
 * `v1.skill.validations.ValidationsApiResponseResult` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationsApiResponseResult {
  readonly validations?: ReadonlyArray<ResponseValidation> | undefined
  readonly error?: V1.Error | undefined
}

/**
 * The schema of `v1.skill.validations.ValidationsApiResponseResult`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationsApiResponseResult: Schema.Schema<ValidationsApiResponseResult> = /*#__PURE__*/ Open.struct({
  validations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ResponseValidation)),
  error: /*#__PURE__*/ Schema.optional(V1.Error)
})

/**
 * `v1.skill.validations.ValidationsApiResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationsApiResponse {
  /**
   * Id of the validation resource.
   */
  readonly id?: string | undefined
  readonly status?: ValidationsApiResponseStatus | undefined
  readonly result?: ValidationsApiResponseResult | undefined
}

/**
 * The schema of `v1.skill.validations.ValidationsApiResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationsApiResponse: Schema.Schema<ValidationsApiResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(ValidationsApiResponseStatus),
  result: /*#__PURE__*/ Schema.optional(ValidationsApiResponseResult)
})
