/**
 * The model's `v1.skill` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"
import * as V1SkillAlexaHosted from "./V1SkillAlexaHosted.js"
import * as V1SkillManifest from "./V1SkillManifest.js"

/**
 * Action of a resource.
 *
 * @since 0.3.0
 * @category models
 */
export type Action = "CREATE" | "UPDATE" | "ASSOCIATE" | "DISASSOCIATE" | (string & {})

/**
 * The schema of `v1.skill.Action`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Action: Schema.Schema<Action> = /*#__PURE__*/ Open.literals(
  "CREATE",
  "UPDATE",
  "ASSOCIATE",
  "DISASSOCIATE"
)

/**
 * Type of the agreement that the customer must be compliant to.
 *
 * @since 0.3.0
 * @category models
 */
export type AgreementType = "EXPORT_COMPLIANCE" | (string & {})

/**
 * The schema of `v1.skill.AgreementType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AgreementType: Schema.Schema<AgreementType> = /*#__PURE__*/ Open.literals("EXPORT_COMPLIANCE")

/**
 * Name of the build step. Possible values -
 * * `DIALOG_MODEL_BUILD` - Build status for dialog model.
 * * `LANGUAGE_MODEL_QUICK_BUILD` - Build status for FST model.
 * * `LANGUAGE_MODEL_FULL_BUILD` - Build status for statistical model.
 * * `ALEXA_CONVERSATIONS_QUICK_BUILD` - AlexaConversations LowFidelity model build status.
 * * `ALEXA_CONVERSATIONS_FULL_BUILD` - AlexaConversations HighFidelity model build status.
 *
 * @since 0.3.0
 * @category models
 */
export type BuildStepName =
  | "DIALOG_MODEL_BUILD"
  | "LANGUAGE_MODEL_QUICK_BUILD"
  | "LANGUAGE_MODEL_FULL_BUILD"
  | "ALEXA_CONVERSATIONS_QUICK_BUILD"
  | "ALEXA_CONVERSATIONS_FULL_BUILD"
  | (string & {})

/**
 * The schema of `v1.skill.BuildStepName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const BuildStepName: Schema.Schema<BuildStepName> = /*#__PURE__*/ Open.literals(
  "DIALOG_MODEL_BUILD",
  "LANGUAGE_MODEL_QUICK_BUILD",
  "LANGUAGE_MODEL_FULL_BUILD",
  "ALEXA_CONVERSATIONS_QUICK_BUILD",
  "ALEXA_CONVERSATIONS_FULL_BUILD"
)

/**
 * Status of a resource.
 *
 * @since 0.3.0
 * @category models
 */
export type Status = "FAILED" | "IN_PROGRESS" | "SUCCEEDED" | (string & {})

/**
 * The schema of `v1.skill.Status`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Status: Schema.Schema<Status> = /*#__PURE__*/ Open.literals("FAILED", "IN_PROGRESS", "SUCCEEDED")

/**
 * Dimensions of an image.
 *
 * @since 0.3.0
 * @category models
 */
export interface ImageDimension {
  /**
   * Width of the image in pixels.
   */
  readonly widthInPixels?: number | undefined
  /**
   * Height of the image in pixels.
   */
  readonly heightInPixels?: number | undefined
}

