/**
 * `SkillCredentials`: a skill's messaging credentials from the SMAPI Skill Credentials API. It is
 * one operation description (`operation`) run by the engine (`SmapiClient`), plus its service
 * and layers.
 *
 * @since 0.1.0
 */
import * as Operation from "@smapi-effect/engine/Operation"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import type * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Credentials from "./Credentials.js"
import type * as SkillCredentialsError from "./SkillCredentialsError.js"

/**
 * `GET /v1/skills/{skillId}/credentials` (`getSkillCredentialsV1`), as the official model
 * describes it: a skill id of 1 to 255 characters, the credentials on 200.
 *
 * @since 0.2.0
 * @category operations
 */
export const operation = Operation.make({
  id: "getSkillCredentialsV1",
  method: "GET",
  path: "/v1/skills/{skillId}/credentials",
  parameters: {
    skillId: Operation.path(Operation.string({ minLength: 1, maxLength: 255 }))
  },
  responses: { 200: Operation.json(Credentials.Credentials) },
  errors: [401, 404, 429, 500, 503]
})

/**
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /**
   * The skill's `{ skillMessagingCredentials: { clientId, clientSecret } }`, the secret
   * `Redacted`, or exactly one of the seven errors.
   */
  readonly get: (
    skillId: string
  ) => Effect.Effect<Credentials.Credentials, SkillCredentialsError.SkillCredentialsError>
}

/**
 * @since 0.1.0
 * @category tags
 */
export class SkillCredentials extends Context.Tag("@smapi-effect/skill-credentials/SkillCredentials")<
  SkillCredentials,
  Service
>() {}

/**
 * @since 0.1.0
 * @category models
 */
export type Options = SmapiClient.Options

const callOptions: SmapiClient.CallOptions = { span: "SkillCredentials.get" }

/**
 * Builds the service over the `LwaAuth` and `HttpTransport` in context. An endpoint that may not
 * receive a token (plain http to another host, userinfo, not a URL) fails here, before any call.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: Options = {}
): Effect.Effect<Service, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport> =>
  Effect.map(SmapiClient.make(options), (client) =>
    SkillCredentials.of({
      get: (skillId) => client.call(operation, { skillId }, callOptions)
    }))

/**
 * `SkillCredentials` over the `LwaAuth` and `HttpTransport` layers you provide.
 *
 * @example
 * ```ts
 * import { HttpTransport } from "@smapi-effect/http-transport"
 * import { LwaAuth } from "@smapi-effect/lwa-auth"
 * import { RetryPolicy, SkillCredentials } from "@smapi-effect/skill-credentials"
 * import { Layer, Redacted } from "effect"
 *
 * const MainLayer = SkillCredentials.layer({ retry: RetryPolicy.make({ maxAttempts: 6 }) }).pipe(
 *   Layer.provide(LwaAuth.layerRefreshToken({
 *     clientId: "amzn1.application-oa2-client.0123456789abcdef",
 *     clientSecret: Redacted.make(process.env.LWA_CLIENT_SECRET!),
 *     refreshToken: Redacted.make(process.env.LWA_REFRESH_TOKEN!)
 *   })),
 *   Layer.provide(HttpTransport.layerFetch())
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<SkillCredentials, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport> =>
  Layer.effect(SkillCredentials, make(options))

/**
 * The environment name of the SMAPI base URL, as the ASK CLI has it.
 *
 * @since 0.1.0
 * @category config
 */
export const endpointEnv = SmapiClient.endpointEnv

/**
 * The whole stack from the environment: the endpoint from `ASK_SMAPI_SERVER_BASE_URL`, LWA
 * credentials from the ASK CLI's names (see `LwaAuth.config`), one transport shared by both
 * (the portable fetch transport unless you give another).
 *
 * @example
 * ```ts
 * import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
 * import { SkillCredentials } from "@smapi-effect/skill-credentials"
 * import { Effect } from "effect"
 *
 * // ASK_REFRESH_TOKEN, ASK_LWA_CLIENT_ID and ASK_LWA_CLIENT_CONFIRMATION (or ASK_ACCESS_TOKEN);
 * // a missing one fails the layer with a ConfigError that names it. Without `transport`, over fetch.
 * const MainLayer = SkillCredentials.layerConfig({ transport: NodeHttpTransport.layer() })
 *
 * const program = SkillCredentials.get("amzn1.ask.skill.00000000-0000-4000-8000-000000000001").pipe(
 *   Effect.provide(MainLayer)
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig: (
  options?: SmapiClient.ConfigOptions
) => Layer.Layer<SkillCredentials, ConfigError.ConfigError> = SmapiClient.layerConfigWith(layer)

/**
 * The skill's credentials, from the `SkillCredentials` in context.
 *
 * @example
 * ```ts
 * import { SkillCredentials } from "@smapi-effect/skill-credentials"
 * import { Console, Effect, Redacted } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const { skillMessagingCredentials } = yield* SkillCredentials.get(
 *     "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"
 *   )
 *   yield* Console.log(skillMessagingCredentials.clientId)
 *   return Redacted.value(skillMessagingCredentials.clientSecret) // only where you need it
 * }).pipe(
 *   Effect.catchTags({
 *     NotFound: (error) => Effect.fail(`no such skill: ${error.message}`),
 *     RateLimited: (error) => Effect.fail(`still rate limited after ${error.attempts} attempts`)
 *   })
 * )
 *
 * // configured from the environment (see `layerConfig`)
 * const main = program.pipe(Effect.provide(SkillCredentials.layerConfig()))
 * ```
 *
 * @since 0.1.0
 * @category accessors
 */
export const get = (
  skillId: string
): Effect.Effect<Credentials.Credentials, SkillCredentialsError.SkillCredentialsError, SkillCredentials> =>
  Effect.flatMap(SkillCredentials, (service) => service.get(skillId))
