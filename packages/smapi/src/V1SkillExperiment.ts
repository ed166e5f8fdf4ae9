/**
 * The model's `v1.skill.experiment` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Type of the experiment which directly affects the skill version used for T1.
 * C will always point to the skill version in the skill's LIVE stage regardless of experiment type.
 *
 * @since 0.3.0
 * @category models
 */
export type ExperimentType = "ENDPOINT_BASED" | (string & {})

/**
 * The schema of `v1.skill.experiment.ExperimentType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentType: Schema.Schema<ExperimentType> = /*#__PURE__*/ Open.literals("ENDPOINT_BASED")

/**
 * The metric types a specific metric can be assigned to.
 * * `KEY` - Identified as a metric that should provide clear evidence of expected changes caused by the new treatment experience.
 * * `GUARDRAIL` - Identified as a metric that would detect unexpected regressions caused by the new treatment experience.
 *
 * @since 0.3.0
 * @category models
 */
export type MetricType = "KEY" | "GUARDRAIL" | (string & {})

/**
 * The schema of `v1.skill.experiment.MetricType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MetricType: Schema.Schema<MetricType> = /*#__PURE__*/ Open.literals("KEY", "GUARDRAIL")

/**
 * The direction that an experiment metric is expected to trend during the experiment.
 * * `INCREASE` - An upward change in metric value.
 * * `DECREASE` - A downward change in metric value.
 *
 * @since 0.3.0
 * @category models
 */
export type MetricChangeDirection = "INCREASE" | "DECREASE" | (string & {})

/**
 * The schema of `v1.skill.experiment.MetricChangeDirection`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MetricChangeDirection: Schema.Schema<MetricChangeDirection> = /*#__PURE__*/ Open.literals(
  "INCREASE",
  "DECREASE"
)

/**
 * Configures the metrics that will be captured for the skill experiment.
 * This is required by the system that collects metrics and generates the metric reports.
 *
 * @since 0.3.0
 * @category models
 */
export interface MetricConfiguration {
  /**
   * Unique name that identifies experiment metric.
   */
  readonly name?: string | undefined
  /**
   * List of types that the metric has been assigned.
   */
  readonly metricTypes?: ReadonlyArray<MetricType> | undefined
  readonly expectedChange?: MetricChangeDirection | undefined
}

/**
 * The schema of `v1.skill.experiment.MetricConfiguration`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MetricConfiguration: Schema.Schema<MetricConfiguration> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 125 })),
  metricTypes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MetricType)),
  expectedChange: /*#__PURE__*/ Schema.optional(MetricChangeDirection)
})

/**
 * Defines the Experiment body used for requesting an experiment creation.
 * Only includes fields that are editable by the user.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateExperimentInput {
  /**
   * Name that developer assigns to the experiment for easier identification.
   */
  readonly name?: string | undefined
  /**
   * Hypothesis that developer provides to describe the experiment's purpose.
   */
  readonly description?: string | undefined
  readonly type?: ExperimentType | undefined
  /**
   * The number of weeks the skill builder intends to run the experiment.
   * Used for documentation purposes and by metric platform as a reference.
   * Does not impact experiment execution.
   * Format uses ISO-8601 representation of duration. (Example: 4 weeks = "P4W")
   */
  readonly plannedDuration?: string | undefined
  /**
   * The percentage of unique customers that will be part of the skill experiment while the experiment is running.
   */
  readonly exposurePercentage?: number | undefined
  /**
   * List of metric configurations that determine which metrics are key/guardrail metrics and the expected metric direction.
   */
  readonly metricConfigurations?: ReadonlyArray<MetricConfiguration> | undefined
}

/**
 * The schema of `v1.skill.experiment.CreateExperimentInput`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateExperimentInput: Schema.Schema<CreateExperimentInput> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
  description: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 300 })),
  type: /*#__PURE__*/ Schema.optional(ExperimentType),
  plannedDuration: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
  exposurePercentage: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(0, 100))
  ),
  metricConfigurations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MetricConfiguration))
})

/**
 * Defines the request body for creating an experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateExperimentRequest {
  readonly experiment: CreateExperimentInput
}

/**
 * The schema of `v1.skill.experiment.CreateExperimentRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateExperimentRequest: Schema.Schema<CreateExperimentRequest> = /*#__PURE__*/ Open.struct({
  experiment: CreateExperimentInput
})

