/**
 * The model's `v1.skill.simulations` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * `v1.skill.simulations.AlexaResponseContent` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaResponseContent {
  /**
   * The plain text get from Alexa speech response
   */
  readonly caption?: string | undefined
}

/**
 * The schema of `v1.skill.simulations.AlexaResponseContent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaResponseContent: Schema.Schema<AlexaResponseContent> = /*#__PURE__*/ Open.struct({
  caption: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.simulations.AlexaResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaResponse {
  /**
   * The type of Alexa response
   */
  readonly type?: string | undefined
  /**
   * The detail information needs to exposed in this type of Alexa response.
   */
  readonly content?: AlexaResponseContent | undefined
}

/**
 * The schema of `v1.skill.simulations.AlexaResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaResponse: Schema.Schema<AlexaResponse> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(Schema.String),
  content: /*#__PURE__*/ Schema.optional(AlexaResponseContent)
})

/**
 * `v1.skill.simulations.AlexaExecutionInfo` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaExecutionInfo {
  readonly alexaResponses?: ReadonlyArray<AlexaResponse> | undefined
}

/**
 * The schema of `v1.skill.simulations.AlexaExecutionInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaExecutionInfo: Schema.Schema<AlexaExecutionInfo> = /*#__PURE__*/ Open.struct({
  alexaResponses: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(AlexaResponse))
})

/**
 * Model of a virtual device used for simulation. This device object emulates attributes associated with a real Alexa enabled device.
 *
 * @since 0.3.0
 * @category models
 */
export interface Device {
  /**
   * A valid locale (e.g "en-US") for the virtual device used in simulation.
   */
  readonly locale: string
}

/**
 * The schema of `v1.skill.simulations.Device`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Device: Schema.Schema<Device> = /*#__PURE__*/ Open.struct({
  locale: Schema.String
})

/**
 * `v1.skill.simulations.Input` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Input {
  /**
   * A string corresponding to the utterance text of what a customer would say to Alexa.
   */
  readonly content: string
}

/**
 * The schema of `v1.skill.simulations.Input`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Input: Schema.Schema<Input> = /*#__PURE__*/ Open.struct({
  content: Schema.String
})

/**
 * `v1.skill.simulations.InvocationRequest` of the model.
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
 * The schema of `v1.skill.simulations.InvocationRequest`.
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
 * `v1.skill.simulations.InvocationResponse` of the model.
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
 * The schema of `v1.skill.simulations.InvocationResponse`.
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
 * `v1.skill.simulations.Metrics` of the model.
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
 * The schema of `v1.skill.simulations.Metrics`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Metrics: Schema.Schema<Metrics> = /*#__PURE__*/ Open.struct({
  skillExecutionTimeInMilliseconds: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * `v1.skill.simulations.Invocation` of the model.
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
 * The schema of `v1.skill.simulations.Invocation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Invocation: Schema.Schema<Invocation> = /*#__PURE__*/ Open.struct({
  invocationRequest: /*#__PURE__*/ Schema.optional(InvocationRequest),
  invocationResponse: /*#__PURE__*/ Schema.optional(InvocationResponse),
  metrics: /*#__PURE__*/ Schema.optional(Metrics)
})

/**
 * Indicate the session mode of the current simulation is using.
 *
 * @since 0.3.0
 * @category models
 */
export type SessionMode = "DEFAULT" | "FORCE_NEW_SESSION"

/**
 * The schema of `v1.skill.simulations.SessionMode`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SessionMode: Schema.Schema<SessionMode> = /*#__PURE__*/ Schema.Literal("DEFAULT", "FORCE_NEW_SESSION")

/**
 * Session settings for running current simulation.
 *
 * @since 0.3.0
 * @category models
 */
export interface Session {
  readonly mode?: SessionMode | undefined
}

/**
 * The schema of `v1.skill.simulations.Session`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Session: Schema.Schema<Session> = /*#__PURE__*/ Open.struct({
  mode: /*#__PURE__*/ Schema.optional(SessionMode)
})

/**
 * String indicating the type of simulation request. Possible values are "DEFAULT" and "NFI_ISOLATED_SIMULATION". "NFI_ISOLATED_SIMULATION" is used to test the NFI(Name Free Interaction) enabled skills in isolation. This field is reserved for testing Name Free Interactions(NFI). Skills that are eligible to add NFI can only use this field. To learn more, visit https://developer.amazon.com/en-US/docs/alexa/custom-skills/understand-name-free-interaction-for-custom-skills.html
 *
 * @since 0.3.0
 * @category models
 */
export type SimulationType = "DEFAULT" | "NFI_ISOLATED_SIMULATION"

/**
 * The schema of `v1.skill.simulations.SimulationType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SimulationType: Schema.Schema<SimulationType> = /*#__PURE__*/ Schema.Literal(
  "DEFAULT",
  "NFI_ISOLATED_SIMULATION"
)

/**
 * Simulation settings for the current simulation request.
 *
 * @since 0.3.0
 * @category models
 */
export interface Simulation {
  readonly type?: SimulationType | undefined
}

/**
 * The schema of `v1.skill.simulations.Simulation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Simulation: Schema.Schema<Simulation> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(SimulationType)
})

/**
 * `v1.skill.simulations.SimulationResult` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SimulationResult {
  readonly alexaExecutionInfo?: AlexaExecutionInfo | undefined
  readonly skillExecutionInfo?: Invocation | undefined
  readonly error?: V1.Error | undefined
}

/**
 * The schema of `v1.skill.simulations.SimulationResult`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SimulationResult: Schema.Schema<SimulationResult> = /*#__PURE__*/ Open.struct({
  alexaExecutionInfo: /*#__PURE__*/ Schema.optional(AlexaExecutionInfo),
  skillExecutionInfo: /*#__PURE__*/ Schema.optional(Invocation),
  error: /*#__PURE__*/ Schema.optional(V1.Error)
})

/**
 * `v1.skill.simulations.SimulationsApiRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SimulationsApiRequest {
  readonly input: Input
  readonly device: Device
  readonly session?: Session | undefined
  readonly simulation?: Simulation | undefined
}

/**
 * The schema of `v1.skill.simulations.SimulationsApiRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SimulationsApiRequest: Schema.Schema<SimulationsApiRequest> = /*#__PURE__*/ Open.struct({
  input: Input,
  device: Device,
  session: /*#__PURE__*/ Schema.optional(Session),
  simulation: /*#__PURE__*/ Schema.optional(Simulation)
})

/**
 * String that specifies the current status of the simulation. Possible values are "IN_PROGRESS", "SUCCESSFUL", and "FAILED".
 *
 * @since 0.3.0
 * @category models
 */
export type SimulationsApiResponseStatus = "IN_PROGRESS" | "SUCCESSFUL" | "FAILED" | (string & {})

/**
 * The schema of `v1.skill.simulations.SimulationsApiResponseStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SimulationsApiResponseStatus: Schema.Schema<SimulationsApiResponseStatus> = /*#__PURE__*/ Open.literals(
  "IN_PROGRESS",
  "SUCCESSFUL",
  "FAILED"
)

/**
 * `v1.skill.simulations.SimulationsApiResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SimulationsApiResponse {
  /**
   * Id of the simulation resource.
   */
  readonly id?: string | undefined
  readonly status?: SimulationsApiResponseStatus | undefined
  readonly result?: SimulationResult | undefined
}

/**
 * The schema of `v1.skill.simulations.SimulationsApiResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SimulationsApiResponse: Schema.Schema<SimulationsApiResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(SimulationsApiResponseStatus),
  result: /*#__PURE__*/ Schema.optional(SimulationResult)
})
