/**
 * The model's `v1.skill.interactionModel` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Catalog reference to provide values.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValueCatalog {
  /**
   * CatalogId.
   */
  readonly catalogId: string
  /**
   * Catalog version.
   */
  readonly version: string
}

/**
 * The schema of `v1.skill.interactionModel.ValueCatalog`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValueCatalog: Schema.Schema<ValueCatalog> = /*#__PURE__*/ Open.struct({
  catalogId: /*#__PURE__*/ Open.string({ minLength: 1 }),
  version: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Supply slot values from catalog(s).
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogValueSupplier {
  /**
   * The exact type of validation e.g.CatalogValueSupplier etc.
   */
  readonly type: "CatalogValueSupplier"
  readonly valueCatalog?: ValueCatalog | undefined
}

/**
 * The schema of `v1.skill.interactionModel.CatalogValueSupplier`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogValueSupplier: Schema.Schema<CatalogValueSupplier> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("CatalogValueSupplier"),
  valueCatalog: /*#__PURE__*/ Schema.optional(ValueCatalog)
})

/**
 * Enumerates delegation strategies used to control automatic dialog management through the defined dialog model. When no delegation strategies are defined, the value SKILL_RESPONSE is assumed.
 *
 * @since 0.3.0
 * @category models
 */
export type DelegationStrategyType = "ALWAYS" | "SKILL_RESPONSE" | (string & {})

/**
 * The schema of `v1.skill.interactionModel.DelegationStrategyType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DelegationStrategyType: Schema.Schema<DelegationStrategyType> = /*#__PURE__*/ Open.literals(
  "ALWAYS",
  "SKILL_RESPONSE"
)

/**
 * Dialog prompts associated with this slot i.e. for elicitation and/or confirmation.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogPrompts {
  /**
   * Reference to a prompt-id to use If this slot value is missing.
   */
  readonly elicitation?: string | undefined
  /**
   * Reference to a prompt-id to use to confirm the slots value.
   */
  readonly confirmation?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.DialogPrompts`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogPrompts: Schema.Schema<DialogPrompts> = /*#__PURE__*/ Open.struct({
  elicitation: /*#__PURE__*/ Schema.optional(Schema.String),
  confirmation: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Validates that slot value is greater than the specified value.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsGreaterThan {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isGreaterThan"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * Value to compare to.
   */
  readonly value: string
}

/**
 * The schema of `v1.skill.interactionModel.IsGreaterThan`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsGreaterThan: Schema.Schema<IsGreaterThan> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isGreaterThan"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  value: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Validates that slot value is greater than or equals to the specified value.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsGreaterThanOrEqualTo {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isGreaterThanOrEqualTo"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * Value to compare to.
   */
  readonly value: string
}

/**
 * The schema of `v1.skill.interactionModel.IsGreaterThanOrEqualTo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsGreaterThanOrEqualTo: Schema.Schema<IsGreaterThanOrEqualTo> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isGreaterThanOrEqualTo"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  value: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Validates that slot value is less than or equals to the specified value.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsLessThan {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isLessThan"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * Value to compare to.
   */
  readonly value: string
}

/**
 * The schema of `v1.skill.interactionModel.IsLessThan`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsLessThan: Schema.Schema<IsLessThan> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isLessThan"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  value: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Validates that slot value is less than or equals to the specified value.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsLessThanOrEqualTo {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isLessThanOrEqualTo"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * Value to compare to.
   */
  readonly value: string
}

/**
 * The schema of `v1.skill.interactionModel.IsLessThanOrEqualTo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsLessThanOrEqualTo: Schema.Schema<IsLessThanOrEqualTo> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isLessThanOrEqualTo"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  value: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Validates if the slot is in the specified set of values.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsInSet {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isInSet"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * List of values to check.
   */
  readonly values: ReadonlyArray<string>
}

/**
 * The schema of `v1.skill.interactionModel.IsInSet`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsInSet: Schema.Schema<IsInSet> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isInSet"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  values: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(Schema.String).pipe(/*#__PURE__*/ Schema.minItems(1))
})

/**
 * Validates if the slot is not in the specified set of values.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsNotInSet {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isNotInSet"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * List of values to check.
   */
  readonly values: ReadonlyArray<string>
}

/**
 * The schema of `v1.skill.interactionModel.IsNotInSet`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsNotInSet: Schema.Schema<IsNotInSet> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isNotInSet"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  values: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(Schema.String).pipe(/*#__PURE__*/ Schema.minItems(1))
})

/**
 * The hasEntityResolutionMatch would allow Alexa to trigger a re-prompt when the status produced by ER is "ER_SUCCESS_NO_MATCH".
 *
 * @since 0.3.0
 * @category models
 */