/**
 * These states are for recording the destination state from a transition action (Created, Pilot, Start, Stop) on the experiment.
 * * `CREATED`: Result state for the 'Create' action. Experiment has been created.
 * * `ENABLED`: Result state for the 'Pilot' action. Experiment configurations are deployed and customer overrides are activated. Actual experiment has not started yet.
 * * `RUNNING`: Result state for the 'Start' action. Experiment has started with the configured exposure. Skill customers selected within the exposure are contributing to the metric data.
 * * `STOPPED`: Result state for the 'Stop' action. Experiment has stopped and all experiment configurations have been removed. All customers will see the C behavior by default.
 *
 * @since 0.3.0
 * @category models
 */
export type DestinationState = "CREATED" | "ENABLED" | "RUNNING" | "STOPPED" | (string & {})

/**
 * The schema of `v1.skill.experiment.DestinationState`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DestinationState: Schema.Schema<DestinationState> = /*#__PURE__*/ Open.literals(
  "CREATED",
  "ENABLED",
  "RUNNING",
  "STOPPED"
)

/**
 * Defines historical properties of a skill experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExperimentHistory {
  readonly creationTime?: string | undefined
  readonly startTime?: string | undefined
  /**
   * The reason an experiment was stopped if experiment was stopped.
   */
  readonly stoppedReason?: string | undefined
}

/**
 * The schema of `v1.skill.experiment.ExperimentHistory`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentHistory: Schema.Schema<ExperimentHistory> = /*#__PURE__*/ Open.struct({
  creationTime: /*#__PURE__*/ Schema.optional(Schema.String),
  startTime: /*#__PURE__*/ Schema.optional(Schema.String),
  stoppedReason: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * * `CREATED` - The experiment is successfully created but has not been enabled or started.
 * * `ENABLING` - The experiment has initiated the transition to becoming "ENABLED".
 * * `ENABLED` - The experiment configurations have been deployed but only customer treatment overrides set to T1 can view the T1 experience of a skill. No metrics are collected.
 * * `RUNNING` - The experiment has started and a percentage of skill customers defined in the exposurePercentage will be entered into the experiment. Customers will randomly get assigned the T1 or C experience. Metric collection will begin.
 * * `STOPPING` - The experiment has initated the transition to becoming "STOPPED".
 * * `STOPPED` - The experiment has ended and all customers will experience the C behavior. Metrics will stop being collected.
 * * `FAILED` - The experiment configurations have failed to deploy while enabling or starting the experiment.
 *
 * @since 0.3.0
 * @category models
 */
export type State = "CREATED" | "ENABLING" | "ENABLED" | "RUNNING" | "STOPPING" | "STOPPED" | "FAILED" | (string & {})

/**
 * The schema of `v1.skill.experiment.State`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const State: Schema.Schema<State> = /*#__PURE__*/ Open.literals(
  "CREATED",
  "ENABLING",
  "ENABLED",
  "RUNNING",
  "STOPPING",
  "STOPPED",
  "FAILED"
)

/**
 * Defines trigger properties of a skill experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExperimentTrigger {
  readonly scheduledEndTime?: string | undefined
}

/**
 * The schema of `v1.skill.experiment.ExperimentTrigger`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentTrigger: Schema.Schema<ExperimentTrigger> = /*#__PURE__*/ Open.struct({
  scheduledEndTime: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the full Experiment body which would contain all experiment details.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExperimentInformation {
  /**
   * Name that developer assigns to the experiment for easier identification.
   */
  readonly name?: string | undefined
  /**
   * Hypothesis that developer provides to describe the experiment's purpose.
   */
  readonly description?: string | undefined
  readonly type?: ExperimentType | undefined
  /**
   * The number of weeks the skill builder intends to run the experiment.
   * Used for documentation purposes and by metric platform as a reference.
   * Does not impact experiment execution.
   * Format uses ISO-8601 representation of duration. (Example: 4 weeks = "P4W")
   */
  readonly plannedDuration?: string | undefined
  /**
   * The percentage of unique customers that will be part of the skill experiment while the experiment is running.
   */
  readonly exposurePercentage?: number | undefined
  /**
   * The number of overrides which currently exist for the experiment.
   */
  readonly treatmentOverrideCount?: number | undefined
  /**
   * List of metric configurations that determine which metrics are key/guardrail metrics and the expected metric direction.
   * This is required by the system that collects metrics and generates the metric reports.
   */
  readonly metricConfigurations?: ReadonlyArray<MetricConfiguration> | undefined
  readonly state?: State | undefined
  readonly history?: ExperimentHistory | undefined
  readonly trigger?: ExperimentTrigger | undefined
}

/**
 * The schema of `v1.skill.experiment.ExperimentInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentInformation: Schema.Schema<ExperimentInformation> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(ExperimentType),
  plannedDuration: /*#__PURE__*/ Schema.optional(Schema.String),
  exposurePercentage: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(0, 100))
  ),
  treatmentOverrideCount: /*#__PURE__*/ Schema.optional(Schema.Int),
  metricConfigurations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MetricConfiguration)),
  state: /*#__PURE__*/ Schema.optional(State),
  history: /*#__PURE__*/ Schema.optional(ExperimentHistory),
  trigger: /*#__PURE__*/ Schema.optional(ExperimentTrigger)
})

