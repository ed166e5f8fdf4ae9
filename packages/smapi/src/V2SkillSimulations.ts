/**
 * The model's `v2.skill.simulations` definitions: for each, its type and its `Schema`.
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
 * `v2.skill.simulations.AlexaResponseContent` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaResponseContent {
  /**
   * The plain text from Alexa speech response.
   */
  readonly caption?: string | undefined
}

/**
 * The schema of `v2.skill.simulations.AlexaResponseContent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaResponseContent: Schema.Schema<AlexaResponseContent> = /*#__PURE__*/ Open.struct({
  caption: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v2.skill.simulations.AlexaResponse` of the model.
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
 * The schema of `v2.skill.simulations.AlexaResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaResponse: Schema.Schema<AlexaResponse> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(Schema.String),
  content: /*#__PURE__*/ Schema.optional(AlexaResponseContent)
})

/**
 * An enumeration indicating whether the user has explicitly confirmed or denied the entire intent. Possible values: "NONE", "CONFIRMED", "DENIED".
 *
 * @since 0.3.0
 * @category models
 */
export type ConfirmationStatusType = "NONE" | "CONFIRMED" | "DENIED" | (string & {})

/**
 * The schema of `v2.skill.simulations.ConfirmationStatusType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ConfirmationStatusType: Schema.Schema<ConfirmationStatusType> = /*#__PURE__*/ Open.literals(
  "NONE",
  "CONFIRMED",
  "DENIED"
)

/**
 * A code indicating the results of attempting to resolve the user utterance against the defined slot types. This can be one of the following:
 * ER_SUCCESS_MATCH: The spoken value matched a value or synonym explicitly defined in your custom slot type. ER_SUCCESS_NO_MATCH: The spoken value did not match any values or synonyms explicitly defined in your custom slot type. ER_ERROR_TIMEOUT: An error occurred due to a timeout. ER_ERROR_EXCEPTION: An error occurred due to an exception during processing.
 *
 * @since 0.3.0
 * @category models
 */
export type ResolutionsPerAuthorityStatusCode =
  | "ER_SUCCESS_MATCH"
  | "ER_SUCCESS_NO_MATCH"
  | "ER_ERROR_TIMEOUT"
  | "ER_ERROR_EXCEPTION"
  | (string & {})

/**
 * The schema of `v2.skill.simulations.ResolutionsPerAuthorityStatusCode`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthorityStatusCode: Schema.Schema<ResolutionsPerAuthorityStatusCode> = /*#__PURE__*/ Open
  .literals("ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "ER_ERROR_EXCEPTION")

/**
 * An object representing the status of entity resolution for the slot.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResolutionsPerAuthorityStatus {
  readonly code?: ResolutionsPerAuthorityStatusCode | undefined
}

/**
 * The schema of `v2.skill.simulations.ResolutionsPerAuthorityStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthorityStatus: Schema.Schema<ResolutionsPerAuthorityStatus> = /*#__PURE__*/ Open.struct({
  code: /*#__PURE__*/ Schema.optional(ResolutionsPerAuthorityStatusCode)
})

/**
 * An object representing the resolved value for the slot, based on the user's utterance and the slot type definition.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResolutionsPerAuthorityValueItems {
  /**
   * The string for the resolved slot value.
   */
  readonly name?: string | undefined
  /**
   * The unique ID defined for the resolved slot value. This is based on the IDs defined in the slot type definition.
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v2.skill.simulations.ResolutionsPerAuthorityValueItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthorityValueItems: Schema.Schema<ResolutionsPerAuthorityValueItems> = /*#__PURE__*/ Open
  .struct({
    name: /*#__PURE__*/ Schema.optional(Schema.String),
    id: /*#__PURE__*/ Schema.optional(Schema.String)
  })

/**
 * `v2.skill.simulations.ResolutionsPerAuthorityItems` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResolutionsPerAuthorityItems {
  /**
   * The name of the authority for the slot values. For custom slot types, this authority label incorporates your skill ID and the slot type name.
   */
  readonly authority?: string | undefined
  readonly status?: ResolutionsPerAuthorityStatus | undefined
  /**
   * An array of resolved values for the slot.
   */
  readonly values?: ReadonlyArray<ResolutionsPerAuthorityValueItems> | undefined
}

/**
 * The schema of `v2.skill.simulations.ResolutionsPerAuthorityItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthorityItems: Schema.Schema<ResolutionsPerAuthorityItems> = /*#__PURE__*/ Open.struct({
  authority: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(ResolutionsPerAuthorityStatus),
  values: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ResolutionsPerAuthorityValueItems))
})

/**
 * A resolutions object representing the results of resolving the words captured from the user's utterance.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotResolutions {
  /**
   * An array of objects representing each possible authority for entity resolution. An authority represents the source for the data provided for the slot. For a custom slot type, the authority is the slot type you defined.
   */
  readonly resolutionsPerAuthority?: ReadonlyArray<ResolutionsPerAuthorityItems> | undefined
}