export interface HasEntityResolutionMatch {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "hasEntityResolutionMatch"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
}

/**
 * The schema of `v1.skill.interactionModel.HasEntityResolutionMatch`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HasEntityResolutionMatch: Schema.Schema<HasEntityResolutionMatch> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("hasEntityResolutionMatch"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Validates that the given date or time (as a slot value) is in a given interval. Unlike other range validations, duration based validations lets the developer define a dynamic range of date or time using ISO_8601 Duration Format. Based on the given 'start' and 'end' parameters an interval is created. The slot value given by the skill's user at runtime is then validated inside this interval.
 * Both 'start' and 'end' parameters are in reference to the current date/time. Here the current date/time refers to the date/time when the skill's user made the request.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsInDuration {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isInDuration"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * * `AMAZON.DATE`: ISO 8601 Duration using Y, M or D components or ISO 8601 Calendar Date in YYYY-MM-DD format.
   * * `AMAZON.TIME`: ISO 8601 Duration using H or M component or ISO 8601 24-Hour Clock Time in hh:mm format.
   */
  readonly start?: string | undefined
  /**
   * * `AMAZON.DATE`: ISO 8601 Duration using Y, M or D components or ISO 8601 Calendar Date in YYYY-MM-DD format.
   * * `AMAZON.TIME`: ISO 8601 Duration using H or M component or ISO 8601 24-Hour Clock Time in hh:mm format.
   */
  readonly end?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.IsInDuration`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsInDuration: Schema.Schema<IsInDuration> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isInDuration"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  start: /*#__PURE__*/ Schema.optional(Schema.String),
  end: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Validates that the given date or time (as a slot value) is not in a given interval. Unlike other range validations, duration based validations lets the developer define a dynamic range of date or time using ISO_8601 Duration Format. Based on the given 'start' and 'end' parameters an interval is created. The slot value given by the skill's user at runtime is then validated inside this interval.
 * Both 'start' and 'end' parameters are in reference to the current date/time. Here the current date/time refers to the date/time when the skill's user made the request.
 *
 * @since 0.3.0
 * @category models
 */
export interface IsNotInDuration {
  /**
   * The exact type of validation e.g. isLessThan,isGreaterThan etc.
   */
  readonly type: "isNotInDuration"
  /**
   * The prompt id that should be used if validation fails.
   */
  readonly prompt: string
  /**
   * * `AMAZON.DATE`: ISO 8601 Duration using Y, M or D components or ISO 8601 Calendar Date in YYYY-MM-DD format.
   * * `AMAZON.TIME`: ISO 8601 Duration using H or M component or ISO 8601 24-Hour Clock Time in hh:mm format.
   */
  readonly start?: string | undefined
  /**
   * * `AMAZON.DATE`: ISO 8601 Duration using Y, M or D components or ISO 8601 Calendar Date in YYYY-MM-DD format.
   * * `AMAZON.TIME`: ISO 8601 Duration using H or M component or ISO 8601 24-Hour Clock Time in hh:mm format.
   */
  readonly end?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.IsNotInDuration`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IsNotInDuration: Schema.Schema<IsNotInDuration> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("isNotInDuration"),
  prompt: /*#__PURE__*/ Open.string({ minLength: 1 }),
  start: /*#__PURE__*/ Schema.optional(Schema.String),
  end: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Validation on a slot with support for prompt and confirmation.
 *
 * @since 0.3.0
 * @category models
 */
export type SlotValidation =
  | IsGreaterThan
  | IsGreaterThanOrEqualTo
  | IsLessThan
  | IsLessThanOrEqualTo
  | IsInSet
  | IsNotInSet
  | HasEntityResolutionMatch
  | IsInDuration
  | IsNotInDuration
  | SlotValidation.Unknown

/**
 * The types that go with `SlotValidation`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace SlotValidation {
  /**
   * A `SlotValidation` newer than the model: its `type` is none of the known ones; every field is kept.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Unknown {
    /**
     * The prompt id that should be used if validation fails.
     */
    readonly prompt: string
    readonly type: string
    readonly [key: string]: unknown
  }
}

/**
 * The schema of `v1.skill.interactionModel.SlotValidation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotValidation: Schema.Schema<SlotValidation> = /*#__PURE__*/ Open.union("type", {
  isGreaterThan: IsGreaterThan,
  isGreaterThanOrEqualTo: IsGreaterThanOrEqualTo,
  isLessThan: IsLessThan,
  isLessThanOrEqualTo: IsLessThanOrEqualTo,
  isInSet: IsInSet,
  isNotInSet: IsNotInSet,
  hasEntityResolutionMatch: HasEntityResolutionMatch,
  isInDuration: IsInDuration,
  isNotInDuration: IsNotInDuration
}, { prompt: /*#__PURE__*/ Open.string({ minLength: 1 }) })

