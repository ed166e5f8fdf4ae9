/**
 * The model's `v1.skill.history` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Intent confidence bin for this utterance.
 * * `HIGH`: Intent was recognized with high confidence.
 * * `MEDIUM`: Intent was recognized with medium confidence.
 * * `LOW`: Intent was recognized with low confidence. Note: Low confidence intents are not sent to the skill.
 *
 * @since 0.3.0
 * @category models
 */
export type ConfidenceBin = "HIGH" | "MEDIUM" | "LOW" | (string & {})

/**
 * The schema of `v1.skill.history.ConfidenceBin`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ConfidenceBin: Schema.Schema<ConfidenceBin> = /*#__PURE__*/ Open.literals("HIGH", "MEDIUM", "LOW")

/**
 * The hypothesized confidence for this interaction.
 *
 * @since 0.3.0
 * @category models
 */
export interface Confidence {
  readonly bin?: ConfidenceBin | undefined
}

/**
 * The schema of `v1.skill.history.Confidence`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Confidence: Schema.Schema<Confidence> = /*#__PURE__*/ Open.struct({
  bin: /*#__PURE__*/ Schema.optional(ConfidenceBin)
})

/**
 * Dialog act directive name.
 * * `Dialog.ElicitSlot`: Alexa asked the user for the value of a specific slot. (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#elicitslot)
 * * `Dialog.ConfirmSlot`: Alexa confirmed the value of a specific slot before continuing with the dialog. (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#confirmslot)
 * * `Dialog.ConfirmIntent`: Alexa confirmed the all the information the user has provided for the intent before the skill took action. (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#confirmintent)
 *
 * @since 0.3.0
 * @category models
 */
export type DialogActName = "Dialog.ElicitSlot" | "Dialog.ConfirmSlot" | "Dialog.ConfirmIntent" | (string & {})

/**
 * The schema of `v1.skill.history.DialogActName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogActName: Schema.Schema<DialogActName> = /*#__PURE__*/ Open.literals(
  "Dialog.ElicitSlot",
  "Dialog.ConfirmSlot",
  "Dialog.ConfirmIntent"
)

/**
 * The dialog act used in the interaction.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogAct {
  readonly name?: DialogActName | undefined
}

/**
 * The schema of `v1.skill.history.DialogAct`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogAct: Schema.Schema<DialogAct> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(DialogActName)
})

/**
 * `v1.skill.history.Slot` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Slot {
  /**
   * Name of the slot that was used in this interaction.
   */
  readonly name?: string | undefined
}

/**
 * The schema of `v1.skill.history.Slot`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Slot: Schema.Schema<Slot> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Provides the intent name, slots and confidence of the intent used in this interaction.
 *
 * @since 0.3.0
 * @category models
 */
export interface Intent {
  /**
   * The hypothesized intent for this utterance.
   */
  readonly name?: string | undefined
  readonly confidence?: Confidence | undefined
  /**
   * The hypothesized slot(s) for this interaction.
   */
  readonly slots?: { readonly [key: string]: Slot } | undefined
}

/**
 * The schema of `v1.skill.history.Intent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Intent: Schema.Schema<Intent> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  confidence: /*#__PURE__*/ Schema.optional(Confidence),
  slots: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Slot }))
})

/**
 * A filter used to retrieve items where the intent confidence bin is equal to the given value.
 * * `HIGH`: Intent was recognized with high confidence.
 * * `MEDIUM`: Intent was recognized with medium confidence.
 * * `LOW`: Intent was recognized with low confidence. Note: Low confidence intents are not sent to the skill.
 *
 * @since 0.3.0
 * @category models
 */
export type IntentConfidenceBin = "HIGH" | "MEDIUM" | "LOW"

/**
 * The schema of `v1.skill.history.IntentConfidenceBin`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IntentConfidenceBin: Schema.Schema<IntentConfidenceBin> = /*#__PURE__*/ Schema.Literal(
  "HIGH",
  "MEDIUM",
  "LOW"
)

/**
 * Indicates if the utterance was executed as a "ONE_SHOT" interaction or "MODAL" interaction.
 * * `ONE_SHOT`: The user invokes the skill and states their intent in a single phrase.
 * * `MODAL`: The user first invokes the skill and then states their intent.
 *
 * @since 0.3.0
 * @category models
 */
export type InteractionType = "ONE_SHOT" | "MODAL" | (string & {})

/**
 * The schema of `v1.skill.history.InteractionType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionType: Schema.Schema<InteractionType> = /*#__PURE__*/ Open.literals("ONE_SHOT", "MODAL")

/**
 * Skill locale in which this interaction occurred.
 *
 * @since 0.3.0
 * @category models
 */
