/**
 * The model's `v1.auditLogs` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Contains information about the Client that this request was performed by.
 *
 * @since 0.3.0
 * @category models
 */
export interface Client {
  readonly id?: string | undefined
  readonly name?: string | undefined
}

/**
 * The schema of `v1.auditLogs.Client`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Client: Schema.Schema<Client> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Object containing name and version.
 *
 * @since 0.3.0
 * @category models
 */
export interface Operation {
  readonly name?: string | undefined
  readonly version?: string | undefined
}

/**
 * The schema of `v1.auditLogs.Operation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Operation: Schema.Schema<Operation> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Resource that the developer operated on. This includes both the type and ID of the resource.
 *
 * @since 0.3.0
 * @category models
 */
export interface Resource {
  readonly id?: string | undefined
  readonly type?: string | undefined
}

/**
 * The schema of `v1.auditLogs.Resource`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Resource: Schema.Schema<Resource> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * The user that performed the operation.
 *
 * @since 0.3.0
 * @category models
 */
export interface Requester {
  /**
   * LWA User ID. https://developer.amazon.com/docs/login-with-amazon/obtain-customer-profile.html
   */
  readonly userId?: string | undefined
}

/**
 * The schema of `v1.auditLogs.Requester`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Requester: Schema.Schema<Requester> = /*#__PURE__*/ Open.struct({
  userId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.auditLogs.AuditLog` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AuditLog {
  /**
   * UUID that identifies a specific request.
   */
  readonly xAmznRequestId?: string | undefined
  /**
   * Date-Time when the request was made.
   */
  readonly timestamp?: string | undefined
  readonly client?: Client | undefined
  readonly operation?: Operation | undefined
  /**
   * Contains information about the resources affected in this request.
   */
  readonly resources?: ReadonlyArray<Resource> | undefined
  readonly requester?: Requester | undefined
  /**
   * HTTP Status Code returned by this request.
   */
  readonly httpResponseCode?: number | undefined
}

/**
 * The schema of `v1.auditLogs.AuditLog`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AuditLog: Schema.Schema<AuditLog> = /*#__PURE__*/ Open.struct({
  xAmznRequestId: /*#__PURE__*/ Schema.optional(Schema.String),
  timestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  client: /*#__PURE__*/ Schema.optional(Client),
  operation: /*#__PURE__*/ Schema.optional(Operation),
  resources: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Resource)),
  requester: /*#__PURE__*/ Schema.optional(Requester),
  httpResponseCode: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Identifier for the application the developer used to manage their skills and skill-related resources. For OAuth applications, this is the OAuth Client Id.
 *
 * @since 0.3.0
 * @category models
 */
export interface ClientFilter {
  readonly id?: string | undefined
}

/**
 * The schema of `v1.auditLogs.ClientFilter`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ClientFilter: Schema.Schema<ClientFilter> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Name and version of the operation that the developer performed. For example, 'deleteSkill' and 'v1'. This is the same name used in the SMAPI SDK.
 *
 * @since 0.3.0
 * @category models
 */
export interface OperationFilter {
  readonly name?: string | undefined
  readonly version?: string | undefined
}

/**
 * The schema of `v1.auditLogs.OperationFilter`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const OperationFilter: Schema.Schema<OperationFilter> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.auditLogs.ResourceTypeEnum` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type ResourceTypeEnum = "Skill" | "SkillCatalog" | "InSkillProduct" | "Import" | "Export"

/**
 * The schema of `v1.auditLogs.ResourceTypeEnum`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResourceTypeEnum: Schema.Schema<ResourceTypeEnum> = /*#__PURE__*/ Schema.Literal(
  "Skill",
  "SkillCatalog",
  "InSkillProduct",
  "Import",
  "Export"
)

/**
 * Resource that the developer operated on. Both do not need to be provided.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResourceFilter {
  readonly id?: string | undefined
  readonly type?: ResourceTypeEnum | undefined
}

/**
 * The schema of `v1.auditLogs.ResourceFilter`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResourceFilter: Schema.Schema<ResourceFilter> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(ResourceTypeEnum)
})

/**
 * Filter for the requester of the operation.
 *
 * @since 0.3.0
 * @category models
 */
export interface RequesterFilter {
  /**
   * LoginWithAmazon User ID.
   */
  readonly userId?: string | undefined
}

/**
 * The schema of `v1.auditLogs.RequesterFilter`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const RequesterFilter: Schema.Schema<RequesterFilter> = /*#__PURE__*/ Open.struct({
  userId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Request Filters for filtering audit logs.
 *
 * @since 0.3.0
 * @category models
 */
export interface RequestFilters {
  /**
   * List of Client IDs for filtering.
   */
  readonly clients?: ReadonlyArray<ClientFilter> | undefined
  /**
   * Filters for a list of operation names and versions.
   */
  readonly operations?: ReadonlyArray<OperationFilter> | undefined
  /**
   * Filters for a list of resources and/or their types. See documentation for allowed types.
   */
  readonly resources?: ReadonlyArray<ResourceFilter> | undefined
  readonly requesters?: ReadonlyArray<RequesterFilter> | undefined
  /**
   * Sets the start time for this search. Any audit logs with timestamps after this time (inclusive) will be included in the response.
   */
  readonly startTime?: string | undefined
  /**
   * Sets the end time for this search. Any audit logs with timestamps before this time (exclusive) will be included in the result.
   */
  readonly endTime?: string | undefined
  /**
   * Filters for HTTP response codes. For example, '200' or '503'
   */
  readonly httpResponseCodes?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v1.auditLogs.RequestFilters`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const RequestFilters: Schema.Schema<RequestFilters> = /*#__PURE__*/ Open.struct({
  clients: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ClientFilter)),
  operations: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(OperationFilter)),
  resources: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ResourceFilter)),
  requesters: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(RequesterFilter)),
  startTime: /*#__PURE__*/ Schema.optional(Schema.String),
  endTime: /*#__PURE__*/ Schema.optional(Schema.String),
  httpResponseCodes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * Sets the sorting direction of the result items. When set to 'ASC' these items are returned in ascending order of sortField value and when set to 'DESC' these items are returned in descending order of sortField value.
 *
 * @since 0.3.0
 * @category models
 */
export type SortDirection = "ASC" | "DESC"

/**
 * The schema of `v1.auditLogs.SortDirection`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SortDirection: Schema.Schema<SortDirection> = /*#__PURE__*/ Schema.Literal("ASC", "DESC")

/**
 * Sets the field on which the sorting would be applied.
 *
 * @since 0.3.0
 * @category models
 */
export type SortField =
  | "timestamp"
  | "operation"
  | "resource.id"
  | "resource.type"
  | "requester.userId"
  | "client.id"
  | "httpResponseCode"

/**
 * The schema of `v1.auditLogs.SortField`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SortField: Schema.Schema<SortField> = /*#__PURE__*/ Schema.Literal(
  "timestamp",
  "operation",
  "resource.id",
  "resource.type",
  "requester.userId",
  "client.id",
  "httpResponseCode"
)

/**
 * This object includes nextToken and maxResults.
 *
 * @since 0.3.0
 * @category models
 */
export interface RequestPaginationContext {
  /**
   * When the response to this API call is truncated, the response includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that this API understands. Token has expiry of 1 hour.
   */
  readonly nextToken?: string | undefined
  /**
   * Sets the maximum number of results returned in the response body. If you want to retrieve more or less than the default of 50 results, you can add this parameter to your request. maxResults can exceed the upper limit of 250 but we will not return more items than that. The response might contain fewer results than maxResults for purpose of keeping SLA or because there are not enough items, but it will never contain more.
   */
  readonly maxResults?: number | undefined
}

/**
 * The schema of `v1.auditLogs.RequestPaginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const RequestPaginationContext: Schema.Schema<RequestPaginationContext> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 })),
  maxResults: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 200)))
})

