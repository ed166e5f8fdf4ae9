/**
 * The model's `v1.skill.AlexaHosted` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Hosted skill lambda runtime; Node.js 12.x is deprecated by Hosted Skill service as of October 24, 2022.
 *
 * @since 0.3.0
 * @category models
 */
export type HostedSkillRuntime = "NODE_10_X" | "PYTHON_3_7" | "NODE_12_X" | "NODE_16_X" | (string & {})

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillRuntime`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillRuntime: Schema.Schema<HostedSkillRuntime> = /*#__PURE__*/ Open.literals(
  "NODE_10_X",
  "PYTHON_3_7",
  "NODE_12_X",
  "NODE_16_X"
)

/**
 * Hosted skill AWS region
 *
 * @since 0.3.0
 * @category models
 */
export type HostedSkillRegion = "US_EAST_1" | "US_WEST_2" | "EU_WEST_1"

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillRegion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillRegion: Schema.Schema<HostedSkillRegion> = /*#__PURE__*/ Schema.Literal(
  "US_EAST_1",
  "US_WEST_2",
  "EU_WEST_1"
)

/**
 * Alexa hosted skill create configuration
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaHostedConfig {
  readonly runtime?: HostedSkillRuntime | undefined
  readonly region?: HostedSkillRegion | undefined
}

/**
 * The schema of `v1.skill.AlexaHosted.AlexaHostedConfig`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaHostedConfig: Schema.Schema<AlexaHostedConfig> = /*#__PURE__*/ Open.struct({
  runtime: /*#__PURE__*/ Schema.optional(HostedSkillRuntime),
  region: /*#__PURE__*/ Schema.optional(HostedSkillRegion)
})

/**
 * `v1.skill.AlexaHosted.HostedSkillRepository` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type HostedSkillRepository = "GIT" | (string & {})

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillRepository`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillRepository: Schema.Schema<HostedSkillRepository> = /*#__PURE__*/ Open.literals("GIT")