/**
 * The schema of `v1.skill.ImageDimension`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ImageDimension: Schema.Schema<ImageDimension> = /*#__PURE__*/ Open.struct({
  widthInPixels: /*#__PURE__*/ Schema.optional(Schema.Int),
  heightInPixels: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Unit of measurement for size of image.
 *
 * @since 0.3.0
 * @category models
 */
export type ImageSizeUnit = "MB" | (string & {})

/**
 * The schema of `v1.skill.ImageSizeUnit`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ImageSizeUnit: Schema.Schema<ImageSizeUnit> = /*#__PURE__*/ Open.literals("MB")

/**
 * On disk storage size of image.
 *
 * @since 0.3.0
 * @category models
 */
export interface ImageSize {
  /**
   * Value measuring the size of the image.
   */
  readonly value?: number | undefined
  readonly unit?: ImageSizeUnit | undefined
}

/**
 * The schema of `v1.skill.ImageSize`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ImageSize: Schema.Schema<ImageSize> = /*#__PURE__*/ Open.struct({
  value: /*#__PURE__*/ Schema.optional(Schema.Finite),
  unit: /*#__PURE__*/ Schema.optional(ImageSizeUnit)
})

/**
 * Set of properties of the image provided by the customer.
 *
 * @since 0.3.0
 * @category models
 */
export interface ImageAttributes {
  readonly dimension?: ImageDimension | undefined
  readonly size?: ImageSize | undefined
  readonly maximumSize?: ImageSize | undefined
}

/**
 * The schema of `v1.skill.imageAttributes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ImageAttributes: Schema.Schema<ImageAttributes> = /*#__PURE__*/ Open.struct({
  dimension: /*#__PURE__*/ Schema.optional(ImageDimension),
  size: /*#__PURE__*/ Schema.optional(ImageSize),
  maximumSize: /*#__PURE__*/ Schema.optional(ImageSize)
})

/**
 * `v1.skill.ValidationDataTypes` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type ValidationDataTypes = "object" | "boolean" | "integer" | "array" | "string" | "null" | (string & {})

/**
 * The schema of `v1.skill.ValidationDataTypes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationDataTypes: Schema.Schema<ValidationDataTypes> = /*#__PURE__*/ Open.literals(
  "object",
  "boolean",
  "integer",
  "array",
  "string",
  "null"
)

/**
 * Structure representing properties of an instance of data. Definition will be either one of a booleanInstance, stringInstance, integerInstance, or compoundInstance.
 *
 * @since 0.3.0
 * @category models
 */
export interface Instance {
  /**
   * Path that uniquely identifies the instance in the resource.
   */
  readonly propertyPath?: string | undefined
  readonly dataType?: ValidationDataTypes | undefined
  /**
   * String value of the instance. Incase of null, object or array the value field would be null or not present. Incase of string, boolean or integer dataType it will be the corresponding String value.
   */
  readonly value?: string | undefined
}

/**
 * The schema of `v1.skill.Instance`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Instance: Schema.Schema<Instance> = /*#__PURE__*/ Open.struct({
  propertyPath: /*#__PURE__*/ Schema.optional(Schema.String),
  dataType: /*#__PURE__*/ Schema.optional(ValidationDataTypes),
  value: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Format in which instance value is expected in.
 *
 * @since 0.3.0
 * @category models
 */
export type Format = "URI" | (string & {})

/**
 * The schema of `v1.skill.Format`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Format: Schema.Schema<Format> = /*#__PURE__*/ Open.literals("URI")

/**
 * Structure representing a public feature.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationFeature {
  /**
   * Name of the feature.
   */
  readonly name?: string | undefined
  /**
   * Contact URL or email for the feature.
   */
  readonly contact?: string | undefined
}

/**
 * The schema of `v1.skill.ValidationFeature`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationFeature: Schema.Schema<ValidationFeature> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  contact: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Structure representing an endpoint.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationEndpoint {
  /**
   * Path to the endpoint URI in the resource.
   */
  readonly propertyPath?: string | undefined
  /**
   * Type of the endpoint (https, http, arn etc).
   */
  readonly type?: string | undefined
  /**
   * Full URI of the endpoint.
   */
  readonly value?: string | undefined
}

/**
 * The schema of `v1.skill.ValidationEndpoint`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationEndpoint: Schema.Schema<ValidationEndpoint> = /*#__PURE__*/ Open.struct({
  propertyPath: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(Schema.String),
  value: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Enum for type of validation failure in the request.
 *
 * @since 0.3.0
 * @category models
 */
export type ValidationFailureType =
  | "RESOURCE_DOES_NOT_EXIST"
  | "RESOURCE_VERSION_DOES_NOT_MATCH"
  | "MALFORMED_INPUT"
  | "EXPECTED_NOT_EMPTY_VALUE"
  | "INVALID_NUMBER_OF_OCCURENCES"
  | "INVALID_NUMBER_OF_PROPERTIES"
  | "EXPECTED_ATLEAST_ONE_RELATED_INSTANCE"
  | "EXPECTED_EXACTLY_ONE_RELATED_INSTANCE"
  | "RESOURCE_LOCKED"
  | "UNEXPECTED_RESOURCE_STAGE"
  | "UNEXPECTED_RESOURCE_PROPERTY"
  | "MISSING_RESOURCE_PROPERTY"
  | (string & {})

/**
 * The schema of `v1.skill.ValidationFailureType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationFailureType: Schema.Schema<ValidationFailureType> = /*#__PURE__*/ Open.literals(
  "RESOURCE_DOES_NOT_EXIST",
  "RESOURCE_VERSION_DOES_NOT_MATCH",
  "MALFORMED_INPUT",
  "EXPECTED_NOT_EMPTY_VALUE",
  "INVALID_NUMBER_OF_OCCURENCES",
  "INVALID_NUMBER_OF_PROPERTIES",
  "EXPECTED_ATLEAST_ONE_RELATED_INSTANCE",
  "EXPECTED_EXACTLY_ONE_RELATED_INSTANCE",
  "RESOURCE_LOCKED",
  "UNEXPECTED_RESOURCE_STAGE",
  "UNEXPECTED_RESOURCE_PROPERTY",
  "MISSING_RESOURCE_PROPERTY"
)

/**
 * Object representing what is wrong in the request.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationFailureReason {
  /**
   * Enum for type of validation failure in the request.
   */
  readonly type?: ValidationFailureType | undefined
}

/**
 * The schema of `v1.skill.ValidationFailureReason`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationFailureReason: Schema.Schema<ValidationFailureReason> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(ValidationFailureType)
})

/**
 * Standardized, machine readable structure that wraps all the information about a specific occurrence of an error of the type specified by the code.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationDetails {
  /**
   * Set of properties of the image provided by the customer.
   */
  readonly actualImageAttributes?: ImageAttributes | undefined
  /**
   * Number of items in an array provided by the customer.
   */
  readonly actualNumberOfItems?: number | undefined
  /**
   * Number of characters in a string provided by the customer.
   */
  readonly actualStringLength?: number | undefined
  /**
   * List of allowed content types for a resource.
   */
  readonly allowedContentTypes?: ReadonlyArray<string> | undefined
  /**
   * List of allowed data types for an instance.
   */
  readonly allowedDataTypes?: ReadonlyArray<ValidationDataTypes> | undefined
  /**
   * List of set of properties representing all possible allowed images.
   */
  readonly allowedImageAttributes?: ReadonlyArray<ImageAttributes> | undefined
  /**
   * Instance conflicting with another instance.
   */
  readonly conflictingInstance?: Instance | undefined
  /**
   * Format in which instance value is expected in.
   */
  readonly expectedFormat?: Format | undefined
  /**
   * Instance that is expected by a related instance.
   */
  readonly expectedInstance?: Instance | undefined
  /**
   * Regular expression that a string instance is expected to match.
   */
  readonly expectedRegexPattern?: string | undefined
  /**
   * Type of the agreement that the customer must be compliant to.
   */
  readonly agreementType?: AgreementType | undefined
  /**
   * Properties of a publicly known feature that has restricted access.
   */
  readonly feature?: ValidationFeature | undefined
  /**
   * Endpoint which has a different value for property named type when compared to original endpoint.
   */
  readonly inconsistentEndpoint?: ValidationEndpoint | undefined
  /**
   * Minimum allowed value of an integer instance.
   */
  readonly minimumIntegerValue?: number | undefined
  /**
   * Minimum allowed number of items in an array.
   */
  readonly minimumNumberOfItems?: number | undefined
  /**
   * Minimum allowed number of characters in a string.
   */
  readonly minimumStringLength?: number | undefined
  /**
   * Maximum allowed value of an integer instance.
   */
  readonly maximumIntegerValue?: number | undefined
  /**
   * Maximum allowed number of items in an array.
   */
  readonly maximumNumberOfItems?: number | undefined
  /**
   * Maximum allowed number of characters in a string.
   */
  readonly maximumStringLength?: number | undefined
  /**
   * An Endpoint instance
   */
  readonly originalEndpoint?: ValidationEndpoint | undefined
  /**
   * An Instance
   */
  readonly originalInstance?: Instance | undefined
  /**
   * Represents what is wrong in the request.
   */
  readonly reason?: ValidationFailureReason | undefined
  /**
   * Property required but missing in the object.
   */
  readonly requiredProperty?: string | undefined
  /**
   * Property not expected but present in the object.
   */
  readonly unexpectedProperty?: string | undefined
}

/**
 * The schema of `v1.skill.validationDetails`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationDetails: Schema.Schema<ValidationDetails> = /*#__PURE__*/ Open.struct({
  actualImageAttributes: /*#__PURE__*/ Schema.optional(ImageAttributes),
  actualNumberOfItems: /*#__PURE__*/ Schema.optional(Schema.Int),
  actualStringLength: /*#__PURE__*/ Schema.optional(Schema.Int),
  allowedContentTypes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  allowedDataTypes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ValidationDataTypes)),
  allowedImageAttributes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ImageAttributes)),
  conflictingInstance: /*#__PURE__*/ Schema.optional(Instance),
  expectedFormat: /*#__PURE__*/ Schema.optional(Format),
  expectedInstance: /*#__PURE__*/ Schema.optional(Instance),
  expectedRegexPattern: /*#__PURE__*/ Schema.optional(Schema.String),
  agreementType: /*#__PURE__*/ Schema.optional(AgreementType),
  feature: /*#__PURE__*/ Schema.optional(ValidationFeature),
  inconsistentEndpoint: /*#__PURE__*/ Schema.optional(ValidationEndpoint),
  minimumIntegerValue: /*#__PURE__*/ Schema.optional(Schema.Int),
  minimumNumberOfItems: /*#__PURE__*/ Schema.optional(Schema.Int),
  minimumStringLength: /*#__PURE__*/ Schema.optional(Schema.Int),
  maximumIntegerValue: /*#__PURE__*/ Schema.optional(Schema.Int),
  maximumNumberOfItems: /*#__PURE__*/ Schema.optional(Schema.Int),
  maximumStringLength: /*#__PURE__*/ Schema.optional(Schema.Int),
  originalEndpoint: /*#__PURE__*/ Schema.optional(ValidationEndpoint),
  originalInstance: /*#__PURE__*/ Schema.optional(Instance),
  reason: /*#__PURE__*/ Schema.optional(ValidationFailureReason),
  requiredProperty: /*#__PURE__*/ Schema.optional(Schema.String),
  unexpectedProperty: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Standardized structure which wraps machine parsable and human readable information about an error.
 *
 * @since 0.3.0
 * @category models
 */
