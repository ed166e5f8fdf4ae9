/**
 * The model's `v0.developmentEvents.subscriber` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Authorization for accessing AWS SNS endpoint.
 *
 * @since 0.3.0
 * @category models
 */
export interface EndpointAwsAuthorization {
  readonly type: "AWS_IAM"
  /**
   * IAM Role arn to use/assumeRole for authorization.
   */
  readonly arn?: string | undefined
}

/**
 * The schema of `v0.developmentEvents.subscriber.EndpointAwsAuthorization`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EndpointAwsAuthorization: Schema.Schema<EndpointAwsAuthorization> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("AWS_IAM"),
  arn: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Authorization information to be able to publish notification to specified endpoint.
 *
 * @since 0.3.0
 * @category models
 */
export type EndpointAuthorization = EndpointAwsAuthorization | EndpointAuthorization.Unknown

/**
 * The types that go with `EndpointAuthorization`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace EndpointAuthorization {
  /**
   * A `EndpointAuthorization` newer than the model: its `type` is none of the known ones; every field is kept.
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
 * The schema of `v0.developmentEvents.subscriber.EndpointAuthorization`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EndpointAuthorization: Schema.Schema<EndpointAuthorization> = /*#__PURE__*/ Open.union("type", {
  AWS_IAM: EndpointAwsAuthorization
}, {})

/**
 * `v0.developmentEvents.subscriber.Endpoint` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Endpoint {
  /**
   * Uri of the endpoint that receives the notification.
   */
  readonly uri?: string | undefined
  readonly authorization?: EndpointAuthorization | undefined
}

/**
 * The schema of `v0.developmentEvents.subscriber.Endpoint`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Endpoint: Schema.Schema<Endpoint> = /*#__PURE__*/ Open.struct({
  uri: /*#__PURE__*/ Schema.optional(Schema.String),
  authorization: /*#__PURE__*/ Schema.optional(EndpointAuthorization)
})

/**
 * `v0.developmentEvents.subscriber.CreateSubscriberRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateSubscriberRequest {
  /**
   * Name of the subscriber.
   */
  readonly name?: string | undefined
  /**
   * The Vendor ID.
   */
  readonly vendorId?: string | undefined
  readonly endpoint?: Endpoint | undefined
}

/**
 * The schema of `v0.developmentEvents.subscriber.CreateSubscriberRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateSubscriberRequest: Schema.Schema<CreateSubscriberRequest> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String),
  endpoint: /*#__PURE__*/ Schema.optional(Endpoint)
})

/**
 * Type of authorization (e.g. AWS IAM, OAuth).
 *
 * @since 0.3.0
 * @category models
 */
export type EndpointAuthorizationType = "AWS_IAM"

/**
 * The schema of `v0.developmentEvents.subscriber.EndpointAuthorizationType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EndpointAuthorizationType: Schema.Schema<EndpointAuthorizationType> = /*#__PURE__*/ Schema.Literal(
  "AWS_IAM"
)

/**
 * Status of the subscriber. This enum may get extended with new values in future. Clients are expected to gracefully handle any unknown values.
 *
 * @since 0.3.0
 * @category models
 */
export type SubscriberStatus = "ACTIVE" | "INACTIVE" | (string & {})

/**
 * The schema of `v0.developmentEvents.subscriber.SubscriberStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriberStatus: Schema.Schema<SubscriberStatus> = /*#__PURE__*/ Open.literals("ACTIVE", "INACTIVE")

/**
 * `v0.developmentEvents.subscriber.SubscriberSummary` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubscriberSummary {
  /**
   * Unique identifier of the subscriber resource.
   */
  readonly subscriberId?: string | undefined
  /**
   * Name of the subscriber.
   */
  readonly name?: string | undefined
  readonly status?: SubscriberStatus | undefined
  /**
   * Client Id of the subscriber resource.
   */
  readonly clientId?: string | undefined
  readonly endpoint?: Endpoint | undefined
}

/**
 * The schema of `v0.developmentEvents.subscriber.SubscriberSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriberSummary: Schema.Schema<SubscriberSummary> = /*#__PURE__*/ Open.struct({
  subscriberId: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(SubscriberStatus),
  clientId: /*#__PURE__*/ Schema.optional(Schema.String),
  endpoint: /*#__PURE__*/ Schema.optional(Endpoint)
})

/**
 * `v0.developmentEvents.subscriber.ListSubscribersResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSubscribersResponse {
  readonly _links?: V1.Links | undefined
  readonly nextToken?: string | undefined
  /**
   * List containing subscriber summary.
   */
  readonly subscribers?: ReadonlyArray<SubscriberSummary> | undefined
}

/**
 * The schema of `v0.developmentEvents.subscriber.ListSubscribersResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSubscribersResponse: Schema.Schema<ListSubscribersResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  subscribers: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SubscriberSummary))
})

/**
 * Information about the subscriber.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubscriberInfo {
  /**
   * Unique identifier of the subscriber resource.
   */
  readonly subscriberId?: string | undefined
  /**
   * Name of the subscriber.
   */
  readonly name?: string | undefined
  readonly endpoint?: Endpoint | undefined
}

/**
 * The schema of `v0.developmentEvents.subscriber.SubscriberInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriberInfo: Schema.Schema<SubscriberInfo> = /*#__PURE__*/ Open.struct({
  subscriberId: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  endpoint: /*#__PURE__*/ Schema.optional(Endpoint)
})

/**
 * `v0.developmentEvents.subscriber.UpdateSubscriberRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateSubscriberRequest {
  /**
   * Name of the subscriber.
   */
  readonly name?: string | undefined
  readonly endpoint?: Endpoint | undefined
}

/**
 * The schema of `v0.developmentEvents.subscriber.UpdateSubscriberRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateSubscriberRequest: Schema.Schema<UpdateSubscriberRequest> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  endpoint: /*#__PURE__*/ Schema.optional(Endpoint)
})
