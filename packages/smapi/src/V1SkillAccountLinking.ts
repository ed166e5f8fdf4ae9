/**
 * The model's `v1.skill.accountLinking` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * The type of client authentication scheme.
 *
 * @since 0.3.0
 * @category models
 */
export type AccessTokenSchemeType = "HTTP_BASIC" | "REQUEST_BODY_CREDENTIALS" | (string & {})

/**
 * The schema of `v1.skill.accountLinking.AccessTokenSchemeType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AccessTokenSchemeType: Schema.Schema<AccessTokenSchemeType> = /*#__PURE__*/ Open.literals(
  "HTTP_BASIC",
  "REQUEST_BODY_CREDENTIALS"
)

/**
 * Defines the type of platform that will be used by the customer to perform account linking.
 *
 * @since 0.3.0
 * @category models
 */
export type PlatformType = "iOS" | "Android" | (string & {})

/**
 * The schema of `v1.skill.accountLinking.PlatformType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PlatformType: Schema.Schema<PlatformType> = /*#__PURE__*/ Open.literals("iOS", "Android")

/**
 * A key-value pair object that contains the OAuth2 authorization url to initiate the skill account linking process.
 *
 * @since 0.3.0
 * @category models
 */
export interface AccountLinkingPlatformAuthorizationUrl {
  readonly platformType: PlatformType
  /**
   * Defines the OAuth2 Authorization URL that will be used in this platform to authenticate the customer / person.
   */
  readonly platformAuthorizationUrl: string
}

/**
 * The schema of `v1.skill.accountLinking.AccountLinkingPlatformAuthorizationUrl`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AccountLinkingPlatformAuthorizationUrl: Schema.Schema<AccountLinkingPlatformAuthorizationUrl> =
  /*#__PURE__*/ Open.struct({
    platformType: PlatformType,
    platformAuthorizationUrl: Schema.String
  })

/**
 * The type of account linking.
 *
 * @since 0.3.0
 * @category models
 */
export type AccountLinkingType = "AUTH_CODE" | "IMPLICIT" | (string & {})

/**
 * The schema of `v1.skill.accountLinking.AccountLinkingType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AccountLinkingType: Schema.Schema<AccountLinkingType> = /*#__PURE__*/ Open.literals(
  "AUTH_CODE",
  "IMPLICIT"
)

/**
 * Defines the voice forward account linking status of a skill.
 *
 * @since 0.3.0
 * @category models
 */
export type VoiceForwardAccountLinkingStatus = "ENABLED" | "DISABLED" | (string & {})

/**
 * The schema of `v1.skill.accountLinking.VoiceForwardAccountLinkingStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VoiceForwardAccountLinkingStatus: Schema.Schema<VoiceForwardAccountLinkingStatus> = /*#__PURE__*/ Open
  .literals("ENABLED", "DISABLED")

/**
 * The payload for creating the account linking partner.
 *
 * @since 0.3.0
 * @category models
 */
export interface AccountLinkingRequestPayload {
  readonly type?: AccountLinkingType | undefined
  /**
   * The url where customers will be redirected in the companion app to enter login credentials.
   */
  readonly authorizationUrl?: string | undefined
  /**
   * The list of domains that the authorization URL will fetch content from.
   */
  readonly domains?: ReadonlyArray<string> | undefined
  /**
   * The unique public string used to identify the client requesting for authentication.
   */
  readonly clientId?: string | undefined
  /**
   * The list of permissions which will be requested from the skill user.
   */
  readonly scopes?: ReadonlyArray<string> | undefined
  /**
   * The url used for access token and token refresh requests.
   */
  readonly accessTokenUrl?: string | undefined
  /**
   * The client secret provided by developer.
   */
  readonly clientSecret?: Redacted.Redacted<string> | undefined
  readonly accessTokenScheme?: AccessTokenSchemeType | undefined
  /**
   * The time in seconds for which access token is valid.
   * If OAuth client returns "expires_in", it will be overwrite this parameter.
   */
  readonly defaultTokenExpirationInSeconds?: number | undefined
  /**
   * Optional, if your skill requires reciprocal authorization, provide this additional access token url to handle reciprocal (Alexa) authorization codes that can be exchanged for Alexa access tokens.
   */
  readonly reciprocalAccessTokenUrl?: string | undefined
  /**
   * The list of valid urls to redirect back to, when the linking process is initiated from a third party system.
   */
  readonly redirectUrls?: ReadonlyArray<string> | undefined
  /**
   * The list of valid authorization urls for allowed platforms to initiate account linking.
   */
  readonly authorizationUrlsByPlatform?: ReadonlyArray<AccountLinkingPlatformAuthorizationUrl> | undefined
  /**
   * Set to true to let users enable the skill without starting the account linking flow. Set to false to require the normal account linking flow when users enable the skill.
   */
  readonly skipOnEnablement?: boolean | undefined
  readonly voiceForwardAccountLinking?: VoiceForwardAccountLinkingStatus | undefined
}