export interface StandardizedError {
  /**
   * Standardized, machine readable structure that wraps all the information about a specific occurrence of an error of the type specified by the code.
   */
  readonly validationDetails?: ValidationDetails | undefined
}

/**
 * The schema of `v1.skill.StandardizedError`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StandardizedError: Schema.Schema<StandardizedError> = /*#__PURE__*/ Open.struct({
  validationDetails: /*#__PURE__*/ Schema.optional(ValidationDetails)
})

/**
 * Describes the status of a build step.
 *
 * @since 0.3.0
 * @category models
 */
export interface BuildStep {
  readonly name?: BuildStepName | undefined
  readonly status?: Status | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
}

/**
 * The schema of `v1.skill.BuildStep`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const BuildStep: Schema.Schema<BuildStep> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(BuildStepName),
  status: /*#__PURE__*/ Schema.optional(Status),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError))
})

/**
 * Contains array which describes steps involved in a build. Elements (or build steps) are added
 * to this array as they become IN_PROGRESS.
 *
 * @since 0.3.0
 * @category models
 */
export interface BuildDetails {
  /**
   * An array where each element represents a build step.
   */
  readonly steps?: ReadonlyArray<BuildStep> | undefined
}

/**
 * The schema of `v1.skill.BuildDetails`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const BuildDetails: Schema.Schema<BuildDetails> = /*#__PURE__*/ Open.struct({
  steps: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(BuildStep))
})

/**
 * Can locale of skill be overwritten. Default value is DO_NOT_OVERWRITE.
 *
 * @since 0.3.0
 * @category models
 */
export type OverwriteMode = "DO_NOT_OVERWRITE" | "OVERWRITE"

/**
 * The schema of `v1.skill.OverwriteMode`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const OverwriteMode: Schema.Schema<OverwriteMode> = /*#__PURE__*/ Schema.Literal("DO_NOT_OVERWRITE", "OVERWRITE")

/**
 * Defines the request body for the cloneLocale API.
 *
 * @since 0.3.0
 * @category models
 */
export interface CloneLocaleRequest {
  /**
   * Locale with the assets that will be cloned.
   */
  readonly sourceLocale: string
  /**
   * A list of locale(s) where the assets will be copied to.
   */
  readonly targetLocales: ReadonlyArray<string>
  /**
   * Can locale of skill be overwritten. Default value is DO_NOT_OVERWRITE.
   */
  readonly overwriteMode?: OverwriteMode | undefined
}

/**
 * The schema of `v1.skill.CloneLocaleRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CloneLocaleRequest: Schema.Schema<CloneLocaleRequest> = /*#__PURE__*/ Open.struct({
  sourceLocale: Schema.String,
  targetLocales: /*#__PURE__*/ Schema.Array(Schema.String),
  overwriteMode: /*#__PURE__*/ Schema.optional(OverwriteMode)
})

/**
 * Status for a locale clone request
 * CloneLocale API initiates cloning from a source locale to all target locales.
 *   * `IN_PROGRESS` status would indicate the clone is still in progress.
 *   * `SUCCEEDED` status would indicate the source locale was cloned successfully to all target locales.
 *   * `INELIGIBLE` status would indicate the source locale was ineligible to be cloned to all target locales.
 *   * `MIXED` status would indicate the different status of clone on different locales, and individual target locale statues should be checked.
 *   * `FAILED` status would indicate the source locale was not cloned all target locales successfully despite the request being eligible due to internal service issues.
 *   * `ROLLBACK_SUCCEEDED` status would indicate the skill was rolled back to the previous state in case any failure.
 *   * `ROLLBACK_FAILED` status would indicate that in case of failure, the rollback to the previous state of the skill was attempted, but it failed.
 *
 * @since 0.3.0
 * @category models
 */
export type CloneLocaleRequestStatus =
  | "FAILED"
  | "INELIGIBLE"
  | "IN_PROGRESS"
  | "MIXED"
  | "ROLLBACK_FAILED"
  | "ROLLBACK_SUCCEEDED"
  | "SUCCEEDED"
  | (string & {})

/**
 * The schema of `v1.skill.CloneLocaleRequestStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CloneLocaleRequestStatus: Schema.Schema<CloneLocaleRequestStatus> = /*#__PURE__*/ Open.literals(
  "FAILED",
  "INELIGIBLE",
  "IN_PROGRESS",
  "MIXED",
  "ROLLBACK_FAILED",
  "ROLLBACK_SUCCEEDED",
  "SUCCEEDED"
)