/**
 * `v1.skill.interactionModel.DialogSlotItems` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogSlotItems {
  /**
   * The name of the slot that has dialog rules associated with it.
   */
  readonly name: string
  /**
   * Type of the slot in the dialog intent.
   */
  readonly type: string
  /**
   * Describes whether elicitation of the slot is required.
   */
  readonly elicitationRequired?: boolean | undefined
  /**
   * Describes whether confirmation of the slot is required.
   */
  readonly confirmationRequired?: boolean | undefined
  readonly prompts: DialogPrompts
  /**
   * List of validations for the slot. if validation fails, user will be prompted with the provided prompt.
   */
  readonly validations?: ReadonlyArray<SlotValidation> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.DialogSlotItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogSlotItems: Schema.Schema<DialogSlotItems> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Open.string({ minLength: 1 }),
  type: /*#__PURE__*/ Open.string({ minLength: 1 }),
  elicitationRequired: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  confirmationRequired: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  prompts: DialogPrompts,
  validations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SlotValidation))
})

/**
 * Collection of prompts for this intent.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogIntentsPrompts {
  /**
   * Enum value in the dialog_slots map to reference the elicitation prompt id.
   */
  readonly elicitation?: string | undefined
  /**
   * Enum value in the dialog_slots map to reference the confirmation prompt id.
   */
  readonly confirmation?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.DialogIntentsPrompts`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogIntentsPrompts: Schema.Schema<DialogIntentsPrompts> = /*#__PURE__*/ Open.struct({
  elicitation: /*#__PURE__*/ Schema.optional(Schema.String),
  confirmation: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.interactionModel.DialogIntents` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogIntents {
  /**
   * Name of the intent that has a dialog specification.
   */
  readonly name: string
  /**
   * Defines an intent-specific delegation strategy for this dialog intent. Overrides dialog-level setting.
   */
  readonly delegationStrategy?: DelegationStrategyType | undefined
  /**
   * List of slots that have dialog rules.
   */
  readonly slots?: ReadonlyArray<DialogSlotItems> | undefined
  /**
   * Describes whether confirmation of the intent is required.
   */
  readonly confirmationRequired?: boolean | undefined
  readonly prompts?: DialogIntentsPrompts | undefined
}

/**
 * The schema of `v1.skill.interactionModel.DialogIntents`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogIntents: Schema.Schema<DialogIntents> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Open.string({ minLength: 1 }),
  delegationStrategy: /*#__PURE__*/ Schema.optional(DelegationStrategyType),
  slots: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(DialogSlotItems)),
  confirmationRequired: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  prompts: /*#__PURE__*/ Schema.optional(DialogIntentsPrompts)
})

/**
 * Defines dialog rules e.g. slot elicitation and validation, intent chaining etc.
 *
 * @since 0.3.0
 * @category models
 */
export interface Dialog {
  /**
   * Defines a delegation strategy for the dialogs in this dialog model.
   */
  readonly delegationStrategy?: DelegationStrategyType | undefined
  /**
   * List of intents that have dialog rules associated with them. Dialogs can also span multiple intents.
   */
  readonly intents: ReadonlyArray<DialogIntents>
}

/**
 * The schema of `v1.skill.interactionModel.Dialog`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Dialog: Schema.Schema<Dialog> = /*#__PURE__*/ Open.struct({
  delegationStrategy: /*#__PURE__*/ Schema.optional(DelegationStrategyType),
  intents: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(DialogIntents).pipe(/*#__PURE__*/ Schema.minItems(1))
})

/**
 * Skill's sensitivity level for out-of-domain utterances. By default, the sensitivity level of the skill is set to ‘LOW’.
 * As the sensitivity level for a skill is increased, more customer utterances that are not supported by the skill will be captured by AMAZON.FallbackIntent.
 *
 * @since 0.3.0
 * @category models
 */
export type FallbackIntentSensitivityLevel = "HIGH" | "MEDIUM" | "LOW" | (string & {})

/**
 * The schema of `v1.skill.interactionModel.FallbackIntentSensitivityLevel`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FallbackIntentSensitivityLevel: Schema.Schema<FallbackIntentSensitivityLevel> = /*#__PURE__*/ Open
  .literals("HIGH", "MEDIUM", "LOW")

/**
 * Denotes skill's sensitivity for out-of-domain utterances.
 *
 * @since 0.3.0
 * @category models
 */
