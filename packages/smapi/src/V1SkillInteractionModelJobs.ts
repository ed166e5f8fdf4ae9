/**
 * The model's `v1.skill.interactionModel.jobs` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Catalog the job is applied on.
 *
 * @since 0.3.0
 * @category models
 */
export interface Catalog {
  /**
   * Polymorphic type of the ResourceObject.
   */
  readonly type: "Catalog"
  /**
   * Catalog identifier.
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.Catalog`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Catalog: Schema.Schema<Catalog> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("Catalog"),
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Time-based condition when jobs will be executed.
 *
 * @since 0.3.0
 * @category models
 */
export interface Scheduled {
  /**
   * Polymorphic type of the trigger
   */
  readonly type: "Scheduled"
  /**
   * The cron-like attribute in UTC time to describe the hour of the day and currently can only be 0,4,8,12,16,20.
   */
  readonly hour: number
  /**
   * If not null, this means the scheudule is weekly. the cron-like attribute in UTC time to describe the day of the week (0-6).
   */
  readonly dayOfWeek?: number | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.Scheduled`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Scheduled: Schema.Schema<Scheduled> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("Scheduled"),
  hour: Schema.Int,
  dayOfWeek: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Definition for CatalogAutoRefresh job.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogAutoRefresh {
  /**
   * Polymorphic type of the job
   */
  readonly type: "CatalogAutoRefresh"
  /**
   * CatalogAutoRefresh can only have CatalogAutoRefresh trigger.
   */
  readonly trigger?: Scheduled | undefined
  /**
   * Current status of the job definition.
   */
  readonly status?: string | undefined
  /**
   * The resource that the job is act on. Only catalog is allowed.
   */
  readonly resource?: Catalog | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.CatalogAutoRefresh`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogAutoRefresh: Schema.Schema<CatalogAutoRefresh> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("CatalogAutoRefresh"),
  trigger: /*#__PURE__*/ Schema.optional(Scheduled),
  status: /*#__PURE__*/ Schema.optional(Schema.String),
  resource: /*#__PURE__*/ Schema.optional(Catalog)
})

/**
 * Dependent job condition when jobs will be executed.
 *
 * @since 0.3.0
 * @category models
 */
export interface ReferencedResourceJobsComplete {
  /**
   * Polymorphic type of the trigger
   */
  readonly type: "ReferencedResourceJobsComplete"
}

/**
 * The schema of `v1.skill.interactionModel.jobs.ReferencedResourceJobsComplete`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ReferencedResourceJobsComplete: Schema.Schema<ReferencedResourceJobsComplete> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("ReferencedResourceJobsComplete")
})

/**
 * Slot type reference the job is applied on.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotTypeReference {
  /**
   * Polymorphic type of the ResourceObject.
   */
  readonly type: "SlotTypeReference"
  /**
   * SlotTypeReference identifier.
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.SlotTypeReference`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotTypeReference: Schema.Schema<SlotTypeReference> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("SlotTypeReference"),
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Interaction model the job is applied on.
 *
 * @since 0.3.0
 * @category models
 */
export interface InteractionModel {
  /**
   * Polymorphic type of the ResourceObject.
   */
  readonly type: "InteractionModel"
  /**
   * Skill identifier.
   */
  readonly id: string
  /**
   * Locale identifier and default is empty list which means all available locales.
   */
  readonly locales: ReadonlyArray<string>
}

/**
 * The schema of `v1.skill.interactionModel.jobs.InteractionModel`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InteractionModel: Schema.Schema<InteractionModel> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("InteractionModel"),
  id: Schema.String,
  locales: /*#__PURE__*/ Schema.Array(Schema.String)
})

/**
 * Resource object where the job is applied on.
 *
 * @since 0.3.0
 * @category models
 */
export type ResourceObject = Catalog | SlotTypeReference | InteractionModel | ResourceObject.Unknown

/**
 * The types that go with `ResourceObject`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace ResourceObject {
  /**
   * A `ResourceObject` newer than the model: its `type` is none of the known ones; every field is kept.
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
 * The schema of `v1.skill.interactionModel.jobs.ResourceObject`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResourceObject: Schema.Schema<ResourceObject> = /*#__PURE__*/ Open.union("type", {
  Catalog: Catalog,
  SlotTypeReference: SlotTypeReference,
  InteractionModel: InteractionModel
}, {})

/**
 * Definition for ReferenceVersionUpdate job.
 *
 * @since 0.3.0
 * @category models
 */
