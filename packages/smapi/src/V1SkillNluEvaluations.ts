/**
 * The model's `v1.skill.nlu.evaluations` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * An enumeration indicating whether the user has explicitly confirmed or denied the entire intent/slot. Possible values: 'NONE', 'CONFIRMED', 'DENIED'.
 *
 * @since 0.3.0
 * @category models
 */
export type ConfirmationStatus = "NONE" | "CONFIRMED" | "DENIED" | (string & {})

/**
 * The schema of `v1.skill.nlu.evaluations.ConfirmationStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ConfirmationStatus: Schema.Schema<ConfirmationStatus> = /*#__PURE__*/ Open.literals(
  "NONE",
  "CONFIRMED",
  "DENIED"
)

/**
 * A code indicating the results of attempting to resolve the user utterance against the defined slot types. This can be one of the following:
 * ER_SUCCESS_MATCH: The spoken value matched a value or synonym explicitly defined in your custom slot type. ER_SUCCESS_NO_MATCH: The spoken value did not match any values or synonyms explicitly defined in your custom slot type. ER_ERROR_TIMEOUT: An error occurred due to a timeout. ER_ERROR_EXCEPTION: An error occurred due to an exception during processing.
 *
 * @since 0.3.0
 * @category models
 */
export type ResolutionsPerAuthorityStatusCode =
  | "ER_SUCCESS_MATCH"
  | "ER_SUCCESS_NO_MATCH"
  | "ER_ERROR_TIMEOUT"
  | "ER_ERROR_EXCEPTION"
  | (string & {})

/**
 * The schema of `v1.skill.nlu.evaluations.ResolutionsPerAuthorityStatusCode`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthorityStatusCode: Schema.Schema<ResolutionsPerAuthorityStatusCode> = /*#__PURE__*/ Open
  .literals("ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "ER_ERROR_EXCEPTION")

/**
 * `v1.skill.nlu.evaluations.ResolutionsPerAuthorityStatus` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResolutionsPerAuthorityStatus {
  /**
   * A code indicating the results of attempting to resolve the user utterance against the defined slot types. This can be one of the following:
   * ER_SUCCESS_MATCH: The spoken value matched a value or synonym explicitly defined in your custom slot type. ER_SUCCESS_NO_MATCH: The spoken value did not match any values or synonyms explicitly defined in your custom slot type. ER_ERROR_TIMEOUT: An error occurred due to a timeout. ER_ERROR_EXCEPTION: An error occurred due to an exception during processing.
   */
  readonly code?: ResolutionsPerAuthorityStatusCode | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.ResolutionsPerAuthorityStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthorityStatus: Schema.Schema<ResolutionsPerAuthorityStatus> = /*#__PURE__*/ Open.struct({
  code: /*#__PURE__*/ Schema.optional(ResolutionsPerAuthorityStatusCode)
})

/**
 * `v1.skill.nlu.evaluations.ResolutionsPerAuthorityValue` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResolutionsPerAuthorityValue {
  /**
   * The string for the resolved slot value.
   */
  readonly name?: string | undefined
  /**
   * The unique ID defined for the resolved slot value. This is based on the IDs defined in the slot type definition.
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.ResolutionsPerAuthorityValue`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthorityValue: Schema.Schema<ResolutionsPerAuthorityValue> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.evaluations.ResolutionsPerAuthority` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResolutionsPerAuthority {
  /**
   * The name of the authority for the slot values. For custom slot types, this authority label incorporates your skill ID and the slot type name.
   */
  readonly authority?: string | undefined
  readonly status?: ResolutionsPerAuthorityStatus | undefined
  /**
   * An array of resolved values for the slot.
   */
  readonly values?: ReadonlyArray<ResolutionsPerAuthorityValue> | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.ResolutionsPerAuthority`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResolutionsPerAuthority: Schema.Schema<ResolutionsPerAuthority> = /*#__PURE__*/ Open.struct({
  authority: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(ResolutionsPerAuthorityStatus),
  values: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ResolutionsPerAuthorityValue))
})

/**
 * A resolutions object representing the results of resolving the words captured from the user's utterance.
 *
 * @since 0.3.0
 * @category models
 */
export interface Resolutions {
  /**
   * An array of objects representing each possible authority for entity resolution. An authority represents the source for the data provided for the slot. For a custom slot type, the authority is the slot type you defined.
   */
  readonly resolutionsPerAuthority?: ReadonlyArray<{ readonly [key: string]: ResolutionsPerAuthority }> | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Resolutions`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Resolutions: Schema.Schema<Resolutions> = /*#__PURE__*/ Open.struct({
  resolutionsPerAuthority: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: ResolutionsPerAuthority }))
  )
})