export interface FallbackIntentSensitivity {
  readonly level: FallbackIntentSensitivityLevel
}

/**
 * The schema of `v1.skill.interactionModel.FallbackIntentSensitivity`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FallbackIntentSensitivity: Schema.Schema<FallbackIntentSensitivity> = /*#__PURE__*/ Open.struct({
  level: FallbackIntentSensitivityLevel
})

/**
 * The object that contains individual type values.
 *
 * @since 0.3.0
 * @category models
 */
export interface TypeValueObject {
  readonly value: string
  readonly synonyms: ReadonlyArray<string>
}

/**
 * The schema of `v1.skill.interactionModel.TypeValueObject`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TypeValueObject: Schema.Schema<TypeValueObject> = /*#__PURE__*/ Open.struct({
  value: /*#__PURE__*/ Open.string({ minLength: 1 }),
  synonyms: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(Schema.String).pipe(/*#__PURE__*/ Schema.minItems(1))
})

/**
 * The value schema in type object of interaction model.
 *
 * @since 0.3.0
 * @category models
 */
export interface TypeValue {
  readonly id?: string | undefined
  readonly name: TypeValueObject
}

/**
 * The schema of `v1.skill.interactionModel.TypeValue`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TypeValue: Schema.Schema<TypeValue> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  name: TypeValueObject
})

/**
 * Supplies inline slot type values.
 *
 * @since 0.3.0
 * @category models
 */
export interface InlineValueSupplier {
  /**
   * The exact type of validation e.g.CatalogValueSupplier etc.
   */
  readonly type: "InlineValueSupplier"
  /**
   * The list of slot type values.
   */
  readonly values?: ReadonlyArray<TypeValue> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.InlineValueSupplier`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InlineValueSupplier: Schema.Schema<InlineValueSupplier> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("InlineValueSupplier"),
  values: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(TypeValue))
})

/**
 * Configuration object for multiple values capturing behavior for this slot.
 *
 * @since 0.3.0
 * @category models
 */
export interface MultipleValuesConfig {
  /**
   * Boolean that indicates whether this slot can capture multiple values.
   */
  readonly enabled: boolean
}

/**
 * The schema of `v1.skill.interactionModel.MultipleValuesConfig`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MultipleValuesConfig: Schema.Schema<MultipleValuesConfig> = /*#__PURE__*/ Open.struct({
  enabled: Schema.Boolean
})

/**
 * Slot definition.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotDefinition {
  /**
   * The name of the slot.
   */
  readonly name: string
  /**
   * The type of the slot. It can be a built-in or custom type.
   */
  readonly type?: string | undefined
  /**
   * Configuration object for multiple values capturing behavior for this slot.
   */
  readonly multipleValues?: MultipleValuesConfig | undefined
  /**
   * Phrases the user can speak e.g. to trigger an intent or provide value for a slot elicitation.
   */
  readonly samples?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.SlotDefinition`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotDefinition: Schema.Schema<SlotDefinition> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Open.string({ minLength: 1 }),
  type: /*#__PURE__*/ Schema.optional(Schema.String),
  multipleValues: /*#__PURE__*/ Schema.optional(MultipleValuesConfig),
  samples: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * The set of intents your service can accept and process.
 *
 * @since 0.3.0
 * @category models
 */
export interface Intent {
  /**
   * Name to identify the intent.
   */
  readonly name: string
  /**
   * Name of the generator used to generate this object.
   */
  readonly generatedBy?: string | undefined
  /**
   * List of slots within the intent.
   */
  readonly slots?: ReadonlyArray<SlotDefinition> | undefined
  /**
   * Phrases the user can speak e.g. to trigger an intent or provide value for a slot elicitation.
   */
  readonly samples?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.Intent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Intent: Schema.Schema<Intent> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Open.string({ minLength: 1 }),
  generatedBy: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 100 })),
  slots: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SlotDefinition)),
  samples: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * Supplier object to provide slot values.
 *
 * @since 0.3.0
 * @category models
 */
export type ValueSupplier = InlineValueSupplier | CatalogValueSupplier | ValueSupplier.Unknown

/**
 * The types that go with `ValueSupplier`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace ValueSupplier {
  /**
   * A `ValueSupplier` newer than the model: its `type` is none of the known ones; every field is kept.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Unknown {
    readonly type: string
    readonly [key: string]: unknown
  }
}

/**
 * The schema of `v1.skill.interactionModel.ValueSupplier`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValueSupplier: Schema.Schema<ValueSupplier> = /*#__PURE__*/ Open.union("type", {
  InlineValueSupplier: InlineValueSupplier,
  CatalogValueSupplier: CatalogValueSupplier
}, {})

