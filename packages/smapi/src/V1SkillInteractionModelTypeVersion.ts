/**
 * The model's `v1.skill.interactionModel.typeVersion` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"
import * as V1SkillInteractionModel from "./V1SkillInteractionModel.js"

/**
 * Definition for slot type entity.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeVersionItem {
  /**
   * Version number of slot type.
   */
  readonly version?: string | undefined
  /**
   * Description string about the slot type version.
   */
  readonly description?: string | undefined
  readonly _links?: V1.Links | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.SlotTypeVersionItem`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeVersionItem: Schema.Schema<SlotTypeVersionItem> = /*#__PURE__*/ Open.struct({
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  _links: /*#__PURE__*/ Schema.optional(V1.Links)
})

/**
 * List of slot type versions of a skill for the vendor.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSlotTypeVersionResponse {
  readonly _links?: V1.Links | undefined
  /**
   * List of slot types.
   */
  readonly slotTypeVersions?: ReadonlyArray<SlotTypeVersionItem> | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.ListSlotTypeVersionResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSlotTypeVersionResponse: Schema.Schema<ListSlotTypeVersionResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  slotTypeVersions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SlotTypeVersionItem)),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Value supplier object for slot definition.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValueSupplierObject {
  readonly valueSupplier?: V1SkillInteractionModel.ValueSupplier | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.ValueSupplierObject`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValueSupplierObject: Schema.Schema<ValueSupplierObject> = /*#__PURE__*/ Open.struct({
  valueSupplier: /*#__PURE__*/ Schema.optional(V1SkillInteractionModel.ValueSupplier)
})

/**
 * Slot Type version fields with metadata.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeVersionDataObject {
  /**
   * Slot type id associated with the slot type version.
   */
  readonly id?: string | undefined
  readonly definition?: ValueSupplierObject | undefined
  /**
   * Description string for specific slot type version.
   */
  readonly description?: string | undefined
  /**
   * Specific slot type version.
   */
  readonly version?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.SlotTypeVersionDataObject`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeVersionDataObject: Schema.Schema<SlotTypeVersionDataObject> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  definition: /*#__PURE__*/ Schema.optional(ValueSupplierObject),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Slot Type version data with metadata.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeVersionData {
  readonly slotType?: SlotTypeVersionDataObject | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.SlotTypeVersionData`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeVersionData: Schema.Schema<SlotTypeVersionData> = /*#__PURE__*/ Open.struct({
  slotType: /*#__PURE__*/ Schema.optional(SlotTypeVersionDataObject)
})

/**
 * Slot Type version fields with specific data.
 *
 * @since 0.3.0
 * @category models
 */
export interface VersionDataObject {
  readonly definition?: ValueSupplierObject | undefined
  /**
   * Description string for specific slot type version.
   */
  readonly description?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.VersionDataObject`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VersionDataObject: Schema.Schema<VersionDataObject> = /*#__PURE__*/ Open.struct({
  definition: /*#__PURE__*/ Schema.optional(ValueSupplierObject),
  description: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Slot Type version specific data.
 *
 * @since 0.3.0
 * @category models
 */
export interface VersionData {
  readonly slotType?: VersionDataObject | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.VersionData`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VersionData: Schema.Schema<VersionData> = /*#__PURE__*/ Open.struct({
  slotType: /*#__PURE__*/ Schema.optional(VersionDataObject)
})

/**
 * Slot Type update description object.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeUpdateObject {
  /**
   * The slot type description with a 255 character maximum.
   */
  readonly description?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.slotTypeUpdateObject`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeUpdateObject: Schema.Schema<SlotTypeUpdateObject> = /*#__PURE__*/ Open.struct({
  description: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Slot Type update description wrapper.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeUpdate {
  readonly slotType?: SlotTypeUpdateObject | undefined
}

/**
 * The schema of `v1.skill.interactionModel.typeVersion.slotTypeUpdate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeUpdate: Schema.Schema<SlotTypeUpdate> = /*#__PURE__*/ Open.struct({
  slotType: /*#__PURE__*/ Schema.optional(SlotTypeUpdateObject)
})
