/**
 * The model's `v1.skill.evaluations` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * An enumeration indicating whether the user has explicitly confirmed or denied the entire intent. Possible values: "NONE", "CONFIRMED", "DENIED".
 *
 * @since 0.3.0
 * @category models
 */
export type ConfirmationStatusType = "NONE" | "CONFIRMED" | "DENIED" | (string & {})

/**
 * The schema of `v1.skill.evaluations.ConfirmationStatusType`.
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
 * `v1.skill.evaluations.DialogActType` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type DialogActType = "Dialog.ElicitSlot" | "Dialog.ConfirmSlot" | "Dialog.ConfirmIntent" | (string & {})

/**
 * The schema of `v1.skill.evaluations.DialogActType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogActType: Schema.Schema<DialogActType> = /*#__PURE__*/ Open.literals(
  "Dialog.ElicitSlot",
  "Dialog.ConfirmSlot",
  "Dialog.ConfirmIntent"
)

/**
 * A representation of question prompts to the user for multi-turn, which requires user to fill a slot value, or confirm a slot value, or confirm an intent.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogAct {
  readonly type?: DialogActType | undefined
  /**
   * The name of the target slot that needs to be filled or confirmed for a dialogAct
   */
  readonly targetSlot?: string | undefined
}

/**
 * The schema of `v1.skill.evaluations.DialogAct`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogAct: Schema.Schema<DialogAct> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(DialogActType),
  targetSlot: /*#__PURE__*/ Schema.optional(Schema.String)
})

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
 * The schema of `v1.skill.evaluations.ResolutionsPerAuthorityStatusCode`.
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
 * The schema of `v1.skill.evaluations.ResolutionsPerAuthorityStatus`.
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
 * The schema of `v1.skill.evaluations.ResolutionsPerAuthorityValueItems`.
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
 * `v1.skill.evaluations.ResolutionsPerAuthorityItems` of the model.
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
 * The schema of `v1.skill.evaluations.ResolutionsPerAuthorityItems`.
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
 * The schema of `v1.skill.evaluations.SlotResolutions`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotResolutions: Schema.Schema<SlotResolutions> = /*#__PURE__*/ Open.struct({
  resolutionsPerAuthority: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ResolutionsPerAuthorityItems))
})

/**
 * `v1.skill.evaluations.Slot` of the model.
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
 * The schema of `v1.skill.evaluations.Slot`.
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
 * `v1.skill.evaluations.Intent` of the model.
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
 * The schema of `v1.skill.evaluations.Intent`.
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
 * Included when the selected intent has dialog defined and the dialog is not completed.  To continue the dialog, provide the value of the token in the multiTurnToken field in the next request.
 *
 * @since 0.3.0
 * @category models
 */
export interface MultiTurn {
  readonly dialogAct?: DialogAct | undefined
  /**
   * Opaque string which contains multi-turn related context.
   */
  readonly token?: string | undefined
  /**
   * A sample prompt defined in the dialog model for each DialogAct.
   */
  readonly prompt?: string | undefined
}

/**
 * The schema of `v1.skill.evaluations.MultiTurn`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MultiTurn: Schema.Schema<MultiTurn> = /*#__PURE__*/ Open.struct({
  dialogAct: /*#__PURE__*/ Schema.optional(DialogAct),
  token: /*#__PURE__*/ Schema.optional(Schema.String),
  prompt: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.evaluations.ProfileNluRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ProfileNluRequest {
  /**
   * Actual representation of user input to Alexa.
   */
  readonly utterance: string
  /**
   * Opaque string which contains multi-turn related context.
   */
  readonly multiTurnToken?: string | undefined
}

/**
 * The schema of `v1.skill.evaluations.ProfileNluRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ProfileNluRequest: Schema.Schema<ProfileNluRequest> = /*#__PURE__*/ Open.struct({
  utterance: Schema.String,
  multiTurnToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * The intent that Alexa selected for the utterance in the request.
 *
 * @since 0.3.0
 * @category models
 */
export interface ProfileNluSelectedIntent {
  readonly name?: string | undefined
  readonly confirmationStatus?: ConfirmationStatusType | undefined
  /**
   * A map of key-value pairs that further describes what the user meant based on a predefined intent schema. The map can be empty.
   */
  readonly slots?: { readonly [key: string]: Slot } | undefined
}

/**
 * The schema of `v1.skill.evaluations.ProfileNluSelectedIntent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ProfileNluSelectedIntent: Schema.Schema<ProfileNluSelectedIntent> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  confirmationStatus: /*#__PURE__*/ Schema.optional(ConfirmationStatusType),
  slots: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Slot }))
})

/**
 * `v1.skill.evaluations.ProfileNluResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ProfileNluResponse {
  /**
   * Represents when an utterance results in the skill exiting. It would be true when NLU selects 1P ExitAppIntent or GoHomeIntent, and false otherwise.
   */
  readonly sessionEnded?: boolean | undefined
  readonly selectedIntent?: ProfileNluSelectedIntent | undefined
  /**
   * All intents that Alexa considered for the utterance in the request, but did not select.
   */
  readonly consideredIntents?: ReadonlyArray<Intent> | undefined
  readonly multiTurn?: MultiTurn | undefined
}

/**
 * The schema of `v1.skill.evaluations.ProfileNluResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ProfileNluResponse: Schema.Schema<ProfileNluResponse> = /*#__PURE__*/ Open.struct({
  sessionEnded: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  selectedIntent: /*#__PURE__*/ Schema.optional(ProfileNluSelectedIntent),
  consideredIntents: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Intent)),
  multiTurn: /*#__PURE__*/ Schema.optional(MultiTurn)
})