/**
 * `v1.skill.nlu.evaluations.SlotsProps` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SlotsProps {
  readonly name?: string | undefined
  readonly value?: string | undefined
  readonly confirmationStatus?: ConfirmationStatus | undefined
  readonly resolutions?: Resolutions | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.SlotsProps`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SlotsProps: Schema.Schema<SlotsProps> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  value: /*#__PURE__*/ Schema.optional(Schema.String),
  confirmationStatus: /*#__PURE__*/ Schema.optional(ConfirmationStatus),
  resolutions: /*#__PURE__*/ Schema.optional(Resolutions)
})

/**
 * `v1.skill.nlu.evaluations.Intent` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Intent {
  readonly name?: string | undefined
  readonly confirmationStatus?: ConfirmationStatus | undefined
  readonly slots?: { readonly [key: string]: SlotsProps } | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Intent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Intent: Schema.Schema<Intent> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  confirmationStatus: /*#__PURE__*/ Schema.optional(ConfirmationStatus),
  slots: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: SlotsProps }))
})

/**
 * `v1.skill.nlu.evaluations.Actual` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Actual {
  readonly domain?: string | undefined
  readonly intent?: Intent | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Actual`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Actual: Schema.Schema<Actual> = /*#__PURE__*/ Open.struct({
  domain: /*#__PURE__*/ Schema.optional(Schema.String),
  intent: /*#__PURE__*/ Schema.optional(Intent)
})

/**
 * Use Annotation Set as evaluation source
 *
 * @since 0.3.0
 * @category models
 */
