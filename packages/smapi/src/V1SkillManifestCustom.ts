/**
 * The model's `v1.skill.Manifest.Custom` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1SkillManifest from "./V1SkillManifest.js"

/**
 * Skill connection object.
 *
 * @since 0.3.0
 * @category models
 */
export interface Connection {
  /**
   * Name of the connection.
   */
  readonly name: string
  readonly payload: V1SkillManifest.ConnectionsPayload
}

/**
 * The schema of `v1.skill.Manifest.Custom.Connection`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Connection: Schema.Schema<Connection> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Open.string({ minLength: 1 }),
  payload: /*#__PURE__*/ Schema.suspend((): Schema.Schema<V1SkillManifest.ConnectionsPayload> =>
    V1SkillManifest.ConnectionsPayload
  )
})

/**
 * `v1.skill.Manifest.Custom.SuppressedInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SuppressedInterface =
  | "AudioPlayer"
  | "PlaybackController"
  | "Display"
  | "VideoPlayer"
  | "GameEngine"
  | "GadgetController"
  | "CanHandleIntentRequest"
  | "CanFulfillIntentRequest"
  | "AlexaPresentationApl"
  | "AlexaPresentationHtml"
  | "AlexaDataStore"
  | "PhotoCaptureController"
  | "VideoCaptureController"
  | "UploadController"
  | "CustomInterface"
  | "AlexaAugmentationEffectsController"

/**
 * The schema of `v1.skill.Manifest.Custom.SuppressedInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SuppressedInterface: Schema.Schema<SuppressedInterface> = /*#__PURE__*/ Schema.Literal(
  "AudioPlayer",
  "PlaybackController",
  "Display",
  "VideoPlayer",
  "GameEngine",
  "GadgetController",
  "CanHandleIntentRequest",
  "CanFulfillIntentRequest",
  "AlexaPresentationApl",
  "AlexaPresentationHtml",
  "AlexaDataStore",
  "PhotoCaptureController",
  "VideoCaptureController",
  "UploadController",
  "CustomInterface",
  "AlexaAugmentationEffectsController"
)

/**
 * The type of target runtime.
 *
 * @since 0.3.0
 * @category models
 */
export interface TargetRuntimeDevice {
  readonly type: "DEVICE"
}

/**
 * The schema of `v1.skill.Manifest.Custom.TargetRuntimeDevice`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TargetRuntimeDevice: Schema.Schema<TargetRuntimeDevice> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("DEVICE")
})

/**
 * Discriminator for target runtime objects.
 *
 * @since 0.3.0
 * @category models
 */
export type TargetRuntime = TargetRuntimeDevice | TargetRuntime.Unknown

/**
 * The types that go with `TargetRuntime`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace TargetRuntime {
  /**
   * A `TargetRuntime` newer than the model: its `type` is none of the known ones; every field is kept.
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
 * The schema of `v1.skill.Manifest.Custom.TargetRuntime`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TargetRuntime: Schema.Schema<TargetRuntime> = /*#__PURE__*/ Open.union("type", {
  DEVICE: TargetRuntimeDevice
}, {})

/**
 * `v1.skill.Manifest.Custom.TargetRuntimeType` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type TargetRuntimeType = "DEVICE"

/**
 * The schema of `v1.skill.Manifest.Custom.TargetRuntimeType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TargetRuntimeType: Schema.Schema<TargetRuntimeType> = /*#__PURE__*/ Schema.Literal("DEVICE")
