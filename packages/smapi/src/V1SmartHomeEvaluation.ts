/**
 * The model's `v1.smartHomeEvaluation` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * `v1.smartHomeEvaluation.CapabilityTestPlan` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CapabilityTestPlan {
  readonly id?: string | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.CapabilityTestPlan`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CapabilityTestPlan: Schema.Schema<CapabilityTestPlan> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.smartHomeEvaluation.Endpoint` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Endpoint {
  readonly endpointId?: string | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.Endpoint`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Endpoint: Schema.Schema<Endpoint> = /*#__PURE__*/ Open.struct({
  endpointId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.smartHomeEvaluation.Stage` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type Stage = "development" | "live" | (string & {})

/**
 * The schema of `v1.smartHomeEvaluation.Stage`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Stage: Schema.Schema<Stage> = /*#__PURE__*/ Open.literals("development", "live")

/**
 * `v1.smartHomeEvaluation.EvaluateSHCapabilityRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EvaluateSHCapabilityRequest {
  readonly capabilityTestPlan: CapabilityTestPlan
  readonly endpoint: Endpoint
  readonly stage: Stage
}

/**
 * The schema of `v1.smartHomeEvaluation.EvaluateSHCapabilityRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluateSHCapabilityRequest: Schema.Schema<EvaluateSHCapabilityRequest> = /*#__PURE__*/ Open.struct({
  capabilityTestPlan: CapabilityTestPlan,
  endpoint: Endpoint,
  stage: Stage
})

/**
 * `v1.smartHomeEvaluation.EvaluateSHCapabilityResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EvaluateSHCapabilityResponse {
  readonly capabilityTestPlan: CapabilityTestPlan
  readonly endpoint: Endpoint
  readonly stage: Stage
  readonly id?: string | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.EvaluateSHCapabilityResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluateSHCapabilityResponse: Schema.Schema<EvaluateSHCapabilityResponse> = /*#__PURE__*/ Open.struct({
  capabilityTestPlan: CapabilityTestPlan,
  endpoint: Endpoint,
  stage: Stage,
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.smartHomeEvaluation.EvaluationEntityStatus` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type EvaluationEntityStatus = "PASSED" | "FAILED" | "IN_PROGRESS" | "ERROR" | (string & {})

/**
 * The schema of `v1.smartHomeEvaluation.EvaluationEntityStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluationEntityStatus: Schema.Schema<EvaluationEntityStatus> = /*#__PURE__*/ Open.literals(
  "PASSED",
  "FAILED",
  "IN_PROGRESS",
  "ERROR"
)

/**
 * `v1.smartHomeEvaluation.EvaluationObject` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EvaluationObject {
  readonly endTimestamp?: string | undefined
  readonly startTimestamp?: string | undefined
  readonly status?: EvaluationEntityStatus | undefined
  readonly endpointId?: string | undefined
  readonly id?: string | undefined
  readonly sourceTestPlanIds?: ReadonlyArray<string> | undefined
  readonly testPlanId?: string | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.EvaluationObject`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluationObject: Schema.Schema<EvaluationObject> = /*#__PURE__*/ Open.struct({
  endTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  startTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(EvaluationEntityStatus),
  endpointId: /*#__PURE__*/ Schema.optional(Schema.String),
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  sourceTestPlanIds: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  testPlanId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.smartHomeEvaluation.SHCapabilityErrorCode` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SHCapabilityErrorCode =
  | "NO_SUCH_ENDPOINT"
  | "NO_SUCH_SKILL_STAGE"
  | "NO_SUCH_TEST_PLAN"
  | "MULTIPLE_MATCHED_ENDPOINTS"
  | "MULTIPLE_MATCHED_TEST_PLANS"
  | "CAPABILITY_NOT_SUPPORTED"
  | "DISCOVERY_FAILED"
  | "TEST_CASE_TIME_OUT"
  | (string & {})

/**
 * The schema of `v1.smartHomeEvaluation.SHCapabilityErrorCode`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SHCapabilityErrorCode: Schema.Schema<SHCapabilityErrorCode> = /*#__PURE__*/ Open.literals(
  "NO_SUCH_ENDPOINT",
  "NO_SUCH_SKILL_STAGE",
  "NO_SUCH_TEST_PLAN",
  "MULTIPLE_MATCHED_ENDPOINTS",
  "MULTIPLE_MATCHED_TEST_PLANS",
  "CAPABILITY_NOT_SUPPORTED",
  "DISCOVERY_FAILED",
  "TEST_CASE_TIME_OUT"
)

/**
 * `v1.smartHomeEvaluation.SHCapabilityError` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SHCapabilityError {
  readonly code?: SHCapabilityErrorCode | undefined
  readonly message?: string | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.SHCapabilityError`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SHCapabilityError: Schema.Schema<SHCapabilityError> = /*#__PURE__*/ Open.struct({
  code: /*#__PURE__*/ Schema.optional(SHCapabilityErrorCode),
  message: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.smartHomeEvaluation.SHEvaluationResultsMetric` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SHEvaluationResultsMetric {
  readonly errorTestCases?: number | undefined
  readonly failedTestCases?: number | undefined
  readonly passedTestCases?: number | undefined
  readonly totalTestCases?: number | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.SHEvaluationResultsMetric`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SHEvaluationResultsMetric: Schema.Schema<SHEvaluationResultsMetric> = /*#__PURE__*/ Open.struct({
  errorTestCases: /*#__PURE__*/ Schema.optional(Schema.Int),
  failedTestCases: /*#__PURE__*/ Schema.optional(Schema.Int),
  passedTestCases: /*#__PURE__*/ Schema.optional(Schema.Int),
  totalTestCases: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * `v1.smartHomeEvaluation.GetSHCapabilityEvaluationResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetSHCapabilityEvaluationResponse {
  readonly endTimestamp?: string | undefined
  readonly startTimestamp?: string | undefined
  readonly status?: EvaluationEntityStatus | undefined
  readonly error?: SHCapabilityError | undefined
  readonly input?: EvaluateSHCapabilityRequest | undefined
  readonly metrics?: { readonly [key: string]: SHEvaluationResultsMetric } | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.GetSHCapabilityEvaluationResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetSHCapabilityEvaluationResponse: Schema.Schema<GetSHCapabilityEvaluationResponse> = /*#__PURE__*/ Open
  .struct({
    endTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
    startTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
    status: /*#__PURE__*/ Schema.optional(EvaluationEntityStatus),
    error: /*#__PURE__*/ Schema.optional(SHCapabilityError),
    input: /*#__PURE__*/ Schema.optional(EvaluateSHCapabilityRequest),
    metrics: /*#__PURE__*/ Schema.optional(
      /*#__PURE__*/ Schema.Record({ key: Schema.String, value: SHEvaluationResultsMetric })
    )
  })

/**
 * `v1.smartHomeEvaluation.paginationContext` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PaginationContext {
  readonly nextToken?: string | undefined
  readonly totalCount?: number | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.paginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PaginationContext: Schema.Schema<PaginationContext> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  totalCount: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * `v1.smartHomeEvaluation.SHCapabilityState` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SHCapabilityState = { readonly [key: string]: unknown }

/**
 * The schema of `v1.smartHomeEvaluation.SHCapabilityState`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SHCapabilityState: Schema.Schema<SHCapabilityState> = /*#__PURE__*/ Schema.Record({
  key: Schema.String,
  value: Schema.Unknown
})

/**
 * `v1.smartHomeEvaluation.SHCapabilityResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SHCapabilityResponse = { readonly [key: string]: unknown }

/**
 * The schema of `v1.smartHomeEvaluation.SHCapabilityResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SHCapabilityResponse: Schema.Schema<SHCapabilityResponse> = /*#__PURE__*/ Schema.Record({
  key: Schema.String,
  value: Schema.Unknown
})

/**
 * `v1.smartHomeEvaluation.SHCapabilityDirective` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type SHCapabilityDirective = { readonly [key: string]: unknown }

/**
 * The schema of `v1.smartHomeEvaluation.SHCapabilityDirective`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SHCapabilityDirective: Schema.Schema<SHCapabilityDirective> = /*#__PURE__*/ Schema.Record({
  key: Schema.String,
  value: Schema.Unknown
})

/**
 * `v1.smartHomeEvaluation.TestCaseResultStatus` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type TestCaseResultStatus = "PASSED" | "FAILED" | "ERROR" | (string & {})

/**
 * The schema of `v1.smartHomeEvaluation.TestCaseResultStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TestCaseResultStatus: Schema.Schema<TestCaseResultStatus> = /*#__PURE__*/ Open.literals(
  "PASSED",
  "FAILED",
  "ERROR"
)

/**
 * `v1.smartHomeEvaluation.TestCaseResult` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface TestCaseResult {
  readonly actualCapabilityStates?: ReadonlyArray<SHCapabilityState> | undefined
  readonly actualResponse?: SHCapabilityResponse | undefined
  readonly directive?: SHCapabilityDirective | undefined
  readonly error?: SHCapabilityError | undefined
  readonly expectedCapabilityStates?: ReadonlyArray<SHCapabilityState> | undefined
  readonly expectedResponse?: SHCapabilityResponse | undefined
  readonly name?: string | undefined
  readonly status?: TestCaseResultStatus | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.TestCaseResult`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TestCaseResult: Schema.Schema<TestCaseResult> = /*#__PURE__*/ Open.struct({
  actualCapabilityStates: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SHCapabilityState)),
  actualResponse: /*#__PURE__*/ Schema.optional(SHCapabilityResponse),
  directive: /*#__PURE__*/ Schema.optional(SHCapabilityDirective),
  error: /*#__PURE__*/ Schema.optional(SHCapabilityError),
  expectedCapabilityStates: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SHCapabilityState)),
  expectedResponse: /*#__PURE__*/ Schema.optional(SHCapabilityResponse),
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(TestCaseResultStatus)
})

/**
 * `v1.smartHomeEvaluation.GetSHCapabilityEvaluationResultsResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetSHCapabilityEvaluationResultsResponse {
  readonly paginationContext?: PaginationContext | undefined
  readonly testCaseResults?: ReadonlyArray<TestCaseResult> | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.GetSHCapabilityEvaluationResultsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetSHCapabilityEvaluationResultsResponse: Schema.Schema<GetSHCapabilityEvaluationResultsResponse> =
  /*#__PURE__*/ Open.struct({
    paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext),
    testCaseResults: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(TestCaseResult))
  })

/**
 * `v1.smartHomeEvaluation.paginationContextToken` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PaginationContextToken {
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.paginationContextToken`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PaginationContextToken: Schema.Schema<PaginationContextToken> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.smartHomeEvaluation.ListSHCapabilityEvaluationsResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSHCapabilityEvaluationsResponse {
  readonly paginationContextToken?: PaginationContextToken | undefined
  readonly evaluations?: ReadonlyArray<EvaluationObject> | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.ListSHCapabilityEvaluationsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSHCapabilityEvaluationsResponse: Schema.Schema<ListSHCapabilityEvaluationsResponse> =
  /*#__PURE__*/ Open.struct({
    paginationContextToken: /*#__PURE__*/ Schema.optional(PaginationContextToken),
    evaluations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(EvaluationObject))
  })

/**
 * `v1.smartHomeEvaluation.ListSHTestPlanItem` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSHTestPlanItem {
  readonly id?: string | undefined
  readonly name?: string | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.ListSHTestPlanItem`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSHTestPlanItem: Schema.Schema<ListSHTestPlanItem> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.smartHomeEvaluation.ListSHCapabilityTestPlansResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSHCapabilityTestPlansResponse {
  readonly paginationContext?: PaginationContext | undefined
  readonly testPlans?: ReadonlyArray<ListSHTestPlanItem> | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.ListSHCapabilityTestPlansResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSHCapabilityTestPlansResponse: Schema.Schema<ListSHCapabilityTestPlansResponse> = /*#__PURE__*/ Open
  .struct({
    paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext),
    testPlans: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ListSHTestPlanItem))
  })

/**
 * `v1.smartHomeEvaluation.PagedResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PagedResponse {
  readonly paginationContext?: PaginationContext | undefined
}

/**
 * The schema of `v1.smartHomeEvaluation.PagedResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PagedResponse: Schema.Schema<PagedResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext)
})