export interface ReferenceVersionUpdate {
  /**
   * Polymorphic type of the job
   */
  readonly type: "ReferenceVersionUpdate"
  /**
   * Can only have ReferencedResourceJobsComplete trigger.
   */
  readonly trigger?: ReferencedResourceJobsComplete | undefined
  /**
   * Current status of the job definition.
   */
  readonly status?: string | undefined
  /**
   * The resource that the job is act on. Only slot and interactionModel are allowed.
   */
  readonly resource?: ResourceObject | undefined
  /**
   * Referenced resources working with ReferencedResourceJobsComplete trigger.
   */
  readonly references?: ReadonlyArray<ResourceObject> | undefined
  /**
   * Whether publish development stage to live after the updates.
   */
  readonly publishToLive?: boolean | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.ReferenceVersionUpdate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ReferenceVersionUpdate: Schema.Schema<ReferenceVersionUpdate> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("ReferenceVersionUpdate"),
  trigger: /*#__PURE__*/ Schema.optional(ReferencedResourceJobsComplete),
  status: /*#__PURE__*/ Schema.optional(Schema.String),
  resource: /*#__PURE__*/ Schema.optional(ResourceObject),
  references: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ResourceObject)),
  publishToLive: /*#__PURE__*/ Schema.optional(Schema.Boolean)
})

/**
 * Condition when jobs will be executed.
 *
 * @since 0.3.0
 * @category models
 */
export type Trigger = Scheduled | ReferencedResourceJobsComplete | Trigger.Unknown

/**
 * The types that go with `Trigger`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace Trigger {
  /**
   * A `Trigger` newer than the model: its `type` is none of the known ones; every field is kept.
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
 * The schema of `v1.skill.interactionModel.jobs.Trigger`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Trigger: Schema.Schema<Trigger> = /*#__PURE__*/ Open.union("type", {
  Scheduled: Scheduled,
  ReferencedResourceJobsComplete: ReferencedResourceJobsComplete
}, {})

/**
 * Definition for dynamic job.
 *
 * @since 0.3.0
 * @category models
 */
export type JobDefinition = CatalogAutoRefresh | ReferenceVersionUpdate | JobDefinition.Unknown

/**
 * The types that go with `JobDefinition`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace JobDefinition {
  /**
   * A `JobDefinition` newer than the model: its `type` is none of the known ones; every field is kept.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Unknown {
    readonly trigger?: Trigger | undefined
    /**
     * Current status of the job definition.
     */
    readonly status?: string | undefined
    readonly type: string
    readonly [key: string]: unknown
  }
}

/**
 * The schema of `v1.skill.interactionModel.jobs.JobDefinition`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const JobDefinition: Schema.Schema<JobDefinition> = /*#__PURE__*/ Open.union("type", {
  CatalogAutoRefresh: CatalogAutoRefresh,
  ReferenceVersionUpdate: ReferenceVersionUpdate
}, { trigger: /*#__PURE__*/ Schema.optional(Trigger), status: /*#__PURE__*/ Schema.optional(Schema.String) })

/**
 * Request to create job definitions.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateJobDefinitionRequest {
  /**
   * ID of the vendor owning the skill.
   */
  readonly vendorId?: string | undefined
  readonly jobDefinition?: JobDefinition | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.CreateJobDefinitionRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateJobDefinitionRequest: Schema.Schema<CreateJobDefinitionRequest> = /*#__PURE__*/ Open.struct({
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String),
  jobDefinition: /*#__PURE__*/ Schema.optional(JobDefinition)
})