export type IntentRequestLocales = "en-US" | "en-GB" | "en-IN" | "en-CA" | "en-AU" | "de-DE" | "ja-JP" | (string & {})

/**
 * The schema of `v1.skill.history.IntentRequestLocales`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IntentRequestLocales: Schema.Schema<IntentRequestLocales> = /*#__PURE__*/ Open.literals(
  "en-US",
  "en-GB",
  "en-IN",
  "en-CA",
  "en-AU",
  "de-DE",
  "ja-JP"
)

/**
 * The publication status of the skill when this interaction occurred
 *
 * @since 0.3.0
 * @category models
 */
export type PublicationStatus = "Development" | "Certification" | (string & {})

/**
 * The schema of `v1.skill.history.PublicationStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PublicationStatus: Schema.Schema<PublicationStatus> = /*#__PURE__*/ Open.literals(
  "Development",
  "Certification"
)

/**
 * `v1.skill.history.IntentRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface IntentRequest {
  readonly dialogAct?: DialogAct | undefined
  readonly intent?: Intent | undefined
  readonly interactionType?: InteractionType | undefined
  readonly locale?: IntentRequestLocales | undefined
  readonly publicationStatus?: PublicationStatus | undefined
  readonly stage?: V1.StageType | undefined
  /**
   * The transcribed user speech.
   */
  readonly utteranceText?: string | undefined
}

/**
 * The schema of `v1.skill.history.IntentRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IntentRequest: Schema.Schema<IntentRequest> = /*#__PURE__*/ Open.struct({
  dialogAct: /*#__PURE__*/ Schema.optional(DialogAct),
  intent: /*#__PURE__*/ Schema.optional(Intent),
  interactionType: /*#__PURE__*/ Schema.optional(InteractionType),
  locale: /*#__PURE__*/ Schema.optional(IntentRequestLocales),
  publicationStatus: /*#__PURE__*/ Schema.optional(PublicationStatus),
  stage: /*#__PURE__*/ Schema.optional(V1.StageType),
  utteranceText: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Response to the GET Intent Request History API. It contains the collection of utterances for the skill, nextToken and other metadata related to the search query.
 *
 * @since 0.3.0
 * @category models
 */
export interface IntentRequests {
  readonly _links?: V1.Links | undefined
  /**
   * This token can be used to load the next page of the result.
   */
  readonly nextToken?: string | undefined
  /**
   * This property is true when all the results matching the search request haven't been returned, false otherwise.
   */
  readonly isTruncated?: boolean | undefined
  /**
   * Total number of records that matched the given search query.
   */
  readonly totalCount?: number | undefined
  /**
   * Position of the current page in the result set.
   */
  readonly startIndex?: number | undefined
  /**
   * The Skill Id.
   */
  readonly skillId?: string | undefined
  /**
   * List of intent requests for the skill
   */
  readonly items?: ReadonlyArray<IntentRequest> | undefined
}

/**
 * The schema of `v1.skill.history.IntentRequests`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IntentRequests: Schema.Schema<IntentRequests> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  totalCount: /*#__PURE__*/ Schema.optional(Schema.Finite),
  startIndex: /*#__PURE__*/ Schema.optional(Schema.Finite),
  skillId: /*#__PURE__*/ Schema.optional(Schema.String),
  items: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(IntentRequest))
})

/**
 * A filter used to retrieve items where the locale is equal to the given value.
 *
 * @since 0.3.0
 * @category models
 */
export type LocaleInQuery = "en-US" | "en-GB" | "en-IN" | "en-CA" | "en-AU" | "de-DE" | "ja-JP"

/**
 * The schema of `v1.skill.history.localeInQuery`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocaleInQuery: Schema.Schema<LocaleInQuery> = /*#__PURE__*/ Schema.Literal(
  "en-US",
  "en-GB",
  "en-IN",
  "en-CA",
  "en-AU",
  "de-DE",
  "ja-JP"
)

/**
 * `v1.skill.history.sortFieldForIntentRequestType` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SortFieldForIntentRequestType =
  | "recordCount"
  | "intent.name"
  | "intent.confidence.bin"
  | "stage"
  | "dialogAct.name"
  | "locale"
  | "utteranceText"
  | "publicationStatus"
  | "interactionType"

/**
 * The schema of `v1.skill.history.sortFieldForIntentRequestType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SortFieldForIntentRequestType: Schema.Schema<SortFieldForIntentRequestType> = /*#__PURE__*/ Schema.Literal(
  "recordCount",
  "intent.name",
  "intent.confidence.bin",
  "stage",
  "dialogAct.name",
  "locale",
  "utteranceText",
  "publicationStatus",
  "interactionType"
)