/**
 * `v1.auditLogs.AuditLogsRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AuditLogsRequest {
  /**
   * Vendor Id. See developer.amazon.com/mycid.html.
   */
  readonly vendorId: string
  readonly requestFilters?: RequestFilters | undefined
  readonly sortDirection?: SortDirection | undefined
  readonly sortField?: SortField | undefined
  readonly paginationContext?: RequestPaginationContext | undefined
}

/**
 * The schema of `v1.auditLogs.AuditLogsRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AuditLogsRequest: Schema.Schema<AuditLogsRequest> = /*#__PURE__*/ Open.struct({
  vendorId: /*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }),
  requestFilters: /*#__PURE__*/ Schema.optional(RequestFilters),
  sortDirection: /*#__PURE__*/ Schema.optional(SortDirection),
  sortField: /*#__PURE__*/ Schema.optional(SortField),
  paginationContext: /*#__PURE__*/ Schema.optional(RequestPaginationContext)
})

/**
 * This object contains the next token used to load the next page of the result.
 *
 * @since 0.3.0
 * @category models
 */
export interface ResponsePaginationContext {
  /**
   * This token can be used to load the next page of the result.
   */
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.auditLogs.ResponsePaginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ResponsePaginationContext: Schema.Schema<ResponsePaginationContext> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
})

/**
 * Response to the Query Audit Logs API. It contains the collection of audit logs for the vendor, nextToken and other metadata related to the search query.
 *
 * @since 0.3.0
 * @category models
 */
export interface AuditLogsResponse {
  readonly paginationContext?: ResponsePaginationContext | undefined
  readonly _links?: V1.Links | undefined
  /**
   * List of audit logs for the vendor.
   */
  readonly auditLogs?: ReadonlyArray<AuditLog> | undefined
}

/**
 * The schema of `v1.auditLogs.AuditLogsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AuditLogsResponse: Schema.Schema<AuditLogsResponse> = /*#__PURE__*/ Open.struct({
  paginationContext: /*#__PURE__*/ Schema.optional(ResponsePaginationContext),
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  auditLogs: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(AuditLog))
})