/**
 * Status for a locale clone on a particular target locale
 *   * `IN_PROGRESS` status would indicate the clone is still in progress to the target locale.
 *   * `SUCCEEDED` status would indicate the source locale was cloned successfully to the target locale.
 *   * `INELIGIBLE` status would indicate the source locale was ineligible to be cloned the target locale.
 *   * `FAILED` status would indicate the source locale was not cloned the target locale successfully.
 *   * `ROLLBACK_SUCCEEDED` status would indicate the locale was rolled back to the previous state in case any failure.
 *   * `ROLLBACK_FAILED` status would indicate that in case of failure, the rollback to the previous state of the locale was attempted, but it failed.
 *
 * @since 0.3.0
 * @category models
 */
export type CloneLocaleStatus =
  | "FAILED"
  | "INELIGIBLE"
  | "IN_PROGRESS"
  | "ROLLBACK_FAILED"
  | "ROLLBACK_SUCCEEDED"
  | "SUCCEEDED"
  | (string & {})

/**
 * The schema of `v1.skill.CloneLocaleStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CloneLocaleStatus: Schema.Schema<CloneLocaleStatus> = /*#__PURE__*/ Open.literals(
  "FAILED",
  "INELIGIBLE",
  "IN_PROGRESS",
  "ROLLBACK_FAILED",
  "ROLLBACK_SUCCEEDED",
  "SUCCEEDED"
)

/**
 * an object detailing the status of a locale clone request and if applicable the errors occurred when saving/building resources during clone process.
 *
 * @since 0.3.0
 * @category models
 */
export interface CloneLocaleResourceStatus {
  readonly status?: CloneLocaleStatus | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
}

/**
 * The schema of `v1.skill.CloneLocaleResourceStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CloneLocaleResourceStatus: Schema.Schema<CloneLocaleResourceStatus> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(CloneLocaleStatus),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError))
})

/**
 * `v1.skill.CloneLocaleStageType` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type CloneLocaleStageType = "development"

/**
 * The schema of `v1.skill.CloneLocaleStageType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CloneLocaleStageType: Schema.Schema<CloneLocaleStageType> = /*#__PURE__*/ Schema.Literal("development")

/**
 * A mapping of statuses per locale detailing progress of resource or error if encountered.
 *
 * @since 0.3.0
 * @category models
 */
export interface CloneLocaleStatusResponse {
  readonly status?: CloneLocaleRequestStatus | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
  /**
   * Source locale which is cloned to target locales.
   */
  readonly sourceLocale?: string | undefined
  /**
   * Mapping of statuses per locale.
   */
  readonly targetLocales?: { readonly [key: string]: CloneLocaleResourceStatus } | undefined
}

/**
 * The schema of `v1.skill.CloneLocaleStatusResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CloneLocaleStatusResponse: Schema.Schema<CloneLocaleStatusResponse> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(CloneLocaleRequestStatus),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
  sourceLocale: /*#__PURE__*/ Schema.optional(Schema.String),
  targetLocales: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: CloneLocaleResourceStatus })
  )
})

/**
 * Defines the request body to create a rollback request
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateRollbackRequest {
  /**
   * The target skill version to rollback to.
   */
  readonly targetVersion: string
}

/**
 * The schema of `v1.skill.CreateRollbackRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateRollbackRequest: Schema.Schema<CreateRollbackRequest> = /*#__PURE__*/ Open.struct({
  targetVersion: Schema.String
})

/**
 * Defines the response body when a rollback request is created
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateRollbackResponse {
  /**
   * Defines the identifier for a rollback request.
   */
  readonly rollbackRequestId?: string | undefined
}

