/**
 * The model's `v1.skill.metrics` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * Response object for the API call which contains metrics data.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetMetricDataResponse {
  /**
   * The name of metric which customer requested.
   */
  readonly metric: string
  /**
   * The timestamps for the data points.
   */
  readonly timestamps: ReadonlyArray<string>
  /**
   * The data points for the metric corresponding to Timestamps.
   */
  readonly values: ReadonlyArray<number>
  /**
   * A token that marks the next batch of returned results.
   */
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.metrics.GetMetricDataResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetMetricDataResponse: Schema.Schema<GetMetricDataResponse> = /*#__PURE__*/ Open.struct({
  metric: Schema.String,
  timestamps: /*#__PURE__*/ Schema.Array(Schema.String),
  values: /*#__PURE__*/ Schema.Array(Schema.Finite),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * A distinct set of logic which predictably returns a set of data.
 *
 * @since 0.3.0
 * @category models
 */
export type Metric =
  | "uniqueCustomers"
  | "totalEnablements"
  | "totalUtterances"
  | "successfulUtterances"
  | "failedUtterances"
  | "totalSessions"
  | "successfulSessions"
  | "incompleteSessions"
  | "userEndedSessions"
  | "skillEndedSessions"

/**
 * The schema of `v1.skill.metrics.Metric`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Metric: Schema.Schema<Metric> = /*#__PURE__*/ Schema.Literal(
  "uniqueCustomers",
  "totalEnablements",
  "totalUtterances",
  "successfulUtterances",
  "failedUtterances",
  "totalSessions",
  "successfulSessions",
  "incompleteSessions",
  "userEndedSessions",
  "skillEndedSessions"
)

/**
 * The aggregation period to use when retrieving the metric, follows ISO_8601#Durations format.
 *
 * @since 0.3.0
 * @category models
 */
export type Period = "SINGLE" | "PT15M" | "PT1H" | "P1D"

/**
 * The schema of `v1.skill.metrics.Period`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Period: Schema.Schema<Period> = /*#__PURE__*/ Schema.Literal("SINGLE", "PT15M", "PT1H", "P1D")

/**
 * The type of the skill (custom, smartHome and flashBriefing).
 *
 * @since 0.3.0
 * @category models
 */
export type SkillType = "custom" | "smartHome" | "flashBriefing"

/**
 * The schema of `v1.skill.metrics.SkillType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillType: Schema.Schema<SkillType> = /*#__PURE__*/ Schema.Literal("custom", "smartHome", "flashBriefing")

/**
 * The stage of the skill (live, development).
 *
 * @since 0.3.0
 * @category models
 */
export type StageForMetric = "live" | "development"

/**
 * The schema of `v1.skill.metrics.stageForMetric`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StageForMetric: Schema.Schema<StageForMetric> = /*#__PURE__*/ Schema.Literal("live", "development")