export interface Source {
  /**
   * ID of the annotation set
   */
  readonly annotationId?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Source`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Source: Schema.Schema<Source> = /*#__PURE__*/ Open.struct({
  annotationId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.evaluations.EvaluateNLURequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EvaluateNLURequest {
  readonly stage: { readonly [key: string]: unknown }
  readonly locale: string
  readonly source: Source
}

/**
 * The schema of `v1.skill.nlu.evaluations.EvaluateNLURequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluateNLURequest: Schema.Schema<EvaluateNLURequest> = /*#__PURE__*/ Open.struct({
  stage: /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  locale: Schema.String,
  source: Source
})

/**
 * `v1.skill.nlu.evaluations.EvaluateResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EvaluateResponse {
  /**
   * Id used to retrieve the evaluation later.
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.EvaluateResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluateResponse: Schema.Schema<EvaluateResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.evaluations.Status` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type Status = "PASSED" | "FAILED" | "IN_PROGRESS" | "ERROR" | (string & {})

/**
 * The schema of `v1.skill.nlu.evaluations.Status`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Status: Schema.Schema<Status> = /*#__PURE__*/ Open.literals("PASSED", "FAILED", "IN_PROGRESS", "ERROR")

/**
 * `v1.skill.nlu.evaluations.EvaluationInputs` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EvaluationInputs {
  readonly locale?: string | undefined
  readonly stage?: { readonly [key: string]: unknown } | undefined
  readonly source?: Source | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.EvaluationInputs`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluationInputs: Schema.Schema<EvaluationInputs> = /*#__PURE__*/ Open.struct({
  locale: /*#__PURE__*/ Schema.optional(Schema.String),
  stage: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  source: /*#__PURE__*/ Schema.optional(Source)
})

/**
 * `v1.skill.nlu.evaluations.Evaluation` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Evaluation {
  readonly startTimestamp?: string | undefined
  readonly endTimestamp?: string | undefined
  readonly status?: Status | undefined
  /**
   * Error message when evaluation job fails
   */
  readonly errorMessage?: string | undefined
  readonly inputs?: EvaluationInputs | undefined
  /**
   * id of the job
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Evaluation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Evaluation: Schema.Schema<Evaluation> = /*#__PURE__*/ Open.struct({
  startTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  endTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(Status),
  errorMessage: /*#__PURE__*/ Schema.optional(Schema.String),
  inputs: /*#__PURE__*/ Schema.optional(EvaluationInputs),
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.evaluations.EvaluationEntity` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EvaluationEntity {
  readonly startTimestamp?: string | undefined
  readonly endTimestamp?: string | undefined
  readonly status?: Status | undefined
  /**
   * Error message when evaluation job fails
   */
  readonly errorMessage?: string | undefined
  readonly inputs?: EvaluationInputs | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.EvaluationEntity`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EvaluationEntity: Schema.Schema<EvaluationEntity> = /*#__PURE__*/ Open.struct({
  startTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  endTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(Status),
  errorMessage: /*#__PURE__*/ Schema.optional(Schema.String),
  inputs: /*#__PURE__*/ Schema.optional(EvaluationInputs)
})

/**
 * `v1.skill.nlu.evaluations.ExpectedIntentSlotsProps` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExpectedIntentSlotsProps {
  readonly value?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.ExpectedIntentSlotsProps`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExpectedIntentSlotsProps: Schema.Schema<ExpectedIntentSlotsProps> = /*#__PURE__*/ Open.struct({
  value: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.evaluations.ExpectedIntent` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExpectedIntent {
  readonly name?: string | undefined
  readonly slots?: { readonly [key: string]: ExpectedIntentSlotsProps } | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.ExpectedIntent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExpectedIntent: Schema.Schema<ExpectedIntent> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  slots: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: ExpectedIntentSlotsProps })
  )
})

/**
 * `v1.skill.nlu.evaluations.Expected` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Expected {
  readonly domain?: string | undefined
  readonly intent?: ExpectedIntent | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Expected`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Expected: Schema.Schema<Expected> = /*#__PURE__*/ Open.struct({
  domain: /*#__PURE__*/ Schema.optional(Schema.String),
  intent: /*#__PURE__*/ Schema.optional(ExpectedIntent)
})

/**
 * `v1.skill.nlu.evaluations.Results` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Results {
  /**
   * url to get the test case result details Example: /v1/skills/{skillId}/nluEvaluations/{evaluationId}/results
   */
  readonly href?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Results`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Results: Schema.Schema<Results> = /*#__PURE__*/ Open.struct({
  href: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.evaluations.GetNLUEvaluationResponseLinks` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetNLUEvaluationResponseLinks {
  readonly results?: Results | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.GetNLUEvaluationResponseLinks`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetNLUEvaluationResponseLinks: Schema.Schema<GetNLUEvaluationResponseLinks> = /*#__PURE__*/ Open.struct({
  results: /*#__PURE__*/ Schema.optional(Results)
})

/**
 * `v1.skill.nlu.evaluations.GetNLUEvaluationResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetNLUEvaluationResponse {
  readonly startTimestamp?: string | undefined
  readonly endTimestamp?: string | undefined
  readonly status?: Status | undefined
  /**
   * Error message when evaluation job fails
   */
  readonly errorMessage?: string | undefined
  readonly inputs?: EvaluationInputs | undefined
  readonly _links?: GetNLUEvaluationResponseLinks | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.GetNLUEvaluationResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetNLUEvaluationResponse: Schema.Schema<GetNLUEvaluationResponse> = /*#__PURE__*/ Open.struct({
  startTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  endTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(Status),
  errorMessage: /*#__PURE__*/ Schema.optional(Schema.String),
  inputs: /*#__PURE__*/ Schema.optional(EvaluationInputs),
  _links: /*#__PURE__*/ Schema.optional(GetNLUEvaluationResponseLinks)
})

/**
 * `v1.skill.nlu.evaluations.PagedResultsResponsePaginationContext` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PagedResultsResponsePaginationContext {
  /**
   * opaque token returned if there are more results for the given inputs than `maxResults` from the request.
   */
  readonly nextToken?: string | undefined
  /**
   * Total available results for the given query.
   */
  readonly totalCount?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.PagedResultsResponsePaginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PagedResultsResponsePaginationContext: Schema.Schema<PagedResultsResponsePaginationContext> =
  /*#__PURE__*/ Open.struct({
    nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
    totalCount: /*#__PURE__*/ Schema.optional(Schema.String)
  })

/**
 * Links for the API navigation.
 *
 * @since 0.3.0
 * @category models
 */
export interface Links {
  readonly self?: V1.Link | undefined
  readonly next?: V1.Link | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Links`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Links: Schema.Schema<Links> = /*#__PURE__*/ Open.struct({
  self: /*#__PURE__*/ Schema.optional(V1.Link),
  next: /*#__PURE__*/ Schema.optional(V1.Link)
})

/**
 * `v1.skill.nlu.evaluations.ResultsStatus` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type ResultsStatus = "PASSED" | "FAILED" | (string & {})

/**
 * The schema of `v1.skill.nlu.evaluations.ResultsStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResultsStatus: Schema.Schema<ResultsStatus> = /*#__PURE__*/ Open.literals("PASSED", "FAILED")

/**
 * `v1.skill.nlu.evaluations.Inputs` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Inputs {
  readonly utterance?: string | undefined
  /**
   * Datetime to use to base date operations on.
   */
  readonly referenceTimestamp?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.Inputs`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Inputs: Schema.Schema<Inputs> = /*#__PURE__*/ Open.struct({
  utterance: /*#__PURE__*/ Schema.optional(Schema.String),
  referenceTimestamp: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.evaluations.TestCase` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface TestCase {
  readonly status?: ResultsStatus | undefined
  readonly inputs?: Inputs | undefined
  readonly actual?: Actual | undefined
  readonly expected?: ReadonlyArray<Expected> | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.TestCase`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TestCase: Schema.Schema<TestCase> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(ResultsStatus),
  inputs: /*#__PURE__*/ Schema.optional(Inputs),
  actual: /*#__PURE__*/ Schema.optional(Actual),
  expected: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Expected))
})

/**
 * `v1.skill.nlu.evaluations.GetNLUEvaluationResultsResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetNLUEvaluationResultsResponse {
  readonly paginationContext?: PagedResultsResponsePaginationContext | undefined
  readonly _links?: Links | undefined
  /**
   * count of tests failed. A test fails when the expected intent and expected slots are not identical.
   */
  readonly totalFailed?: number | undefined
  readonly testCases?: ReadonlyArray<TestCase> | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.GetNLUEvaluationResultsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetNLUEvaluationResultsResponse: Schema.Schema<GetNLUEvaluationResultsResponse> = /*#__PURE__*/ Open
  .struct({
    paginationContext: /*#__PURE__*/ Schema.optional(PagedResultsResponsePaginationContext),
    _links: /*#__PURE__*/ Schema.optional(Links),
    totalFailed: /*#__PURE__*/ Schema.optional(Schema.Finite),
    testCases: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(TestCase))
  })

/**
 * `v1.skill.nlu.evaluations.PaginationContext` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PaginationContext {
  /**
   * opaque token returned if there are more results for the given inputs than `maxResults` from the request.
   */
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.PaginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PaginationContext: Schema.Schema<PaginationContext> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * response body for a list evaluation API
 *
 * @since 0.3.0
 * @category models
 */
export interface ListNLUEvaluationsResponse {
  readonly paginationContext?: PaginationContext | undefined
  readonly _links?: Links | undefined
  readonly evaluations?: ReadonlyArray<Evaluation> | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.ListNLUEvaluationsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListNLUEvaluationsResponse: Schema.Schema<ListNLUEvaluationsResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext),
  _links: /*#__PURE__*/ Schema.optional(Links),
  evaluations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Evaluation))
})

/**
 * `v1.skill.nlu.evaluations.PagedResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PagedResponse {
  readonly paginationContext?: PaginationContext | undefined
  readonly _links?: Links | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.PagedResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PagedResponse: Schema.Schema<PagedResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext),
  _links: /*#__PURE__*/ Schema.optional(Links)
})

/**
 * `v1.skill.nlu.evaluations.PagedResultsResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PagedResultsResponse {
  readonly paginationContext?: PagedResultsResponsePaginationContext | undefined
  readonly _links?: Links | undefined
}

/**
 * The schema of `v1.skill.nlu.evaluations.PagedResultsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PagedResultsResponse: Schema.Schema<PagedResultsResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(PagedResultsResponsePaginationContext),
  _links: /*#__PURE__*/ Schema.optional(Links)
})