/**
 * These states are for recording the previous state from a transition action (Created, Pilot, Start, Stop) on the experiment.
 * * `CREATED`: Result state for the 'Create' action. Experiment has been created.
 * * `ENABLED`: Result state for the 'Pilot' action. Experiment configurations are deployed and customer overrides are activated. Actual experiment has not started yet.
 * * `RUNNING`: Result state for the 'Start' action. Experiment has started with the configured exposure. Skill customers selected within the exposure are contributing to the metric data.
 *
 * @since 0.3.0
 * @category models
 */
export type SourceState = "CREATED" | "ENABLED" | "RUNNING" | (string & {})

/**
 * The schema of `v1.skill.experiment.SourceState`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SourceState: Schema.Schema<SourceState> = /*#__PURE__*/ Open.literals("CREATED", "ENABLED", "RUNNING")

/**
 * Status indiciating whether the state transiton was successful, in progress, or failed.
 *
 * @since 0.3.0
 * @category models
 */
export type StateTransitionStatus = "SUCCEEDED" | "IN_PROGRESS" | "FAILED" | (string & {})

/**
 * The schema of `v1.skill.experiment.StateTransitionStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StateTransitionStatus: Schema.Schema<StateTransitionStatus> = /*#__PURE__*/ Open.literals(
  "SUCCEEDED",
  "IN_PROGRESS",
  "FAILED"
)

/**
 * The error type which caused a state transition failure.
 *
 * @since 0.3.0
 * @category models
 */
export type StateTransitionErrorType = "INELIGIBLITY" | (string & {})

/**
 * The schema of `v1.skill.experiment.StateTransitionErrorType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StateTransitionErrorType: Schema.Schema<StateTransitionErrorType> = /*#__PURE__*/ Open.literals(
  "INELIGIBLITY"
)

/**
 * The errors which caused a state transition failure.
 *
 * @since 0.3.0
 * @category models
 */
export interface StateTransitionError {
  readonly type?: StateTransitionErrorType | undefined
  /**
   * The message associated with the state transition error.
   */
  readonly message?: string | undefined
}

/**
 * The schema of `v1.skill.experiment.StateTransitionError`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StateTransitionError: Schema.Schema<StateTransitionError> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(StateTransitionErrorType),
  message: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the last state transition information for the experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExperimentLastStateTransition {
  readonly sourceState?: SourceState | undefined
  readonly targetState?: DestinationState | undefined
  readonly status?: StateTransitionStatus | undefined
  readonly startTime?: string | undefined
  readonly endTime?: string | undefined
  /**
   * List of error objects which define what errors caused the state transition failure.
   */
  readonly errors?: ReadonlyArray<StateTransitionError> | undefined
}

/**
 * The schema of `v1.skill.experiment.ExperimentLastStateTransition`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentLastStateTransition: Schema.Schema<ExperimentLastStateTransition> = /*#__PURE__*/ Open.struct({
  sourceState: /*#__PURE__*/ Schema.optional(SourceState),
  targetState: /*#__PURE__*/ Schema.optional(DestinationState),
  status: /*#__PURE__*/ Schema.optional(StateTransitionStatus),
  startTime: /*#__PURE__*/ Schema.optional(Schema.String),
  endTime: /*#__PURE__*/ Schema.optional(Schema.String),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(StateTransitionError))
})

/**
 * The reason indicating why an exerpiment was stopped. If none is chosen then default to DEVELOPER_REQUEST.
 * Only used when putting experiment into STOPPED state.
 *
 * @since 0.3.0
 * @category models
 */
