/**
 * The model's `v1.skill.Private` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Enterprise IT administrators' action on the private distribution.
 *
 * @since 0.3.0
 * @category models
 */
export type AcceptStatus = "ACCEPTED" | "PENDING" | (string & {})

/**
 * The schema of `v1.skill.Private.AcceptStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AcceptStatus: Schema.Schema<AcceptStatus> = /*#__PURE__*/ Open.literals("ACCEPTED", "PENDING")

/**
 * Contains information of the private distribution account with given id.
 *
 * @since 0.3.0
 * @category models
 */
export interface PrivateDistributionAccount {
  /**
   * 12-digit numerical account ID for AWS account holders.
   */
  readonly principal?: string | undefined
  readonly acceptStatus?: AcceptStatus | undefined
}

/**
 * The schema of `v1.skill.Private.PrivateDistributionAccount`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PrivateDistributionAccount: Schema.Schema<PrivateDistributionAccount> = /*#__PURE__*/ Open.struct({
  principal: /*#__PURE__*/ Schema.optional(Schema.String),
  acceptStatus: /*#__PURE__*/ Schema.optional(AcceptStatus)
})

/**
 * Response of ListPrivateDistributionAccounts.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListPrivateDistributionAccountsResponse {
  readonly _links?: V1.Links | undefined
  /**
   * List of PrivateDistributionAccounts.
   */
  readonly privateDistributionAccounts?: ReadonlyArray<PrivateDistributionAccount> | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.Private.ListPrivateDistributionAccountsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListPrivateDistributionAccountsResponse: Schema.Schema<ListPrivateDistributionAccountsResponse> =
  /*#__PURE__*/ Open.struct({
    _links: /*#__PURE__*/ Schema.optional(V1.Links),
    privateDistributionAccounts: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(PrivateDistributionAccount)),
    nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
  })
