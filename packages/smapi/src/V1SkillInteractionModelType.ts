/**
 * The model's `v1.skill.interactionModel.type` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Definition for slot type input.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeInput {
  /**
   * Name of the slot type.
   */
  readonly name?: string | undefined
  /**
   * Description string about the slot type.
   */
  readonly description?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeInput`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeInput: Schema.Schema<SlotTypeInput> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Slot type request definitions.
 *
 * @since 0.3.0
 * @category models
 */
export interface DefinitionData {
  readonly slotType?: SlotTypeInput | undefined
  /**
   * The vendorId that the slot type should belong to.
   */
  readonly vendorId?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.DefinitionData`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DefinitionData: Schema.Schema<DefinitionData> = /*#__PURE__*/ Open.struct({
  slotType: /*#__PURE__*/ Schema.optional(SlotTypeInput),
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * The error which would fail requests.
 *
 * @since 0.3.0
 * @category models
 */
export interface Error {
  /**
   * The error code.
   */
  readonly code?: string | undefined
  /**
   * The error message.
   */
  readonly message?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.Error`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Error: Schema.Schema<Error> = /*#__PURE__*/ Open.struct({
  code: /*#__PURE__*/ Schema.optional(Schema.String),
  message: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Status of last modification request for a resource.
 *
 * @since 0.3.0
 * @category models
 */
export type SlotTypeStatusType = "FAILED" | "IN_PROGRESS" | "SUCCEEDED" | (string & {})

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeStatusType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeStatusType: Schema.Schema<SlotTypeStatusType> = /*#__PURE__*/ Open.literals(
  "FAILED",
  "IN_PROGRESS",
  "SUCCEEDED"
)

/**
 * The warning which would not fail requests.
 *
 * @since 0.3.0
 * @category models
 */
export interface Warning {
  /**
   * The warning code.
   */
  readonly code?: string | undefined
  /**
   * The warning message.
   */
  readonly message?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.Warning`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Warning: Schema.Schema<Warning> = /*#__PURE__*/ Open.struct({
  code: /*#__PURE__*/ Schema.optional(Schema.String),
  message: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Contains attributes related to last modification request of a resource.
 *
 * @since 0.3.0
 * @category models
 */
export interface LastUpdateRequest {
  readonly status?: SlotTypeStatusType | undefined
  /**
   * The version id of the entity returned.
   */
  readonly version?: string | undefined
  readonly errors?: ReadonlyArray<Error> | undefined
  readonly warnings?: ReadonlyArray<Warning> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.LastUpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LastUpdateRequest: Schema.Schema<LastUpdateRequest> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(SlotTypeStatusType),
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Error)),
  warnings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Warning))
})

/**
 * Definition for slot type entity.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeItem {
  /**
   * Name of the slot type.
   */
  readonly name?: string | undefined
  /**
   * Description string about the slot type.
   */
  readonly description?: string | undefined
  /**
   * Identifier of the slot type, optional in get response as the request already has slotTypeId.
   */
  readonly id?: string | undefined
  readonly _links?: V1.Links | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeItem`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeItem: Schema.Schema<SlotTypeItem> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  _links: /*#__PURE__*/ Schema.optional(V1.Links)
})

/**
 * List of slot types of a skill for the vendor.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSlotTypeResponse {
  readonly _links?: V1.Links | undefined
  /**
   * List of slot types.
   */
  readonly slotTypes?: ReadonlyArray<SlotTypeItem> | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.ListSlotTypeResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSlotTypeResponse: Schema.Schema<ListSlotTypeResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  slotTypes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SlotTypeItem)),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Slot Type request definitions.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeDefinitionOutput {
  readonly slotType?: SlotTypeInput | undefined
  /**
   * Total number of versions.
   */
  readonly totalVersions?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeDefinitionOutput`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeDefinitionOutput: Schema.Schema<SlotTypeDefinitionOutput> = /*#__PURE__*/ Open.struct({
  slotType: /*#__PURE__*/ Schema.optional(SlotTypeInput),
  totalVersions: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * SlotTypeId information.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeResponseEntity {
  /**
   * ID of the slot type created.
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeResponseEntity`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeResponseEntity: Schema.Schema<SlotTypeResponseEntity> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Slot Type information.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeResponse {
  readonly slotType?: SlotTypeResponseEntity | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeResponse: Schema.Schema<SlotTypeResponse> = /*#__PURE__*/ Open.struct({
  slotType: /*#__PURE__*/ Schema.optional(SlotTypeResponseEntity)
})

/**
 * Defines the structure for slot type status response.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeStatus {
  readonly updateRequest?: LastUpdateRequest | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeStatus: Schema.Schema<SlotTypeStatus> = /*#__PURE__*/ Open.struct({
  updateRequest: /*#__PURE__*/ Schema.optional(LastUpdateRequest)
})

/**
 * Slot type update definition object.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeUpdateDefinition {
  /**
   * The slot type description with a 255 character maximum.
   */
  readonly description: string
}

/**
 * The schema of `v1.skill.interactionModel.type.SlotTypeUpdateDefinition`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeUpdateDefinition: Schema.Schema<SlotTypeUpdateDefinition> = /*#__PURE__*/ Open.struct({
  description: Schema.String
})

/**
 * Slot type update request object.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateRequest {
  readonly slotType?: SlotTypeUpdateDefinition | undefined
}

/**
 * The schema of `v1.skill.interactionModel.type.UpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateRequest: Schema.Schema<UpdateRequest> = /*#__PURE__*/ Open.struct({
  slotType: /*#__PURE__*/ Schema.optional(SlotTypeUpdateDefinition)
})