/**
 * Custom slot type to define a list of possible values for a slot. Used for items that are not covered by Amazon's built-in slot types.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotType {
  /**
   * The name of the custom slot type.
   */
  readonly name: string
  /**
   * Name of the generator used to generate this object.
   */
  readonly generatedBy?: string | undefined
  /**
   * List of expected values. Values outside the list are still returned.
   */
  readonly values?: ReadonlyArray<TypeValue> | undefined
  readonly valueSupplier?: ValueSupplier | undefined
}

/**
 * The schema of `v1.skill.interactionModel.SlotType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotType: Schema.Schema<SlotType> = /*#__PURE__*/ Open.struct({
  name: Schema.String,
  generatedBy: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 100 })),
  values: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(TypeValue)),
  valueSupplier: /*#__PURE__*/ Schema.optional(ValueSupplier)
})

/**
 * Global configurations applicable to a skill's model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ModelConfiguration {
  readonly fallbackIntentSensitivity?: FallbackIntentSensitivity | undefined
}

/**
 * The schema of `v1.skill.interactionModel.ModelConfiguration`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ModelConfiguration: Schema.Schema<ModelConfiguration> = /*#__PURE__*/ Open.struct({
  fallbackIntentSensitivity: /*#__PURE__*/ Schema.optional(FallbackIntentSensitivity)
})

/**
 * Define the language model.
 *
 * @since 0.3.0
 * @category models
 */
export interface LanguageModel {
  /**
   * Invocation name of the skill.
   */
  readonly invocationName: string
  readonly types?: ReadonlyArray<SlotType> | undefined
  readonly intents: ReadonlyArray<Intent>
  readonly modelConfiguration?: ModelConfiguration | undefined
}

/**
 * The schema of `v1.skill.interactionModel.languageModel`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LanguageModel: Schema.Schema<LanguageModel> = /*#__PURE__*/ Open.struct({
  invocationName: /*#__PURE__*/ Open.string({ minLength: 1 }),
  types: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SlotType)),
  intents: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(Intent).pipe(/*#__PURE__*/ Schema.minItems(1)),
  modelConfiguration: /*#__PURE__*/ Schema.optional(ModelConfiguration)
})

/**
 * Prompt can be specified in different formats e.g. text, ssml.
 *
 * @since 0.3.0
 * @category models
 */
export type PromptItemsType = "SSML" | "PlainText" | (string & {})

/**
 * The schema of `v1.skill.interactionModel.PromptItemsType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PromptItemsType: Schema.Schema<PromptItemsType> = /*#__PURE__*/ Open.literals("SSML", "PlainText")

/**
 * `v1.skill.interactionModel.PromptItems` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PromptItems {
  readonly type?: PromptItemsType | undefined
  /**
   * Specifies the prompt.
   */
  readonly value: string
}

/**
 * The schema of `v1.skill.interactionModel.PromptItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PromptItems: Schema.Schema<PromptItems> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(PromptItemsType),
  value: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * `v1.skill.interactionModel.Prompt` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Prompt {
  /**
   * The prompt id, this id can be used from dialog definitions.
   */
  readonly id: string
  /**
   * List of variations of the prompt, each variation can be either a text string or a well defined ssml string depending on the type defined.
   */
  readonly variations: ReadonlyArray<PromptItems>
}

/**
 * The schema of `v1.skill.interactionModel.Prompt`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Prompt: Schema.Schema<Prompt> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Open.string({ minLength: 1 }),
  variations: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(PromptItems).pipe(/*#__PURE__*/ Schema.minItems(1))
})

/**
 * `v1.skill.interactionModel.InteractionModelSchema` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InteractionModelSchema {
  readonly languageModel: LanguageModel
  readonly dialog?: Dialog | undefined
  /**
   * List of prompts.
   */
  readonly prompts?: ReadonlyArray<Prompt> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.InteractionModelSchema`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionModelSchema: Schema.Schema<InteractionModelSchema> = /*#__PURE__*/ Open.struct({
  languageModel: LanguageModel,
  dialog: /*#__PURE__*/ Schema.optional(Dialog),
  prompts: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Prompt))
})

/**
 * `v1.skill.interactionModel.InteractionModelData` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface InteractionModelData {
  readonly version?: string | undefined
  readonly description?: string | undefined
  readonly interactionModel: InteractionModelSchema
}

/**
 * The schema of `v1.skill.interactionModel.InteractionModelData`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionModelData: Schema.Schema<InteractionModelData> = /*#__PURE__*/ Open.struct({
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  interactionModel: InteractionModelSchema
})