/**
 * The schema of `v1.skill.CreateRollbackResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateRollbackResponse: Schema.Schema<CreateRollbackResponse> = /*#__PURE__*/ Open.struct({
  rollbackRequestId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * SkillId information.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateSkillResponse {
  /**
   * ID of the skill created.
   */
  readonly skillId?: string | undefined
}

/**
 * The schema of `v1.skill.CreateSkillResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateSkillResponse: Schema.Schema<CreateSkillResponse> = /*#__PURE__*/ Open.struct({
  skillId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Status for a Response resource.
 *
 * @since 0.3.0
 * @category models
 */
export type ResponseStatus =
  | "FAILED"
  | "IN_PROGRESS"
  | "SUCCEEDED"
  | "ROLLBACK_SUCCEEDED"
  | "ROLLBACK_FAILED"
  | "SKIPPED"
  | (string & {})

/**
 * The schema of `v1.skill.ResponseStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResponseStatus: Schema.Schema<ResponseStatus> = /*#__PURE__*/ Open.literals(
  "FAILED",
  "IN_PROGRESS",
  "SUCCEEDED",
  "ROLLBACK_SUCCEEDED",
  "ROLLBACK_FAILED",
  "SKIPPED"
)

/**
 * Defines the structure of the GetExport response.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExportResponseSkill {
  readonly eTag?: string | undefined
  readonly location?: string | undefined
  /**
   * ExpiresAt timestamp in milliseconds.
   */
  readonly expiresAt?: string | undefined
}

/**
 * The schema of `v1.skill.ExportResponseSkill`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExportResponseSkill: Schema.Schema<ExportResponseSkill> = /*#__PURE__*/ Open.struct({
  eTag: /*#__PURE__*/ Schema.optional(Schema.String),
  location: /*#__PURE__*/ Schema.optional(Schema.String),
  expiresAt: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.ExportResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExportResponse {
  readonly status?: ResponseStatus | undefined
  readonly skill?: ExportResponseSkill | undefined
}

/**
 * The schema of `v1.skill.ExportResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExportResponse: Schema.Schema<ExportResponse> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(ResponseStatus),
  skill: /*#__PURE__*/ Schema.optional(ExportResponseSkill)
})

/**
 * Details about hosted skill deployment.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillDeploymentDetails {
  readonly commitId?: string | undefined
  readonly logUrl?: string | undefined
}

/**
 * The schema of `v1.skill.HostedSkillDeploymentDetails`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillDeploymentDetails: Schema.Schema<HostedSkillDeploymentDetails> = /*#__PURE__*/ Open.struct({
  commitId: /*#__PURE__*/ Schema.optional(Schema.String),
  logUrl: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Contains attributes related to last modification request of a hosted skill deployment resource.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillDeploymentStatusLastUpdateRequest {
  readonly status?: Status | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
  readonly warnings?: ReadonlyArray<StandardizedError> | undefined
  readonly deploymentDetails?: HostedSkillDeploymentDetails | undefined
}

/**
 * The schema of `v1.skill.HostedSkillDeploymentStatusLastUpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillDeploymentStatusLastUpdateRequest: Schema.Schema<HostedSkillDeploymentStatusLastUpdateRequest> =
  /*#__PURE__*/ Open.struct({
    status: /*#__PURE__*/ Schema.optional(Status),
    errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
    warnings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
    deploymentDetails: /*#__PURE__*/ Schema.optional(HostedSkillDeploymentDetails)
  })

/**
 * Defines the most recent deployment status for the Alexa hosted skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillDeploymentStatus {
  readonly lastUpdateRequest?: HostedSkillDeploymentStatusLastUpdateRequest | undefined
}

/**
 * The schema of `v1.skill.HostedSkillDeploymentStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillDeploymentStatus: Schema.Schema<HostedSkillDeploymentStatus> = /*#__PURE__*/ Open.struct({
  lastUpdateRequest: /*#__PURE__*/ Schema.optional(HostedSkillDeploymentStatusLastUpdateRequest)
})

/**
 * Contains attributes related to last modification request of a hosted skill provisioning resource.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillProvisioningLastUpdateRequest {
  readonly status?: Status | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
  readonly warnings?: ReadonlyArray<StandardizedError> | undefined
}

/**
 * The schema of `v1.skill.HostedSkillProvisioningLastUpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillProvisioningLastUpdateRequest: Schema.Schema<HostedSkillProvisioningLastUpdateRequest> =
  /*#__PURE__*/ Open.struct({
    status: /*#__PURE__*/ Schema.optional(Status),
    errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
    warnings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError))
  })

/**
 * Defines the provisioning status for hosted skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface HostedSkillProvisioningStatus {
  readonly lastUpdateRequest?: HostedSkillProvisioningLastUpdateRequest | undefined
}

/**
 * The schema of `v1.skill.HostedSkillProvisioningStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HostedSkillProvisioningStatus: Schema.Schema<HostedSkillProvisioningStatus> = /*#__PURE__*/ Open.struct({
  lastUpdateRequest: /*#__PURE__*/ Schema.optional(HostedSkillProvisioningLastUpdateRequest)
})

/**
 * Defines the structure for a resource deployment status.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResourceImportStatus {
  /**
   * Resource name. eg. manifest, interactionModels.en_US and so on.
   */
  readonly name?: string | undefined
  readonly status: ResponseStatus
  readonly action?: Action | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
  readonly warnings?: ReadonlyArray<StandardizedError> | undefined
}

/**
 * The schema of `v1.skill.ResourceImportStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResourceImportStatus: Schema.Schema<ResourceImportStatus> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  status: ResponseStatus,
  action: /*#__PURE__*/ Schema.optional(Action),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
  warnings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError))
})

/**
 * `v1.skill.ImportResponseSkill` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ImportResponseSkill {
  readonly skillId?: string | undefined
  readonly eTag?: string | undefined
  readonly resources: ReadonlyArray<ResourceImportStatus>
}

/**
 * The schema of `v1.skill.ImportResponseSkill`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ImportResponseSkill: Schema.Schema<ImportResponseSkill> = /*#__PURE__*/ Open.struct({
  skillId: /*#__PURE__*/ Schema.optional(Schema.String),
  eTag: /*#__PURE__*/ Schema.optional(Schema.String),
  resources: /*#__PURE__*/ Schema.Array(ResourceImportStatus)
})

/**
 * `v1.skill.ImportResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ImportResponse {
  readonly status?: ResponseStatus | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
  readonly warnings?: ReadonlyArray<StandardizedError> | undefined
  readonly skill?: ImportResponseSkill | undefined
}

/**
 * The schema of `v1.skill.ImportResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ImportResponse: Schema.Schema<ImportResponse> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(ResponseStatus),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
  warnings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
  skill: /*#__PURE__*/ Schema.optional(ImportResponseSkill)
})

/**
 * Contains attributes related to last modification (create/update) request of a resource.
 *
 * @since 0.3.0
 * @category models
 */
export interface InteractionModelLastUpdateRequest {
  readonly status?: Status | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
  readonly warnings?: ReadonlyArray<StandardizedError> | undefined
  readonly buildDetails?: BuildDetails | undefined
}

/**
 * The schema of `v1.skill.InteractionModelLastUpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionModelLastUpdateRequest: Schema.Schema<InteractionModelLastUpdateRequest> = /*#__PURE__*/ Open
  .struct({
    status: /*#__PURE__*/ Schema.optional(Status),
    errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
    warnings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
    buildDetails: /*#__PURE__*/ Schema.optional(BuildDetails)
  })

/**
 * `v1.skill.SkillSummaryApis` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SkillSummaryApis =
  | "custom"
  | "smartHome"
  | "flashBriefing"
  | "video"
  | "music"
  | "householdList"
  | "health"
  | "alexaForBusiness"
  | "demandResponse"
  | (string & {})

/**
 * The schema of `v1.skill.SkillSummaryApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillSummaryApis: Schema.Schema<SkillSummaryApis> = /*#__PURE__*/ Open.literals(
  "custom",
  "smartHome",
  "flashBriefing",
  "video",
  "music",
  "householdList",
  "health",
  "alexaForBusiness",
  "demandResponse"
)

/**
 * Publication status of the skill.
 * It is associated with the skill's stage. Skill in 'development' stage can have publication status as 'DEVELOPMENT' or 'CERTIFICATION'. Skill in 'certified' stage can have publication status as 'CERTIFIED'. 'Skill in 'live' stage can have publication status as 'PUBLISHED', 'HIDDEN' or 'REMOVED'.
 * * `DEVELOPMENT` - The skill is available only to you. If you have enabled it for testing, you can test it on devices registered to your developer account.
 * * `CERTIFICATION` - Amazon is currently reviewing the skill for publication. During this time, you cannot edit the configuration.
 * * `CERTIFIED` - The skill has been certified and ready to be published. Skill can be either published immediately or an future release date can be set for the skill. You cannot edit the configuration for the certified skills. To start development, make your changes on the development version.
 * * `PUBLISHED` - The skill has been published and is available to users. You cannot edit the configuration for live skills. To start development on an updated version, make your changes on the development version instead.
 * * `HIDDEN` - The skill has been published but is no longer available to new users for activation. Existing users can still invoke this skill.
 * * `REMOVED` - The skill has been published but removed for use, due to Amazon's policy violation. You can update your skill and publish a new version to live to address the policy violation.
 *
 * @since 0.3.0
 * @category models
 */
