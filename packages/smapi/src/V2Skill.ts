/**
 * The model's `v2.skill` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * `v2.skill.InvocationRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvocationRequest {
  /**
   * Skill's Lambda or HTTPS endpoint.
   */
  readonly endpoint?: string | undefined
  /**
   * JSON payload that was sent to the skill's Lambda or HTTPS endpoint.
   */
  readonly body?: { readonly [key: string]: { readonly [key: string]: unknown } } | undefined
}

/**
 * The schema of `v2.skill.InvocationRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationRequest: Schema.Schema<InvocationRequest> = /*#__PURE__*/ Open.struct({
  endpoint: /*#__PURE__*/ Schema.optional(Schema.String),
  body: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({
      key: Schema.String,
      value: /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown })
    })
  )
})

/**
 * `v2.skill.InvocationResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InvocationResponse {
  /**
   * Payload that was returned by the skill's Lambda or HTTPS endpoint.
   */
  readonly body?: { readonly [key: string]: { readonly [key: string]: unknown } } | undefined
}

/**
 * The schema of `v2.skill.InvocationResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InvocationResponse: Schema.Schema<InvocationResponse> = /*#__PURE__*/ Open.struct({
  body: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({
      key: Schema.String,
      value: /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown })
    })
  )
})

/**
 * `v2.skill.Metrics` of the model.
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
 * The schema of `v2.skill.Metrics`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Metrics: Schema.Schema<Metrics> = /*#__PURE__*/ Open.struct({
  skillExecutionTimeInMilliseconds: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * `v2.skill.Invocation` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Invocation {
  readonly invocationRequest?: InvocationRequest | undefined
  readonly invocationResponse?: InvocationResponse | undefined
  readonly metrics?: Metrics | undefined
}

/**
 * The schema of `v2.skill.Invocation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Invocation: Schema.Schema<Invocation> = /*#__PURE__*/ Open.struct({
  invocationRequest: /*#__PURE__*/ Schema.optional(InvocationRequest),
  invocationResponse: /*#__PURE__*/ Schema.optional(InvocationResponse),
  metrics: /*#__PURE__*/ Schema.optional(Metrics)
})
