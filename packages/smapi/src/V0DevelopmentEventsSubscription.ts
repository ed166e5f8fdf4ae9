/**
 * The model's `v0.developmentEvents.subscription` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Represents an event that the subscriber is interested in. The event is of the format EventCategory.OPERATION. You can use wildcard event 'AlexaDevelopmentEvent.All' for recieving all AlexaDevelopmentEvent notifications listed below. We do not support 'AlexaCustomerFeedbackEvent.All' at this point as we only have one event in this category.
 *   * 'AlexaDevelopmentEvent.ManifestUpdate' - The event representing the status of the update request on the Manifest.
 *   * 'AlexaDevelopmentEvent.SkillPublish' -   The event representing the status of the skill publish process.
 *   * 'AlexaDevelopmentEvent.SkillCertification' -   The event represents if a skill has been certified or not.
 *   * 'AlexaDevelopmentEvent.InteractionModelUpdate' -   The event represents the status of an Interaction Model build for a particular locale.
 *   * 'AlexaDevelopmentEvent.All' - A wildcard event name that allows subscription to all the existing events. While using this, you must not specify any other event name. AlexaDevelopmentEvent.All avoids the need of specifying every development event name in order to receive all events pertaining to a vendor account. Similarly, it avoids the need of updating an existing subscription to be able to receive new events, whenever supproted by notification service. Test Subscriber API cannot use this wildcard. Please make sure that your code can gracefully handle new/previously unknown events, if you are using this wildcard.
 *   * 'AlexaCustomerFeedbackEvent.SkillReviewPublish' - The event represents the publishing of a new/updated customer review for a skill on the skill store.
 *
 * @since 0.3.0
 * @category models
 */
export type Event =
  | "AlexaDevelopmentEvent.ManifestUpdate"
  | "AlexaDevelopmentEvent.SkillPublish"
  | "AlexaDevelopmentEvent.SkillCertification"
  | "AlexaDevelopmentEvent.InteractionModelUpdate"
  | "AlexaDevelopmentEvent.All"
  | "AlexaCustomerFeedbackEvent.SkillReviewPublish"
  | (string & {})

/**
 * The schema of `v0.developmentEvents.subscription.Event`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Event: Schema.Schema<Event> = /*#__PURE__*/ Open.literals(
  "AlexaDevelopmentEvent.ManifestUpdate",
  "AlexaDevelopmentEvent.SkillPublish",
  "AlexaDevelopmentEvent.SkillCertification",
  "AlexaDevelopmentEvent.InteractionModelUpdate",
  "AlexaDevelopmentEvent.All",
  "AlexaCustomerFeedbackEvent.SkillReviewPublish"
)

/**
 * `v0.developmentEvents.subscription.CreateSubscriptionRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateSubscriptionRequest {
  /**
   * Name of the subscription.
   */
  readonly name: string
  /**
   * The list of events that the subscriber should be notified for.
   */
  readonly events: ReadonlyArray<Event>
  /**
   * The vendorId of the event publisher.
   */
  readonly vendorId: string
  /**
   * The id of the subscriber that would receive the events.
   */
  readonly subscriberId: string
}

/**
 * The schema of `v0.developmentEvents.subscription.CreateSubscriptionRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateSubscriptionRequest: Schema.Schema<CreateSubscriptionRequest> = /*#__PURE__*/ Open.struct({
  name: Schema.String,
  events: /*#__PURE__*/ Schema.Array(Event),
  vendorId: Schema.String,
  subscriberId: Schema.String
})

/**
 * `v0.developmentEvents.subscription.SubscriptionSummary` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubscriptionSummary {
  /**
   * Name of the subscription.
   */
  readonly name?: string | undefined
  /**
   * Unique identifier of the subscription resource.
   */
  readonly subscriptionId?: string | undefined
  /**
   * Subscriber Id of the event-reciever.
   */
  readonly subscriberId?: string | undefined
  /**
   * VendorId of the event-publisher.
   */
  readonly vendorId?: string | undefined
  /**
   * The list of events that the subscriber should be notified for.
   */
  readonly events?: ReadonlyArray<Event> | undefined
}

/**
 * The schema of `v0.developmentEvents.subscription.SubscriptionSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriptionSummary: Schema.Schema<SubscriptionSummary> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  subscriptionId: /*#__PURE__*/ Schema.optional(Schema.String),
  subscriberId: /*#__PURE__*/ Schema.optional(Schema.String),
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String),
  events: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Event))
})

/**
 * `v0.developmentEvents.subscription.ListSubscriptionsResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListSubscriptionsResponse {
  readonly _links?: V1.Links | undefined
  readonly nextToken?: string | undefined
  /**
   * List of subscription summaries.
   */
  readonly subscriptions?: ReadonlyArray<SubscriptionSummary> | undefined
}

/**
 * The schema of `v0.developmentEvents.subscription.ListSubscriptionsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListSubscriptionsResponse: Schema.Schema<ListSubscriptionsResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  subscriptions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SubscriptionSummary))
})

/**
 * `v0.developmentEvents.subscription.SubscriptionInfo` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubscriptionInfo {
  /**
   * Name of the subscription.
   */
  readonly name?: string | undefined
  /**
   * Unique identifier of the subscription resource.
   */
  readonly subscriptionId?: string | undefined
  /**
   * Subscriber Id of the event-receiver.
   */
  readonly subscriberId?: string | undefined
  /**
   * Vendor Id of the event-publisher.
   */
  readonly vendorId?: string | undefined
  /**
   * The list of events that the subscriber should be notified for.
   */
  readonly events?: ReadonlyArray<Event> | undefined
}

/**
 * The schema of `v0.developmentEvents.subscription.SubscriptionInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriptionInfo: Schema.Schema<SubscriptionInfo> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  subscriptionId: /*#__PURE__*/ Schema.optional(Schema.String),
  subscriberId: /*#__PURE__*/ Schema.optional(Schema.String),
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String),
  events: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Event))
})

/**
 * `v0.developmentEvents.subscription.UpdateSubscriptionRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateSubscriptionRequest {
  /**
   * Name of the subscription.
   */
  readonly name: string
  /**
   * The list of events that the subscriber should be notified for.
   */
  readonly events: ReadonlyArray<Event>
}

/**
 * The schema of `v0.developmentEvents.subscription.UpdateSubscriptionRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateSubscriptionRequest: Schema.Schema<UpdateSubscriptionRequest> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }),
  events: /*#__PURE__*/ Schema.Array(Event)
})
