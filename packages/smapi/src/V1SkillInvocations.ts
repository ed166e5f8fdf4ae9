/**
 * The model's `v1.skill.invocations` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1Skill from "./V1Skill.js"

/**
 * Region of endpoint to be called.
 *
 * @since 0.3.0
 * @category models
 */
export type EndPointRegions = "NA" | "EU" | "FE"

/**
 * The schema of `v1.skill.invocations.EndPointRegions`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EndPointRegions: Schema.Schema<EndPointRegions> = /*#__PURE__*/ Schema.Literal("NA", "EU", "FE")

/**
 * `v1.skill.invocations.Request` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Request {
  /**
   * Skill's Lambda or HTTPS endpoint.
   */
  readonly endpoint?: string | undefined
  /**
   * JSON payload that was sent to the skill's Lambda or HTTPS endpoint.
   */
  readonly body?: { readonly [key: string]: unknown } | undefined
}

/**
 * The schema of `v1.skill.invocations.Request`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Request: Schema.Schema<Request> = /*#__PURE__*/ Open.struct({
  endpoint: /*#__PURE__*/ Schema.optional(Schema.String),
  body: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

/**
 * `v1.skill.invocations.Response` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Response {
  /**
   * Payload that was returned by the skill's Lambda or HTTPS endpoint.
   */
  readonly body?: { readonly [key: string]: unknown } | undefined
}

/**
 * The schema of `v1.skill.invocations.Response`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Response: Schema.Schema<Response> = /*#__PURE__*/ Open.struct({
  body: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

/**
 * `v1.skill.invocations.Metrics` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Metrics {
  /**
   * How long, in milliseconds, it took the skill's Lambda or HTTPS endpoint to process the request.
   */
  readonly skillExecutionTimeInMilliseconds?: number | undefined
}

/**
 * The schema of `v1.skill.invocations.Metrics`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Metrics: Schema.Schema<Metrics> = /*#__PURE__*/ Open.struct({
  skillExecutionTimeInMilliseconds: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * `v1.skill.invocations.SkillExecutionInfo` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillExecutionInfo {
  readonly invocationRequest?: { readonly [key: string]: Request } | undefined
  readonly invocationResponse?: { readonly [key: string]: Response } | undefined
  readonly metrics?: { readonly [key: string]: Metrics } | undefined
}

/**
 * The schema of `v1.skill.invocations.SkillExecutionInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillExecutionInfo: Schema.Schema<SkillExecutionInfo> = /*#__PURE__*/ Open.struct({
  invocationRequest: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Request })),
  invocationResponse: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Response })
  ),
  metrics: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Metrics }))
})

/**
 * `v1.skill.invocations.InvocationResponseResult` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvocationResponseResult {
  readonly skillExecutionInfo?: SkillExecutionInfo | undefined
  readonly error?: V1Skill.StandardizedError | undefined
}

/**
 * The schema of `v1.skill.invocations.InvocationResponseResult`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationResponseResult: Schema.Schema<InvocationResponseResult> = /*#__PURE__*/ Open.struct({
  skillExecutionInfo: /*#__PURE__*/ Schema.optional(SkillExecutionInfo),
  error: /*#__PURE__*/ Schema.optional(V1Skill.StandardizedError)
})

/**
 * String that specifies the status of skill invocation. Possible values are "SUCCEEDED", and "FAILED".
 *
 * @since 0.3.0
 * @category models
 */
export type InvocationResponseStatus = "SUCCEEDED" | "FAILED" | (string & {})

/**
 * The schema of `v1.skill.invocations.InvocationResponseStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationResponseStatus: Schema.Schema<InvocationResponseStatus> = /*#__PURE__*/ Open.literals(
  "SUCCEEDED",
  "FAILED"
)

/**
 * `v1.skill.invocations.SkillRequest` of the model.
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
 * The schema of `v1.skill.invocations.SkillRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillRequest: Schema.Schema<SkillRequest> = /*#__PURE__*/ Open.struct({
  body: /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown })
})

/**
 * `v1.skill.invocations.InvokeSkillRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvokeSkillRequest {
  readonly endpointRegion: EndPointRegions
  readonly skillRequest: SkillRequest
}

/**
 * The schema of `v1.skill.invocations.InvokeSkillRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvokeSkillRequest: Schema.Schema<InvokeSkillRequest> = /*#__PURE__*/ Open.struct({
  endpointRegion: EndPointRegions,
  skillRequest: SkillRequest
})

/**
 * `v1.skill.invocations.InvokeSkillResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvokeSkillResponse {
  readonly status?: InvocationResponseStatus | undefined
  readonly result?: InvocationResponseResult | undefined
}

/**
 * The schema of `v1.skill.invocations.InvokeSkillResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvokeSkillResponse: Schema.Schema<InvokeSkillResponse> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(InvocationResponseStatus),
  result: /*#__PURE__*/ Schema.optional(InvocationResponseResult)
})