/**
 * Alexa Hosted Skill's Repository Information
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillRepositoryInfo {
  readonly url: string
  readonly type: HostedSkillRepository
}

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillRepositoryInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillRepositoryInfo: Schema.Schema<HostedSkillRepositoryInfo> = /*#__PURE__*/ Open.struct({
  url: /*#__PURE__*/ Open.string({
    pattern: /^(https?|git|git+ssh):\/\/[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$/
  }),
  type: HostedSkillRepository
})

/**
 * `v1.skill.AlexaHosted.HostedSkillInfo` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillInfo {
  readonly repository?: HostedSkillRepositoryInfo | undefined
  readonly runtime?: HostedSkillRuntime | undefined
}

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillInfo: Schema.Schema<HostedSkillInfo> = /*#__PURE__*/ Open.struct({
  repository: /*#__PURE__*/ Schema.optional(HostedSkillRepositoryInfo),
  runtime: /*#__PURE__*/ Schema.optional(HostedSkillRuntime)
})

/**
 * Alexa Hosted skill's metadata
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillMetadata {
  readonly alexaHosted?: HostedSkillInfo | undefined
}

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillMetadata`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillMetadata: Schema.Schema<HostedSkillMetadata> = /*#__PURE__*/ Open.struct({
  alexaHosted: /*#__PURE__*/ Schema.optional(HostedSkillInfo)
})

/**
 * `v1.skill.AlexaHosted.HostedSkillPermissionType` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type HostedSkillPermissionType = "NEW_SKILL" | (string & {})

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillPermissionType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillPermissionType: Schema.Schema<HostedSkillPermissionType> = /*#__PURE__*/ Open.literals(
  "NEW_SKILL"
)

/**
 * `v1.skill.AlexaHosted.HostedSkillPermissionStatus` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type HostedSkillPermissionStatus =
  | "ALLOWED"
  | "NEW_USER_REGISTRATION_REQUIRED"
  | "RESOURCE_LIMIT_EXCEEDED"
  | "RATE_EXCEEDED"
  | (string & {})

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillPermissionStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillPermissionStatus: Schema.Schema<HostedSkillPermissionStatus> = /*#__PURE__*/ Open.literals(
  "ALLOWED",
  "NEW_USER_REGISTRATION_REQUIRED",
  "RESOURCE_LIMIT_EXCEEDED",
  "RATE_EXCEEDED"
)

/**
 * Customer's permission about Hosted skill features.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillPermission {
  readonly permission?: HostedSkillPermissionType | undefined
  readonly status?: HostedSkillPermissionStatus | undefined
  readonly actionUrl?: string | undefined
}

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillPermission`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillPermission: Schema.Schema<HostedSkillPermission> = /*#__PURE__*/ Open.struct({
  permission: /*#__PURE__*/ Schema.optional(HostedSkillPermissionType),
  status: /*#__PURE__*/ Schema.optional(HostedSkillPermissionStatus),
  actionUrl: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.AlexaHosted.HostedSkillRepositoryCredentials` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillRepositoryCredentials {
  /**
   * AWS Access Key ID used to access hosted skill repository
   */
  readonly username?: string | undefined
  /**
   * signed AWS Credentials used to access hosted skill repository
   */
  readonly password?: Redacted.Redacted<string> | undefined
  /**
   * expiration time for the credentials
   */
  readonly expiresAt?: string | undefined
}

/**
 * The types that go with `HostedSkillRepositoryCredentials`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace HostedSkillRepositoryCredentials {
  /**
   * `HostedSkillRepositoryCredentials` as sent and received: its secrets in plain text.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Encoded {
    readonly username?: string | undefined
    readonly password?: string | undefined
    readonly expiresAt?: string | undefined
  }
}

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillRepositoryCredentials`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillRepositoryCredentials: Schema.Schema<
  HostedSkillRepositoryCredentials,
  HostedSkillRepositoryCredentials.Encoded
> = /*#__PURE__*/ Open.struct({
  username: /*#__PURE__*/ Schema.optional(Schema.String),
  password: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.redacted(Schema.String)),
  expiresAt: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * defines the structure for the hosted skill repository credentials response
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillRepositoryCredentialsList {
  readonly repositoryCredentials?: HostedSkillRepositoryCredentials | undefined
}

/**
 * The types that go with `HostedSkillRepositoryCredentialsList`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace HostedSkillRepositoryCredentialsList {
  /**
   * `HostedSkillRepositoryCredentialsList` as sent and received: its secrets in plain text.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Encoded {
    readonly repositoryCredentials?: HostedSkillRepositoryCredentials.Encoded | undefined
  }
}

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillRepositoryCredentialsList`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillRepositoryCredentialsList: Schema.Schema<
  HostedSkillRepositoryCredentialsList,
  HostedSkillRepositoryCredentialsList.Encoded
> = /*#__PURE__*/ Open.struct({
  repositoryCredentials: /*#__PURE__*/ Schema.optional(HostedSkillRepositoryCredentials)
})

/**
 * `v1.skill.AlexaHosted.HostedSkillRepositoryCredentialsRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillRepositoryCredentialsRequest {
  readonly repository: HostedSkillRepositoryInfo
}

/**
 * The schema of `v1.skill.AlexaHosted.HostedSkillRepositoryCredentialsRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillRepositoryCredentialsRequest: Schema.Schema<HostedSkillRepositoryCredentialsRequest> =
  /*#__PURE__*/ Open.struct({
    repository: HostedSkillRepositoryInfo
  })

/**
 * Configurations for creating new hosted skill
 *
 * @since 0.3.0
 * @category models
 */
export interface HostingConfiguration {
  readonly alexaHosted?: AlexaHostedConfig | undefined
}

/**
 * The schema of `v1.skill.AlexaHosted.HostingConfiguration`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostingConfiguration: Schema.Schema<HostingConfiguration> = /*#__PURE__*/ Open.struct({
  alexaHosted: /*#__PURE__*/ Schema.optional(AlexaHostedConfig)
})
