/**
 * The model's `v2.skill.invocations` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V2 from "./V2.js"
import * as V2Skill from "./V2Skill.js"

/**
 * Region of endpoint to be called.
 *
 * @since 0.3.0
 * @category models
 */
export type EndPointRegions = "NA" | "EU" | "FE" | "default"

/**
 * The schema of `v2.skill.invocations.EndPointRegions`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EndPointRegions: Schema.Schema<EndPointRegions> = /*#__PURE__*/ Schema.Literal("NA", "EU", "FE", "default")

/**
 * `v2.skill.invocations.InvocationResponseResult` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvocationResponseResult {
  readonly skillExecutionInfo?: V2Skill.Invocation | undefined
  readonly error?: V2.Error | undefined
}

/**
 * The schema of `v2.skill.invocations.InvocationResponseResult`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationResponseResult: Schema.Schema<InvocationResponseResult> = /*#__PURE__*/ Open.struct({
  skillExecutionInfo: /*#__PURE__*/ Schema.optional(V2Skill.Invocation),
  error: /*#__PURE__*/ Schema.optional(V2.Error)
})

/**
 * String that specifies the status of skill invocation. Possible values are "SUCCESSFUL", and "FAILED".
 *
 * @since 0.3.0
 * @category models
 */
export type InvocationResponseStatus = "SUCCESSFUL" | "FAILED" | (string & {})

/**
 * The schema of `v2.skill.invocations.InvocationResponseStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationResponseStatus: Schema.Schema<InvocationResponseStatus> = /*#__PURE__*/ Open.literals(
  "SUCCESSFUL",
  "FAILED"
)

/**
 * `v2.skill.invocations.InvocationsApiResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvocationsApiResponse {
  readonly status?: InvocationResponseStatus | undefined
  readonly result?: InvocationResponseResult | undefined
}

/**
 * The schema of `v2.skill.invocations.InvocationsApiResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationsApiResponse: Schema.Schema<InvocationsApiResponse> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(InvocationResponseStatus),
  result: /*#__PURE__*/ Schema.optional(InvocationResponseResult)
})

/**
 * `v2.skill.invocations.SkillRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillRequest {
  /**
   * ASK request body schema as defined in the public facing documentation (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#request-body-syntax)
   */
  readonly body: { readonly [key: string]: unknown }
}

/**
 * The schema of `v2.skill.invocations.SkillRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillRequest: Schema.Schema<SkillRequest> = /*#__PURE__*/ Open.struct({
  body: /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown })
})

/**
 * `v2.skill.invocations.invocationsApiRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvocationsApiRequest {
  readonly endpointRegion: EndPointRegions
  readonly skillRequest: SkillRequest
}

/**
 * The schema of `v2.skill.invocations.invocationsApiRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationsApiRequest: Schema.Schema<InvocationsApiRequest> = /*#__PURE__*/ Open.struct({
  endpointRegion: EndPointRegions,
  skillRequest: SkillRequest
})