/**
 * The response of create job definition.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateJobDefinitionResponse {
  /**
   * Idenitifier of the job definition.
   */
  readonly jobId?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.CreateJobDefinitionResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateJobDefinitionResponse: Schema.Schema<CreateJobDefinitionResponse> = /*#__PURE__*/ Open.struct({
  jobId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Error schema for dynamic update.
 *
 * @since 0.3.0
 * @category models
 */
export interface DynamicUpdateError {
  /**
   * Dynamic update error code.
   */
  readonly code?: string | undefined
  /**
   * Readable description of error.
   */
  readonly message?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.DynamicUpdateError`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DynamicUpdateError: Schema.Schema<DynamicUpdateError> = /*#__PURE__*/ Open.struct({
  code: /*#__PURE__*/ Schema.optional(Schema.String),
  message: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * ExecutionMetadata for executions.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExecutionMetadata {
  /**
   * Identifier of the job.
   */
  readonly jobId?: string | undefined
  /**
   * ErrorCode to explain what went wrong in case of FAILUREs.
   */
  readonly errorCode?: string | undefined
  /**
   * Current status of the job execution.
   */
  readonly status?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.ExecutionMetadata`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExecutionMetadata: Schema.Schema<ExecutionMetadata> = /*#__PURE__*/ Open.struct({
  jobId: /*#__PURE__*/ Schema.optional(Schema.String),
  errorCode: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Optional details if the execution is depending on other executions.
 *
 * @since 0.3.0
 * @category models
 */
export interface JobErrorDetails {
  readonly executionMetadata?: ReadonlyArray<ExecutionMetadata> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.JobErrorDetails`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const JobErrorDetails: Schema.Schema<JobErrorDetails> = /*#__PURE__*/ Open.struct({
  executionMetadata: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ExecutionMetadata))
})

/**
 * Execution data.
 *
 * @since 0.3.0
 * @category models
 */
export interface Execution {
  /**
   * Identifier of the execution.
   */
  readonly executionId?: string | undefined
  /**
   * ISO date-time timestamp when the execution starts.
   */
  readonly timestamp?: string | undefined
  /**
   * ErrorCode to explain what went wrong in case of FAILUREs.
   */
  readonly errorCode?: string | undefined
  /**
   * Current status of the job execution.
   */
  readonly status?: string | undefined
  readonly errorDetails?: JobErrorDetails | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.Execution`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Execution: Schema.Schema<Execution> = /*#__PURE__*/ Open.struct({
  executionId: /*#__PURE__*/ Schema.optional(Schema.String),
  timestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  errorCode: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(Schema.String),
  errorDetails: /*#__PURE__*/ Schema.optional(JobErrorDetails)
})

/**
 * `v1.skill.interactionModel.jobs.JobAPIPaginationContext` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface JobAPIPaginationContext {
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.JobAPIPaginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const JobAPIPaginationContext: Schema.Schema<JobAPIPaginationContext> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * The response of get execution history.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetExecutionsResponse {
  readonly paginationContext?: JobAPIPaginationContext | undefined
  readonly _links?: V1.Links | undefined
  readonly executions?: ReadonlyArray<Execution> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.GetExecutionsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetExecutionsResponse: Schema.Schema<GetExecutionsResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(JobAPIPaginationContext),
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  executions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Execution))
})

/**
 * Current status of the job definition.
 *
 * @since 0.3.0
 * @category models
 */
export type JobDefinitionStatus = "DISABLED" | "ENALBED" | (string & {})

/**
 * The schema of `v1.skill.interactionModel.jobs.JobDefinitionStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const JobDefinitionStatus: Schema.Schema<JobDefinitionStatus> = /*#__PURE__*/ Open.literals(
  "DISABLED",
  "ENALBED"
)

/**
 * Metadata of the job definition.
 *
 * @since 0.3.0
 * @category models
 */
export interface JobDefinitionMetadata {
  /**
   * Job identifier.
   */
  readonly id?: string | undefined
  /**
   * Polymorphic type of the job.
   */
  readonly type?: string | undefined
  readonly status?: JobDefinitionStatus | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.JobDefinitionMetadata`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const JobDefinitionMetadata: Schema.Schema<JobDefinitionMetadata> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(JobDefinitionStatus)
})

/**
 * The response of list job definitions.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListJobDefinitionsResponse {
  readonly paginationContext?: JobAPIPaginationContext | undefined
  readonly _links?: V1.Links | undefined
  readonly jobs?: ReadonlyArray<JobDefinitionMetadata> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.ListJobDefinitionsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListJobDefinitionsResponse: Schema.Schema<ListJobDefinitionsResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(JobAPIPaginationContext),
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  jobs: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(JobDefinitionMetadata))
})

/**
 * Update job status.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateJobStatusRequest {
  readonly status: JobDefinitionStatus
}

/**
 * The schema of `v1.skill.interactionModel.jobs.UpdateJobStatusRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateJobStatusRequest: Schema.Schema<UpdateJobStatusRequest> = /*#__PURE__*/ Open.struct({
  status: JobDefinitionStatus
})

/**
 * The list of errors.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValidationErrors {
  /**
   * The list of errors.
   */
  readonly errors?: ReadonlyArray<DynamicUpdateError> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.jobs.ValidationErrors`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValidationErrors: Schema.Schema<ValidationErrors> = /*#__PURE__*/ Open.struct({
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(DynamicUpdateError))
})