/**
 * The types that go with `AccountLinkingRequestPayload`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace AccountLinkingRequestPayload {
  /**
   * `AccountLinkingRequestPayload` as sent and received: its secrets in plain text.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Encoded {
    readonly type?: AccountLinkingType | undefined
    readonly authorizationUrl?: string | undefined
    readonly domains?: ReadonlyArray<string> | undefined
    readonly clientId?: string | undefined
    readonly scopes?: ReadonlyArray<string> | undefined
    readonly accessTokenUrl?: string | undefined
    readonly clientSecret?: string | undefined
    readonly accessTokenScheme?: AccessTokenSchemeType | undefined
    readonly defaultTokenExpirationInSeconds?: number | undefined
    readonly reciprocalAccessTokenUrl?: string | undefined
    readonly redirectUrls?: ReadonlyArray<string> | undefined
    readonly authorizationUrlsByPlatform?: ReadonlyArray<AccountLinkingPlatformAuthorizationUrl> | undefined
    readonly skipOnEnablement?: boolean | undefined
    readonly voiceForwardAccountLinking?: VoiceForwardAccountLinkingStatus | undefined
  }
}

/**
 * The schema of `v1.skill.accountLinking.AccountLinkingRequestPayload`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AccountLinkingRequestPayload: Schema.Schema<
  AccountLinkingRequestPayload,
  AccountLinkingRequestPayload.Encoded
> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(AccountLinkingType),
  authorizationUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  domains: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  clientId: /*#__PURE__*/ Schema.optional(Schema.String),
  scopes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  accessTokenUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  clientSecret: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.redacted(Schema.String)),
  accessTokenScheme: /*#__PURE__*/ Schema.optional(AccessTokenSchemeType),
  defaultTokenExpirationInSeconds: /*#__PURE__*/ Schema.optional(Schema.Int),
  reciprocalAccessTokenUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  redirectUrls: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  authorizationUrlsByPlatform: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Array(AccountLinkingPlatformAuthorizationUrl)
  ),
  skipOnEnablement: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  voiceForwardAccountLinking: /*#__PURE__*/ Schema.optional(VoiceForwardAccountLinkingStatus)
})

/**
 * The request body of AccountLinkingRequest.
 *
 * @since 0.3.0
 * @category models
 */
export interface AccountLinkingRequest {
  readonly accountLinkingRequest?: AccountLinkingRequestPayload | undefined
}

/**
 * The types that go with `AccountLinkingRequest`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace AccountLinkingRequest {
  /**
   * `AccountLinkingRequest` as sent and received: its secrets in plain text.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Encoded {
    readonly accountLinkingRequest?: AccountLinkingRequestPayload.Encoded | undefined
  }
}

/**
 * The schema of `v1.skill.accountLinking.AccountLinkingRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AccountLinkingRequest: Schema.Schema<AccountLinkingRequest, AccountLinkingRequest.Encoded> =
  /*#__PURE__*/ Open.struct({
    accountLinkingRequest: /*#__PURE__*/ Schema.optional(AccountLinkingRequestPayload)
  })

/**
 * The account linking information of a skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface AccountLinkingResponse {
  readonly type?: AccountLinkingType | undefined
  /**
   * The url where customers will be redirected in the companion app to enter login credentials.
   */
  readonly authorizationUrl?: string | undefined
  /**
   * The list of domains that the authorization URL will fetch content from.
   */
  readonly domains?: ReadonlyArray<string> | undefined
  /**
   * The unique public string used to identify the client requesting for authentication.
   */
  readonly clientId?: string | undefined
  /**
   * The list of permissions which will be requested from the skill user.
   */
  readonly scopes?: ReadonlyArray<string> | undefined
  /**
   * The url used for access token and token refresh requests.
   */
  readonly accessTokenUrl?: string | undefined
  readonly accessTokenScheme?: AccessTokenSchemeType | undefined
  /**
   * The time in seconds for which access token is valid.
   * If OAuth client returns "expires_in", it will be overwrite this parameter.
   */
  readonly defaultTokenExpirationInSeconds?: number | undefined
  /**
   * The list of valid urls to redirect back to, when the linking process is initiated from a third party system.
   */
  readonly redirectUrls?: ReadonlyArray<string> | undefined
  /**
   * The list of valid authorization urls for allowed platforms to initiate account linking.
   */
  readonly authorizationUrlsByPlatform?: ReadonlyArray<AccountLinkingPlatformAuthorizationUrl> | undefined
  readonly voiceForwardAccountLinking?: VoiceForwardAccountLinkingStatus | undefined
}

/**
 * The schema of `v1.skill.accountLinking.AccountLinkingResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AccountLinkingResponse: Schema.Schema<AccountLinkingResponse> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(AccountLinkingType),
  authorizationUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  domains: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  clientId: /*#__PURE__*/ Schema.optional(Schema.String),
  scopes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  accessTokenUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  accessTokenScheme: /*#__PURE__*/ Schema.optional(AccessTokenSchemeType),
  defaultTokenExpirationInSeconds: /*#__PURE__*/ Schema.optional(Schema.Int),
  redirectUrls: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  authorizationUrlsByPlatform: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Array(AccountLinkingPlatformAuthorizationUrl)
  ),
  voiceForwardAccountLinking: /*#__PURE__*/ Schema.optional(VoiceForwardAccountLinkingStatus)
})