export type PublicationStatus =
  | "DEVELOPMENT"
  | "CERTIFICATION"
  | "CERTIFIED"
  | "PUBLISHED"
  | "HIDDEN"
  | "REMOVED"
  | (string & {})

/**
 * The schema of `v1.skill.PublicationStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PublicationStatus: Schema.Schema<PublicationStatus> = /*#__PURE__*/ Open.literals(
  "DEVELOPMENT",
  "CERTIFICATION",
  "CERTIFIED",
  "PUBLISHED",
  "HIDDEN",
  "REMOVED"
)

/**
 * Information about the skills.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillSummary {
  readonly skillId?: string | undefined
  readonly stage?: V1.StageV2Type | undefined
  /**
   * List of APIs currently implemented by the skill.
   */
  readonly apis?: ReadonlyArray<SkillSummaryApis> | undefined
  readonly publicationStatus?: PublicationStatus | undefined
  readonly lastUpdated?: string | undefined
  /**
   * Name of the skill in skill locales (keys are locale names (e.g. 'en-US') whereas values are name of the
   * skill in that locale.
   */
  readonly nameByLocale?: { readonly [key: string]: string } | undefined
  /**
   * Amazon Standard Identification Number (ASIN) is unique blocks of 10 letters and/or numbers that identify items. More info about ASIN can be found here: https://www.amazon.com/gp/seller/asin-upc-isbn-info.html
   * ASIN is available for those skills only, that have been published, at least once.
   */
  readonly asin?: string | undefined
  readonly _links?: V1.Links | undefined
}

/**
 * The schema of `v1.skill.SkillSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillSummary: Schema.Schema<SkillSummary> = /*#__PURE__*/ Open.struct({
  skillId: /*#__PURE__*/ Schema.optional(Schema.String),
  stage: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.suspend((): Schema.Schema<V1.StageV2Type> => V1.StageV2Type)
  ),
  apis: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SkillSummaryApis)),
  publicationStatus: /*#__PURE__*/ Schema.optional(PublicationStatus),
  lastUpdated: /*#__PURE__*/ Schema.optional(Schema.String),
  nameByLocale: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.String })
  ),
  asin: /*#__PURE__*/ Schema.optional(Schema.String),
  _links: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.suspend((): Schema.Schema<V1.Links> => V1.Links))
})

/**
 * List of skills for the vendor.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSkillResponse {
  readonly _links?: V1.Links | undefined
  /**
   * List of skill summaries. List might contain either one, two or three entries for a given skillId depending on the skill's publication history and the publication method.
   * `Skill containing certified stage`
   * * If a skill was never published to live, this list will contain two entries `:` one with stage 'development' and another with stage 'certified'. Both of these summaries will have same skillId.
   * * For any skill that has been published to 'live', this list will contain three entries `:` one with stage 'development', one with stage `certified` and one with stage 'live'. All of these summaries will have same skillId.
   * `Skill without certified stage`
   * * If a skill was never published to live, this list will contain only one entry for the skill with stage as 'development'.
   * * For any skill that has been published to 'live', this list will contain two entries `:` one with stage 'development' and another with stage 'live'. Both of these summaries will have same skillId.
   */
  readonly skills?: ReadonlyArray<SkillSummary> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.ListSkillResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSkillResponse: Schema.Schema<ListSkillResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.suspend((): Schema.Schema<V1.Links> => V1.Links)),
  skills: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SkillSummary)),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * The lifecycle status of the skill version submission.
 * * `LIVE` - The skill version is in the live stage
 * * `CERTIFIED` - The skill version has gone through the certification review process and has been certified.
 * * `IN_REVIEW` - The skill version is currently under review for certification and publication. During this time, you cannot edit the configuration.
 * * `FAILED_CERTIFICATION` - The skill version has been submitted for certification, however it has failed certification review. Please submit a new version for certification.
 * * `HIDDEN` - The skill version has been published but is no longer available to new users for activation. Existing users can still invoke this skill if it is the most recent version.
 * * `REMOVED` - The skill version has been published but removed for use, due to Amazon's policy violation. You can update your skill and publish a new version to live to address the policy violation.
 * * `WITHDRAWN_FROM_CERTIFICATION` - The skill version was submitted for certification but was withdrawn from review.
 *
 * @since 0.3.0
 * @category models
 */
export type VersionSubmissionStatus =
  | "LIVE"
  | "CERTIFIED"
  | "IN_REVIEW"
  | "FAILED_CERTIFICATION"
  | "HIDDEN"
  | "REMOVED"
  | "WITHDRAWN_FROM_CERTIFICATION"
  | (string & {})

/**
 * The schema of `v1.skill.VersionSubmissionStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VersionSubmissionStatus: Schema.Schema<VersionSubmissionStatus> = /*#__PURE__*/ Open.literals(
  "LIVE",
  "CERTIFIED",
  "IN_REVIEW",
  "FAILED_CERTIFICATION",
  "HIDDEN",
  "REMOVED",
  "WITHDRAWN_FROM_CERTIFICATION"
)

/**
 * Submission for a skill version
 *
 * @since 0.3.0
 * @category models
 */
export interface VersionSubmission {
  readonly status?: VersionSubmissionStatus | undefined
  readonly submissionTime?: string | undefined
}

/**
 * The schema of `v1.skill.VersionSubmission`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VersionSubmission: Schema.Schema<VersionSubmission> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(VersionSubmissionStatus),
  submissionTime: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Information about the skill version
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillVersion {
  readonly version?: string | undefined
  /**
   * Description of the version (limited to 300 characters).
   */
  readonly message?: string | undefined
  readonly creationTime?: string | undefined
  /**
   * List of submissions for the skill version
   */
  readonly submissions?: ReadonlyArray<VersionSubmission> | undefined
}

/**
 * The schema of `v1.skill.SkillVersion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillVersion: Schema.Schema<SkillVersion> = /*#__PURE__*/ Open.struct({
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  message: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 300 })),
  creationTime: /*#__PURE__*/ Schema.optional(Schema.String),
  submissions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(VersionSubmission))
})