export type ExperimentStoppedReason = "EXPERIMENT_SUCCESS" | "EXPERIMENT_ISSUE"

/**
 * The schema of `v1.skill.experiment.ExperimentStoppedReason`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentStoppedReason: Schema.Schema<ExperimentStoppedReason> = /*#__PURE__*/ Schema.Literal(
  "EXPERIMENT_SUCCESS",
  "EXPERIMENT_ISSUE"
)

/**
 * Defines the shortened Experiment body which would contain a summary of experiment information.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExperimentSummary {
  /**
   * Identifier for experiment within a skill.
   */
  readonly experimentId?: string | undefined
  /**
   * Name that developer assigns to the experiment for easier identification.
   */
  readonly name?: string | undefined
  readonly state?: State | undefined
  readonly experimentHistory?: ExperimentHistory | undefined
}

/**
 * The schema of `v1.skill.experiment.ExperimentSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentSummary: Schema.Schema<ExperimentSummary> = /*#__PURE__*/ Open.struct({
  experimentId: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  state: /*#__PURE__*/ Schema.optional(State),
  experimentHistory: /*#__PURE__*/ Schema.optional(ExperimentHistory)
})

/**
 * Treatment identifier for an experiment.
 * * `C` - Control. The treatment that defines the existing skill experience.
 * * `T1` - Treatment 1. The threatment that defines the experimental skill experience.
 *
 * @since 0.3.0
 * @category models
 */
export type TreatmentId = "C" | "T1" | (string & {})

/**
 * The schema of `v1.skill.experiment.TreatmentId`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TreatmentId: Schema.Schema<TreatmentId> = /*#__PURE__*/ Open.literals("C", "T1")

/**
 * Defines the response body when this customer's treatment override information is requested.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetCustomerTreatmentOverrideResponse {
  readonly treatmentId?: TreatmentId | undefined
  /**
   * The number of overrides which currently exist for the experiment.
   */
  readonly treatmentOverrideCount?: number | undefined
}

/**
 * The schema of `v1.skill.experiment.GetCustomerTreatmentOverrideResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetCustomerTreatmentOverrideResponse: Schema.Schema<GetCustomerTreatmentOverrideResponse> =
  /*#__PURE__*/ Open.struct({
    treatmentId: /*#__PURE__*/ Schema.optional(TreatmentId),
    treatmentOverrideCount: /*#__PURE__*/ Schema.optional(Schema.Int)
  })

/**
 * The status of the metric snapshot, whether it's RELIABLE or UNRELIABLE.
 *
 * @since 0.3.0
 * @category models
 */
export type MetricSnapshotStatus = "RELIABLE" | "UNRELIABLE" | (string & {})

/**
 * The schema of `v1.skill.experiment.MetricSnapshotStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MetricSnapshotStatus: Schema.Schema<MetricSnapshotStatus> = /*#__PURE__*/ Open.literals(
  "RELIABLE",
  "UNRELIABLE"
)

/**
 * Defines the body of the metric result values.
 *
 * @since 0.3.0
 * @category models
 */
export interface MetricValues {
  /**
   * The mean (average) of each sample (T1 or C group).
   */
  readonly mean?: number | undefined
  /**
   * The relative percent difference between the mean of the T1 group and the mean of the C group.
   */
  readonly percentDiff?: number | undefined
  /**
   * The lower limit number of the confidence interval range.
   * Confidence interval measures the probability that the mean falls within a range.
   */
  readonly confidenceIntervalLower?: number | undefined
  /**
   * The upper limit number of the confidence interval range.
   */
  readonly confidenceIntervalUpper?: number | undefined
  /**
   * The probability that the difference between the two means (from T1 and C) is due to random sampling error.
   */
  readonly pValue?: number | undefined
  /**
   * Count of users in the treatment sample.
   */
  readonly userCount?: number | undefined
}

/**
 * The schema of `v1.skill.experiment.MetricValues`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MetricValues: Schema.Schema<MetricValues> = /*#__PURE__*/ Open.struct({
  mean: /*#__PURE__*/ Schema.optional(Schema.Finite),
  percentDiff: /*#__PURE__*/ Schema.optional(Schema.Finite),
  confidenceIntervalLower: /*#__PURE__*/ Schema.optional(Schema.Finite),
  confidenceIntervalUpper: /*#__PURE__*/ Schema.optional(Schema.Finite),
  pValue: /*#__PURE__*/ Schema.optional(Schema.Finite),
  userCount: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Defines the metrics body.
 *
 * @since 0.3.0
 * @category models
 */
export interface Metric {
  /**
   * Unique name that identifies experiment metric.
   */
  readonly name?: string | undefined
  readonly treatmentId?: TreatmentId | undefined
  readonly values?: MetricValues | undefined
}

/**
 * The schema of `v1.skill.experiment.Metric`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Metric: Schema.Schema<Metric> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  treatmentId: /*#__PURE__*/ Schema.optional(TreatmentId),
  values: /*#__PURE__*/ Schema.optional(MetricValues)
})

