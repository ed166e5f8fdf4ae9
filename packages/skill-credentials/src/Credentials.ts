/**
 * What the Skill Credentials API answers, decoded: the secret is `Redacted` from the moment it
 * is decoded.
 *
 * @since 0.1.0
 */
import * as Operation from "@smapi-effect/engine/Operation"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"

/**
 * @since 0.1.0
 * @category schemas
 */
export const SkillMessagingCredentials = Schema.Struct({
  clientId: Schema.NonEmptyString,
  clientSecret: Operation.redacted(Schema.NonEmptyString)
})

/**
 * The response body of `GET /v1/skills/{skillId}/credentials`. Extra fields are ignored.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Credentials = Schema.Struct({
  skillMessagingCredentials: SkillMessagingCredentials
})

/**
 * @since 0.1.0
 * @category models
 */
export type Credentials = typeof Credentials.Type

/**
 * The API's own JSON shape, with the secret shown only when `reveal` is true.
 *
 * @since 0.1.0
 * @category encoding
 */
export const toJson = (credentials: Credentials, options: { readonly reveal: boolean }) => ({
  skillMessagingCredentials: {
    clientId: credentials.skillMessagingCredentials.clientId,
    clientSecret: options.reveal ? Redacted.value(credentials.skillMessagingCredentials.clientSecret) : "<redacted>"
  }
})