/**
 * List of all skill versions
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSkillVersionsResponse {
  readonly _links?: V1.Links | undefined
  /**
   * Skill version metadata
   */
  readonly skillVersions?: ReadonlyArray<SkillVersion> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.ListSkillVersionsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSkillVersionsResponse: Schema.Schema<ListSkillVersionsResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.suspend((): Schema.Schema<V1.Links> => V1.Links)),
  skillVersions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SkillVersion)),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Contains attributes related to last modification (create/update) request of a resource.
 *
 * @since 0.3.0
 * @category models
 */
export interface ManifestLastUpdateRequest {
  readonly status?: Status | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
  readonly warnings?: ReadonlyArray<StandardizedError> | undefined
  /**
   * on success, this field indicates the created version.
   */
  readonly version?: string | undefined
}

/**
 * The schema of `v1.skill.ManifestLastUpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ManifestLastUpdateRequest: Schema.Schema<ManifestLastUpdateRequest> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(Status),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
  warnings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError)),
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the structure for a resource status.
 *
 * @since 0.3.0
 * @category models
 */
export interface ManifestStatus {
  readonly lastUpdateRequest?: ManifestLastUpdateRequest | undefined
  /**
   * An opaque identifier for last successfully updated resource.
   */
  readonly eTag?: string | undefined
}

/**
 * The schema of `v1.skill.ManifestStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ManifestStatus: Schema.Schema<ManifestStatus> = /*#__PURE__*/ Open.struct({
  lastUpdateRequest: /*#__PURE__*/ Schema.optional(ManifestLastUpdateRequest),
  eTag: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Determines if the skill should be submitted only for certification and manually publish later or publish immediately after the skill is certified. Omitting the publication method will default to auto publishing.
 *
 * @since 0.3.0
 * @category models
 */
export type PublicationMethod = "MANUAL_PUBLISHING" | "AUTO_PUBLISHING"

/**
 * The schema of `v1.skill.PublicationMethod`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PublicationMethod: Schema.Schema<PublicationMethod> = /*#__PURE__*/ Schema.Literal(
  "MANUAL_PUBLISHING",
  "AUTO_PUBLISHING"
)

/**
 * The reason to withdraw.
 *
 * @since 0.3.0
 * @category models
 */
export type Reason =
  | "TEST_SKILL"
  | "MORE_FEATURES"
  | "DISCOVERED_ISSUE"
  | "NOT_RECEIVED_CERTIFICATION_FEEDBACK"
  | "NOT_INTEND_TO_PUBLISH"
  | "OTHER"

/**
 * The schema of `v1.skill.Reason`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Reason: Schema.Schema<Reason> = /*#__PURE__*/ Schema.Literal(
  "TEST_SKILL",
  "MORE_FEATURES",
  "DISCOVERED_ISSUE",
  "NOT_RECEIVED_CERTIFICATION_FEEDBACK",
  "NOT_INTEND_TO_PUBLISH",
  "OTHER"
)

/**
 * `v1.skill.RegionalSSLCertificate` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface RegionalSSLCertificate {
  readonly sslCertificate?: string | undefined
}

/**
 * The schema of `v1.skill.RegionalSSLCertificate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const RegionalSSLCertificate: Schema.Schema<RegionalSSLCertificate> = /*#__PURE__*/ Open.struct({
  sslCertificate: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * The rollback status of the rollback request.
 * * `FAILED` - The rollback has failed. Please retry the rollback.
 * * `INELIGIBLE` - The target version is ineligible for rollback.
 * * `IN_PROGRESS` - The rollback is in progress.
 * * `SUCCEEDED` - The rollback has succeeded.
 *
 * @since 0.3.0
 * @category models
 */
export type RollbackRequestStatusTypes = "FAILED" | "INELIGIBLE" | "IN_PROGRESS" | "SUCCEEDED" | (string & {})

/**
 * The schema of `v1.skill.RollbackRequestStatusTypes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const RollbackRequestStatusTypes: Schema.Schema<RollbackRequestStatusTypes> = /*#__PURE__*/ Open.literals(
  "FAILED",
  "INELIGIBLE",
  "IN_PROGRESS",
  "SUCCEEDED"
)

/**
 * Rollback request for a skill
 *
 * @since 0.3.0
 * @category models
 */
export interface RollbackRequestStatus {
  /**
   * rollback request id
   */
  readonly id?: string | undefined
  /**
   * The target skill version to rollback to.
   */
  readonly targetVersion?: string | undefined
  readonly submissionTime?: string | undefined
  readonly status?: RollbackRequestStatusTypes | undefined
  readonly errors?: ReadonlyArray<StandardizedError> | undefined
}

/**
 * The schema of `v1.skill.RollbackRequestStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const RollbackRequestStatus: Schema.Schema<RollbackRequestStatus> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  targetVersion: /*#__PURE__*/ Schema.optional(Schema.String),
  submissionTime: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(RollbackRequestStatusTypes),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StandardizedError))
})

/**
 * `v1.skill.SSLCertificatePayload` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SSLCertificatePayload {
  /**
   * The default ssl certificate for the skill. If a request is made for a region without an explicit ssl certificate, this certificate will be used.
   */
  readonly sslCertificate?: string | undefined
  /**
   * A map of region to ssl certificate. Keys are string region codes (https://developer.amazon.com/docs/smapi/skill-manifest.html#regions), values are regional ssl certificate objects which contain the ssl certificate blobs as strings.
   */
  readonly regions?: { readonly [key: string]: RegionalSSLCertificate } | undefined
}

/**
 * The schema of `v1.skill.SSLCertificatePayload`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SSLCertificatePayload: Schema.Schema<SSLCertificatePayload> = /*#__PURE__*/ Open.struct({
  sslCertificate: /*#__PURE__*/ Schema.optional(Schema.String),
  regions: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: RegionalSSLCertificate })
  )
})

/**
 * Defines the structure for skill messaging credentials.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillMessagingCredentials {
  /**
   * The client id for the security profile.
   */
  readonly clientId?: string | undefined
  /**
   * The client secret for the security profile.
   */
  readonly clientSecret?: Redacted.Redacted<string> | undefined
}

/**
 * The types that go with `SkillMessagingCredentials`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace SkillMessagingCredentials {
  /**
   * `SkillMessagingCredentials` as sent and received: its secrets in plain text.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Encoded {
    readonly clientId?: string | undefined
    readonly clientSecret?: string | undefined
  }
}

/**
 * The schema of `v1.skill.SkillMessagingCredentials`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillMessagingCredentials: Schema.Schema<SkillMessagingCredentials, SkillMessagingCredentials.Encoded> =
  /*#__PURE__*/ Open.struct({
    clientId: /*#__PURE__*/ Schema.optional(Schema.String),
    clientSecret: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.redacted(Schema.String))
  })

