/**
 * The model's `v1.skill.certification` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * String that specifies the current status of skill's certification Possible values are "IN_PROGRESS", "SUCCEEDED", "FAILED" and "CANCELLED"
 *
 * @since 0.3.0
 * @category models
 */
export type CertificationStatus = "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "CANCELLED" | (string & {})

/**
 * The schema of `v1.skill.certification.CertificationStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CertificationStatus: Schema.Schema<CertificationStatus> = /*#__PURE__*/ Open.literals(
  "IN_PROGRESS",
  "SUCCEEDED",
  "FAILED",
  "CANCELLED"
)

/**
 * Structure for any updates to estimation completion time for certification review for the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface EstimationUpdate {
  /**
   * Timestamp for originally estimated completion of certification review for the skill.
   */
  readonly originalEstimatedCompletionTimestamp?: string | undefined
  /**
   * Timestamp for originally estimated completion of certification review for the skill.
   */
  readonly revisedEstimatedCompletionTimestamp?: string | undefined
  /**
   * Reason for updates to estimates for certification review
   */
  readonly reason?: string | undefined
}

/**
 * The schema of `v1.skill.certification.EstimationUpdate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EstimationUpdate: Schema.Schema<EstimationUpdate> = /*#__PURE__*/ Open.struct({
  originalEstimatedCompletionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  revisedEstimatedCompletionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  reason: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Structure for review tracking information of the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface ReviewTrackingInfo {
  /**
   * Timestamp for estimated completion of certification review for the skill.
   */
  readonly estimatedCompletionTimestamp?: string | undefined
  /**
   * Timestamp for actual completion of certification review for the skill.
   */
  readonly actualCompletionTimestamp?: string | undefined
  /**
   * Timestamp for when the last update was made to review tracking info.
   */
  readonly lastUpdated?: string | undefined
  /**
   * List of updates to estimation completion time for certification review for the skill.
   */
  readonly estimationUpdates?: ReadonlyArray<EstimationUpdate> | undefined
}

/**
 * The schema of `v1.skill.certification.ReviewTrackingInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ReviewTrackingInfo: Schema.Schema<ReviewTrackingInfo> = /*#__PURE__*/ Open.struct({
  estimatedCompletionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  actualCompletionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  lastUpdated: /*#__PURE__*/ Schema.optional(Schema.String),
  estimationUpdates: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(EstimationUpdate))
})

/**
 * Information about why the skill was not published in certain countries.
 *
 * @since 0.3.0
 * @category models
 */
export interface PublicationFailure {
  /**
   * Reason why Amazon did not publish the skill in certain countries.
   */
  readonly reason?: string | undefined
  /**
   * List of countries where Amazon did not publish the skill for a specific reason
   */
  readonly countries?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v1.skill.certification.PublicationFailure`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PublicationFailure: Schema.Schema<PublicationFailure> = /*#__PURE__*/ Open.struct({
  reason: /*#__PURE__*/ Schema.optional(Schema.String),
  countries: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * The distribution information for skill where Amazon distributed the skill
 *
 * @since 0.3.0
 * @category models
 */
export interface DistributionInfo {
  /**
   * All countries where the skill was published in by Amazon.
   */
  readonly publishedCountries?: ReadonlyArray<string> | undefined
  readonly publicationFailures?: ReadonlyArray<PublicationFailure> | undefined
}

/**
 * The schema of `v1.skill.certification.DistributionInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DistributionInfo: Schema.Schema<DistributionInfo> = /*#__PURE__*/ Open.struct({
  publishedCountries: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  publicationFailures: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(PublicationFailure))
})

/**
 * Structure for the result for the outcomes of certification review for the skill. Currently provides the distribution information of a skill if the certification SUCCEEDED.
 *
 * @since 0.3.0
 * @category models
 */
export interface CertificationResult {
  readonly distributionInfo?: DistributionInfo | undefined
}

/**
 * The schema of `v1.skill.certification.CertificationResult`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CertificationResult: Schema.Schema<CertificationResult> = /*#__PURE__*/ Open.struct({
  distributionInfo: /*#__PURE__*/ Schema.optional(DistributionInfo)
})

/**
 * `v1.skill.certification.CertificationResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CertificationResponse {
  /**
   * Certification Id for the skill
   */
  readonly id?: string | undefined
  readonly status?: CertificationStatus | undefined
  /**
   * Timestamp for when the skill was submitted for certification.
   */
  readonly skillSubmissionTimestamp?: string | undefined
  readonly reviewTrackingInfo?: ReviewTrackingInfo | undefined
  readonly result?: CertificationResult | undefined
}

