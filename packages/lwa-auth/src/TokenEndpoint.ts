/**
 * The Login with Amazon token endpoint on the wire: `POST {endpoint}/auth/o2/token` with a
 * properly URL-encoded form, and what every answer means.
 *
 * @since 0.1.0
 */
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import * as Optional from "@smapi-effect/http-transport/Optional"
import type * as TransportError from "@smapi-effect/http-transport/TransportError"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as LwaError from "./LwaError.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const defaultEndpoint = "https://api.amazon.com"

/**
 * @since 0.1.0
 * @category constants
 */
export const path = "/auth/o2/token"

/**
 * LWA's documented token lifetime, assumed when an answer omits `expires_in`.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultLifetime = Duration.hours(1)

/**
 * What to ask for.
 *
 * @since 0.1.0
 * @category models
 */
export type Grant =
  | {
    readonly _tag: "RefreshToken"
    readonly clientId: string
    readonly clientSecret: Redacted.Redacted<string>
    readonly refreshToken: Redacted.Redacted<string>
  }
  | {
    readonly _tag: "ClientCredentials"
    readonly clientId: string
    readonly clientSecret: Redacted.Redacted<string>
    readonly scopes: ReadonlyArray<string>
  }

/**
 * A token as LWA issued it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Token {
  readonly accessToken: Redacted.Redacted<string>
  readonly lifetime: Duration.Duration
  /** A rotated refresh token, to be used from now on. */
  readonly refreshToken: Option.Option<Redacted.Redacted<string>>
}

/**
 * The token request; the form (which holds the secrets) stays `Redacted` to the wire.
 *
 * @since 0.1.0
 * @category request
 */
export const request = (endpoint: string, grant: Grant, userAgent: string): HttpTransport.HttpRequest => {
  const form = new URLSearchParams(
    grant._tag === "RefreshToken"
      ? {
        grant_type: "refresh_token",
        refresh_token: Redacted.value(grant.refreshToken),
        client_id: grant.clientId,
        client_secret: Redacted.value(grant.clientSecret)
      }
      : {
        grant_type: "client_credentials",
        scope: grant.scopes.join(" "),
        client_id: grant.clientId,
        client_secret: Redacted.value(grant.clientSecret)
      }
  )
  return {
    method: "POST",
    url: `${endpoint}${path}`,
    headers: { accept: "application/json", "user-agent": userAgent },
    body: HttpTransport.text(Redacted.make(form.toString()), "application/x-www-form-urlencoded;charset=UTF-8")
  }
}

const AccessToken = Schema.String.pipe(
  Schema.filter((s) => HttpWire.isHeaderSafe(s) && s.length <= 8192, {
    message: () => "an access token of visible ASCII, at most 8192 characters"
  })
)

const TokenResponse = Schema.Struct({
  access_token: Schema.Redacted(AccessToken),
  token_type: Schema.String,
  expires_in: Schema.optional(Schema.Number.pipe(Schema.finite(), Schema.positive())),
  refresh_token: Schema.optional(Schema.Redacted(Schema.NonEmptyString))
})
const decodeToken = Schema.decodeUnknownEither(TokenResponse)

const ErrorResponse = Schema.Struct({
  error: Schema.optional(Schema.String),
  error_description: Schema.optional(Schema.String)
})
const decodeError = Schema.decodeUnknownOption(ErrorResponse)

/**
 * What an answer means: a token, or an `LwaError`. Total: no status or body makes it throw, and
 * no error it makes holds a byte of the body's secrets.
 *
 * @since 0.1.0
 * @category response
 */
export const decodeResponse = (
  response: HttpTransport.HttpResponse,
  now: number
): Either.Either<Token, LwaError.LwaError> => {
  const context = HttpWire.responseContext(response)
  const json = HttpWire.parseJson(response.body)
  if (response.status >= 200 && response.status < 300) {
    const invalid = (why: string) =>
      new LwaError.LwaError({ ...context, reason: "InvalidResponse", description: `unusable token response: ${why}` })
    if (Either.isLeft(json)) return Either.left(invalid(json.left))
    const decoded = decodeToken(json.right)
    if (Either.isLeft(decoded)) {
      // Say which field, never its value: the body holds the token.
      return Either.left(invalid(`missing or invalid ${HttpWire.mismatchPaths(decoded.left).join(", ")}`))
    }
    const body = decoded.right
    if (body.token_type.toLowerCase() !== "bearer") {
      return Either.left(invalid(`token_type is "${HttpWire.printable(body.token_type, 40)}", not "bearer"`))
    }
    return Either.right({
      accessToken: body.access_token,
      lifetime: body.expires_in === undefined ? defaultLifetime : Duration.seconds(body.expires_in),
      refreshToken: Option.fromNullable(body.refresh_token)
    })
  }
  const said = Option.getOrElse(decodeError(Either.getOrUndefined(json)), () => ({} as typeof ErrorResponse.Type))
  const retryAfter = HttpWire.retryAfter(response.headers["retry-after"], now)
  return Either.left(
    new LwaError.LwaError({
      ...context,
      reason: "Rejected",
      ...Optional.field("code", said.error === undefined ? undefined : HttpWire.printable(said.error, 100)),
      description: said.error_description === undefined || HttpWire.printable(said.error_description, 500) === ""
        ? `the token endpoint answered HTTP ${response.status}`
        : HttpWire.printable(said.error_description, 500),
      ...Optional.field("retryAfter", retryAfter)
    })
  )
}

/**
 * No answer from the token endpoint.
 *
 * @since 0.1.0
 * @category response
 */
export const fromTransportError = (error: TransportError.TransportError): LwaError.LwaError =>
  new LwaError.LwaError({ reason: "Transport", code: error.reason, description: error.message })