/**
 * Structure for skill credentials response.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillCredentials {
  readonly skillMessagingCredentials?: SkillMessagingCredentials | undefined
}

/**
 * The types that go with `SkillCredentials`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace SkillCredentials {
  /**
   * `SkillCredentials` as sent and received: its secrets in plain text.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Encoded {
    readonly skillMessagingCredentials?: SkillMessagingCredentials.Encoded | undefined
  }
}

/**
 * The schema of `v1.skill.SkillCredentials`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillCredentials: Schema.Schema<SkillCredentials, SkillCredentials.Encoded> = /*#__PURE__*/ Open.struct({
  skillMessagingCredentials: /*#__PURE__*/ Schema.optional(SkillMessagingCredentials)
})

/**
 * Defines the structure for interaction model build status.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillInteractionModelStatus {
  readonly lastUpdateRequest?: InteractionModelLastUpdateRequest | undefined
  /**
   * An opaque identifier for last successfully updated resource.
   */
  readonly eTag?: string | undefined
  /**
   * Version for last successfully built model.
   */
  readonly version?: string | undefined
}

/**
 * The schema of `v1.skill.SkillInteractionModelStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillInteractionModelStatus: Schema.Schema<SkillInteractionModelStatus> = /*#__PURE__*/ Open.struct({
  lastUpdateRequest: /*#__PURE__*/ Schema.optional(InteractionModelLastUpdateRequest),
  eTag: /*#__PURE__*/ Schema.optional(Schema.String),
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the structure for skill status response.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillStatus {
  readonly manifest?: ManifestStatus | undefined
  /**
   * Status for available interaction models, keyed by locale.
   */
  readonly interactionModel?: { readonly [key: string]: SkillInteractionModelStatus } | undefined
  readonly hostedSkillDeployment?: HostedSkillDeploymentStatus | undefined
  readonly hostedSkillProvisioning?: HostedSkillProvisioningStatus | undefined
}

/**
 * The schema of `v1.skill.SkillStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillStatus: Schema.Schema<SkillStatus> = /*#__PURE__*/ Open.struct({
  manifest: /*#__PURE__*/ Schema.optional(ManifestStatus),
  interactionModel: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: SkillInteractionModelStatus })
  ),
  hostedSkillDeployment: /*#__PURE__*/ Schema.optional(HostedSkillDeploymentStatus),
  hostedSkillProvisioning: /*#__PURE__*/ Schema.optional(HostedSkillProvisioningStatus)
})

/**
 * `v1.skill.SubmitSkillForCertificationRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubmitSkillForCertificationRequest {
  readonly publicationMethod?: PublicationMethod | undefined
  /**
   * Description of the version (limited to 300 characters).
   */
  readonly versionMessage?: string | undefined
}

/**
 * The schema of `v1.skill.SubmitSkillForCertificationRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubmitSkillForCertificationRequest: Schema.Schema<SubmitSkillForCertificationRequest> = /*#__PURE__*/ Open
  .struct({
    publicationMethod: /*#__PURE__*/ Schema.optional(PublicationMethod),
    versionMessage: /*#__PURE__*/ Schema.optional(Schema.String)
  })

/**
 * Defines the structure for skill upload response.
 *
 * @since 0.3.0
 * @category models
 */
export interface UploadResponse {
  /**
   * The upload URL to upload a skill package.
   */
  readonly uploadUrl?: string | undefined
  /**
   * The expiration time of the URL
   */
  readonly expiresAt?: string | undefined
}

/**
 * The schema of `v1.skill.UploadResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UploadResponse: Schema.Schema<UploadResponse> = /*#__PURE__*/ Open.struct({
  uploadUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  expiresAt: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * The payload for the withdraw operation.
 *
 * @since 0.3.0
 * @category models
 */
export interface WithdrawRequest {
  readonly reason: Reason
  /**
   * The message only in case the reason in OTHER.
   */
  readonly message?: string | undefined
}

/**
 * The schema of `v1.skill.WithdrawRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const WithdrawRequest: Schema.Schema<WithdrawRequest> = /*#__PURE__*/ Open.struct({
  reason: Reason,
  message: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.createSkillRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateSkillRequest {
  /**
   * ID of the vendor owning the skill.
   */
  readonly vendorId?: string | undefined
  readonly manifest?: V1SkillManifest.SkillManifest | undefined
  readonly hosting?: V1SkillAlexaHosted.HostingConfiguration | undefined
}

/**
 * The schema of `v1.skill.createSkillRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateSkillRequest: Schema.Schema<CreateSkillRequest> = /*#__PURE__*/ Open.struct({
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String),
  manifest: /*#__PURE__*/ Schema.optional(V1SkillManifest.SkillManifest),
  hosting: /*#__PURE__*/ Schema.optional(V1SkillAlexaHosted.HostingConfiguration)
})

/**
 * `v1.skill.createSkillWithPackageRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateSkillWithPackageRequest {
  /**
   * ID of the vendor owning the skill.
   */
  readonly vendorId?: string | undefined
  /**
   * The URL for the skill package.
   */
  readonly location: string
}

/**
 * The schema of `v1.skill.createSkillWithPackageRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateSkillWithPackageRequest: Schema.Schema<CreateSkillWithPackageRequest> = /*#__PURE__*/ Open.struct({
  vendorId: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
  location: Schema.String
})

/**
 * `v1.skill.skillResourcesEnum` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SkillResourcesEnum = "manifest" | "interactionModel" | "hostedSkillDeployment" | "hostedSkillProvisioning"

/**
 * The schema of `v1.skill.skillResourcesEnum`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillResourcesEnum: Schema.Schema<SkillResourcesEnum> = /*#__PURE__*/ Schema.Literal(
  "manifest",
  "interactionModel",
  "hostedSkillDeployment",
  "hostedSkillProvisioning"
)

/**
 * `v1.skill.updateSkillWithPackageRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateSkillWithPackageRequest {
  /**
   * The URL for the skill package.
   */
  readonly location: string
}

/**
 * The schema of `v1.skill.updateSkillWithPackageRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateSkillWithPackageRequest: Schema.Schema<UpdateSkillWithPackageRequest> = /*#__PURE__*/ Open.struct({
  location: Schema.String
})