/**
 * The schema of `v2.skill.simulations.SlotResolutions`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotResolutions: Schema.Schema<SlotResolutions> = /*#__PURE__*/ Open.struct({
  resolutionsPerAuthority: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ResolutionsPerAuthorityItems))
})

/**
 * `v2.skill.simulations.Slot` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Slot {
  readonly name?: string | undefined
  readonly value?: string | undefined
  readonly confirmationStatus?: ConfirmationStatusType | undefined
  readonly resolutions?: SlotResolutions | undefined
}

/**
 * The schema of `v2.skill.simulations.Slot`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Slot: Schema.Schema<Slot> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  value: /*#__PURE__*/ Schema.optional(Schema.String),
  confirmationStatus: /*#__PURE__*/ Schema.optional(ConfirmationStatusType),
  resolutions: /*#__PURE__*/ Schema.optional(SlotResolutions)
})

/**
 * `v2.skill.simulations.Intent` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Intent {
  readonly name?: string | undefined
  readonly confirmationStatus?: ConfirmationStatusType | undefined
  /**
   * A map of key-value pairs that further describes what the user meant based on a predefined intent schema. The map can be empty.
   */
  readonly slots?: { readonly [key: string]: Slot } | undefined
}

/**
 * The schema of `v2.skill.simulations.Intent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Intent: Schema.Schema<Intent> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  confirmationStatus: /*#__PURE__*/ Schema.optional(ConfirmationStatusType),
  slots: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Slot }))
})

/**
 * `v2.skill.simulations.AlexaExecutionInfo` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaExecutionInfo {
  readonly alexaResponses?: ReadonlyArray<AlexaResponse> | undefined
  readonly consideredIntents?: ReadonlyArray<Intent> | undefined
}

/**
 * The schema of `v2.skill.simulations.AlexaExecutionInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaExecutionInfo: Schema.Schema<AlexaExecutionInfo> = /*#__PURE__*/ Open.struct({
  alexaResponses: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(AlexaResponse)),
  consideredIntents: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Intent))
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
 * The schema of `v2.skill.simulations.Device`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Device: Schema.Schema<Device> = /*#__PURE__*/ Open.struct({
  locale: Schema.String
})

/**
 * `v2.skill.simulations.Input` of the model.
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
 * The schema of `v2.skill.simulations.Input`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Input: Schema.Schema<Input> = /*#__PURE__*/ Open.struct({
  content: Schema.String
})

/**
 * Indicate the session mode of the current simulation is using.
 *
 * @since 0.3.0
 * @category models
 */
export type SessionMode = "DEFAULT" | "FORCE_NEW_SESSION"

/**
 * The schema of `v2.skill.simulations.SessionMode`.
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
 * The schema of `v2.skill.simulations.Session`.
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
 * The schema of `v2.skill.simulations.SimulationType`.
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
 * The schema of `v2.skill.simulations.Simulation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Simulation: Schema.Schema<Simulation> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(SimulationType)
})

/**
 * `v2.skill.simulations.SkillExecutionInfo` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillExecutionInfo {
  readonly invocations?: ReadonlyArray<V2Skill.Invocation> | undefined
}

/**
 * The schema of `v2.skill.simulations.SkillExecutionInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillExecutionInfo: Schema.Schema<SkillExecutionInfo> = /*#__PURE__*/ Open.struct({
  invocations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(V2Skill.Invocation))
})

/**
 * `v2.skill.simulations.SimulationResult` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SimulationResult {
  readonly alexaExecutionInfo?: AlexaExecutionInfo | undefined
  readonly skillExecutionInfo?: SkillExecutionInfo | undefined
  readonly error?: V2.Error | undefined
}

/**
 * The schema of `v2.skill.simulations.SimulationResult`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SimulationResult: Schema.Schema<SimulationResult> = /*#__PURE__*/ Open.struct({
  alexaExecutionInfo: /*#__PURE__*/ Schema.optional(AlexaExecutionInfo),
  skillExecutionInfo: /*#__PURE__*/ Schema.optional(SkillExecutionInfo),
  error: /*#__PURE__*/ Schema.optional(V2.Error)
})

/**
 * `v2.skill.simulations.SimulationsApiRequest` of the model.
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
 * The schema of `v2.skill.simulations.SimulationsApiRequest`.
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
 * The schema of `v2.skill.simulations.SimulationsApiResponseStatus`.
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
 * `v2.skill.simulations.SimulationsApiResponse` of the model.
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
 * The schema of `v2.skill.simulations.SimulationsApiResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SimulationsApiResponse: Schema.Schema<SimulationsApiResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(SimulationsApiResponseStatus),
  result: /*#__PURE__*/ Schema.optional(SimulationResult)
})