/**
 * Defines the response body for retrieving the experiment results.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetExperimentMetricSnapshotResponse {
  readonly status?: MetricSnapshotStatus | undefined
  /**
   * The reason why the metric snapshot status is unreliable.
   */
  readonly statusReason?: string | undefined
  /**
   * List of actual experiment metrics represented by a metric snapshot.
   */
  readonly metrics?: ReadonlyArray<Metric> | undefined
}

/**
 * The schema of `v1.skill.experiment.GetExperimentMetricSnapshotResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetExperimentMetricSnapshotResponse: Schema.Schema<GetExperimentMetricSnapshotResponse> =
  /*#__PURE__*/ Open.struct({
    status: /*#__PURE__*/ Schema.optional(MetricSnapshotStatus),
    statusReason: /*#__PURE__*/ Schema.optional(Schema.String),
    metrics: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Metric))
  })

/**
 * Defines the response body for retrieving an experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetExperimentResponse {
  readonly experiment?: ExperimentInformation | undefined
  readonly lastStateTransition?: ExperimentLastStateTransition | undefined
}

/**
 * The schema of `v1.skill.experiment.GetExperimentResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetExperimentResponse: Schema.Schema<GetExperimentResponse> = /*#__PURE__*/ Open.struct({
  experiment: /*#__PURE__*/ Schema.optional(ExperimentInformation),
  lastStateTransition: /*#__PURE__*/ Schema.optional(ExperimentLastStateTransition)
})

/**
 * Defines the response body for retrieving the current experiment state.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetExperimentStateResponse {
  readonly state?: State | undefined
}

/**
 * The schema of `v1.skill.experiment.GetExperimentStateResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetExperimentStateResponse: Schema.Schema<GetExperimentStateResponse> = /*#__PURE__*/ Open.struct({
  state: /*#__PURE__*/ Schema.optional(State)
})

/**
 * Defines the body that provides pagination-related properties in the operation response to indicate
 * that additional paginated results are available.
 *
 * @since 0.3.0
 * @category models
 */
export interface PaginationContext {
  /**
   * Provided by server to retrieve the next set of paginated results.
   */
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.experiment.PaginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PaginationContext: Schema.Schema<PaginationContext> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the metric snapshot body with supplemental metadata properties.
 *
 * @since 0.3.0
 * @category models
 */
export interface MetricSnapshot {
  /**
   * Identifies the experiment metric snapshot in a skill experiment.
   */
  readonly metricSnapshotId?: string | undefined
  /**
   * The start date of the metric snapshot.
   */
  readonly startDate?: string | undefined
  /**
   * The end date of the metric snapshot.
   */
  readonly endDate?: string | undefined
}

/**
 * The schema of `v1.skill.experiment.MetricSnapshot`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MetricSnapshot: Schema.Schema<MetricSnapshot> = /*#__PURE__*/ Open.struct({
  metricSnapshotId: /*#__PURE__*/ Schema.optional(Schema.String),
  startDate: /*#__PURE__*/ Schema.optional(Schema.String),
  endDate: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the response body for retrieving the experiment metric snapshots.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListExperimentMetricSnapshotsResponse {
  readonly paginationContext?: PaginationContext | undefined
  /**
   * List of experiment metric snapshots.
   */
  readonly metricSnapshots?: ReadonlyArray<MetricSnapshot> | undefined
}

/**
 * The schema of `v1.skill.experiment.ListExperimentMetricSnapshotsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListExperimentMetricSnapshotsResponse: Schema.Schema<ListExperimentMetricSnapshotsResponse> =
  /*#__PURE__*/ Open.struct({
    paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext),
    metricSnapshots: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MetricSnapshot))
  })