/**
 * The schema of `v1.skill.certification.CertificationResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CertificationResponse: Schema.Schema<CertificationResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(CertificationStatus),
  skillSubmissionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  reviewTrackingInfo: /*#__PURE__*/ Schema.optional(ReviewTrackingInfo),
  result: /*#__PURE__*/ Schema.optional(CertificationResult)
})

/**
 * Structure for summarised view of review tracking information of the skill. This does not have the estimationUpdates array field.
 *
 * @since 0.3.0
 * @category models
 */
export interface ReviewTrackingInfoSummary {
  /**
   * Timestamp for estimated completion of certification review for the skill.
   */
  readonly estimatedCompletionTimestamp?: string | undefined
  /**
   * Timestamp for actual completion of certification review workflow for the skill.
   */
  readonly actualCompletionTimestamp?: string | undefined
  /**
   * Timestamp for when the last update was made to review tracking info.
   */
  readonly lastUpdated?: string | undefined
}

/**
 * The schema of `v1.skill.certification.ReviewTrackingInfoSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ReviewTrackingInfoSummary: Schema.Schema<ReviewTrackingInfoSummary> = /*#__PURE__*/ Open.struct({
  estimatedCompletionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  actualCompletionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  lastUpdated: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Summary of the certification resource. This is a leaner view of the certification resource for the collections API.
 *
 * @since 0.3.0
 * @category models
 */
export interface CertificationSummary {
  /**
   * Certification Id for the skill.
   */
  readonly id?: string | undefined
  readonly status?: CertificationStatus | undefined
  /**
   * Timestamp for when the skill was submitted for certification.
   */
  readonly skillSubmissionTimestamp?: string | undefined
  readonly reviewTrackingInfo?: ReviewTrackingInfoSummary | undefined
}

/**
 * The schema of `v1.skill.certification.CertificationSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CertificationSummary: Schema.Schema<CertificationSummary> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(CertificationStatus),
  skillSubmissionTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  reviewTrackingInfo: /*#__PURE__*/ Schema.optional(ReviewTrackingInfoSummary)
})

/**
 * List of certification summary for a skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListCertificationsResponse {
  readonly _links?: V1.Links | undefined
  /**
   * boolean value for if the response is truncated. isTruncated = true if more than the assigned maxResults parameter value certification items are available for the skill. The results are then paginated and the remaining results can be retrieved in a similar paginated manner by using 'next' link in the _links or using the nextToken in a following request.
   */
  readonly isTruncated?: boolean | undefined
  /**
   * Encrypted token present when isTruncated is true.
   */
  readonly nextToken?: string | undefined
  /**
   * Total number of certification results available for the skill.
   */
  readonly totalCount?: number | undefined
  /**
   * List of certifications available for a skill. The list of certifications is sorted in a default descending sort order on id field.
   */
  readonly items?: ReadonlyArray<CertificationSummary> | undefined
}

/**
 * The schema of `v1.skill.certification.ListCertificationsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListCertificationsResponse: Schema.Schema<ListCertificationsResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  totalCount: /*#__PURE__*/ Schema.optional(Schema.Int),
  items: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(CertificationSummary))
})