/**
 * Defines the response body for retrieving all the experiments of a skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListExperimentsResponse {
  readonly paginationContext?: PaginationContext | undefined
  /**
   * List of experiments with select fields returned.
   */
  readonly experiments?: ReadonlyArray<ExperimentSummary> | undefined
}

/**
 * The schema of `v1.skill.experiment.ListExperimentsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListExperimentsResponse: Schema.Schema<ListExperimentsResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext),
  experiments: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ExperimentSummary))
})

/**
 * These states are used to perform a transition action (Pilot, Start, Stop, Conclude) on the experiment.
 * * `ENABLED`: Target state for the 'Pilot' action. Experiment configurations are deployed and customer overrides are activated. Actual experiment has not started yet.
 * * `RUNNING`: Target state for the 'Start' action. Experiment has started with the configured exposure. Skill customers selected within the exposure are contributing to the metric data.
 * * `STOPPED`: Target state for the 'Stop' action. Experiment has stopped and all experiment configurations have been removed. All customers will see the C behavior by default.
 *
 * @since 0.3.0
 * @category models
 */
export type TargetState = "ENABLED" | "RUNNING" | "STOPPED"

/**
 * The schema of `v1.skill.experiment.TargetState`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TargetState: Schema.Schema<TargetState> = /*#__PURE__*/ Schema.Literal("ENABLED", "RUNNING", "STOPPED")

/**
 * Defines the request body for performing an experiment action to move it to a target state.
 *
 * @since 0.3.0
 * @category models
 */
export interface ManageExperimentStateRequest {
  readonly targetState: TargetState
  readonly stoppedReason?: ExperimentStoppedReason | undefined
}

/**
 * The schema of `v1.skill.experiment.ManageExperimentStateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ManageExperimentStateRequest: Schema.Schema<ManageExperimentStateRequest> = /*#__PURE__*/ Open.struct({
  targetState: TargetState,
  stoppedReason: /*#__PURE__*/ Schema.optional(ExperimentStoppedReason)
})

/**
 * Defines the request body for adding this customer's treatment override to an experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface SetCustomerTreatmentOverrideRequest {
  readonly treatmentId: TreatmentId
}

/**
 * The schema of `v1.skill.experiment.SetCustomerTreatmentOverrideRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SetCustomerTreatmentOverrideRequest: Schema.Schema<SetCustomerTreatmentOverrideRequest> =
  /*#__PURE__*/ Open.struct({
    treatmentId: TreatmentId
  })

/**
 * Defines the Experiment body used for requesting an experiment update.
 * Only includes fields that are editable by the user.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateExperimentInput {
  /**
   * Hypothesis that developer provides to describe the experiment's purpose.
   */
  readonly description?: string | undefined
  /**
   * The number of weeks the skill builder intends to run the experiment.
   * Used for documentation purposes and by metric platform as a reference.
   * Does not impact experiment execution.
   * Format uses ISO-8601 representation of duration. (Example: 4 weeks = "P4W")
   */
  readonly plannedDuration?: string | undefined
  /**
   * The percentage of unique customers that will be part of the skill experiment while the experiment is running.
   */
  readonly exposurePercentage?: number | undefined
  /**
   * List of metric configurations that determine which metrics are key/guardrail metrics and the expected metric direction.
   */
  readonly metricConfigurations?: ReadonlyArray<MetricConfiguration> | undefined
}

/**
 * The schema of `v1.skill.experiment.UpdateExperimentInput`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateExperimentInput: Schema.Schema<UpdateExperimentInput> = /*#__PURE__*/ Open.struct({
  description: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 300 })),
  plannedDuration: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
  exposurePercentage: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(0, 100))
  ),
  metricConfigurations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MetricConfiguration))
})

/**
 * Defines the request body for updating an experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateExperimentRequest {
  readonly experiment: UpdateExperimentInput
}

/**
 * The schema of `v1.skill.experiment.UpdateExperimentRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateExperimentRequest: Schema.Schema<UpdateExperimentRequest> = /*#__PURE__*/ Open.struct({
  experiment: UpdateExperimentInput
})

/**
 * Defines the request body for updating the exposure of an experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateExposureRequest {
  /**
   * The percentage of unique customers that will be part of the skill experiment while the experiment is running.
   */
  readonly exposurePercentage: number
}

/**
 * The schema of `v1.skill.experiment.UpdateExposureRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateExposureRequest: Schema.Schema<UpdateExposureRequest> = /*#__PURE__*/ Open.struct({
  exposurePercentage: /*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(0, 100))
})
