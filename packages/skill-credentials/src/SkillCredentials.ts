/**
 * `SkillCredentials`: a skill's messaging credentials from the SMAPI Skill Credentials API.
 *
 * @since 0.1.0
 */
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Tracer from "effect/Tracer"
import type * as Credentials from "./Credentials.js"
import * as RetryPolicy from "./RetryPolicy.js"
import type * as SkillCredentialsError from "./SkillCredentialsError.js"
import * as Wire from "./Wire.js"

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
export interface Options {
  /** The SMAPI base URL. Default `https://api.amazonalexa.com`. */
  readonly endpoint?: string | undefined
  /** Default `RetryPolicy.defaultPolicy`. */
  readonly retry?: RetryPolicy.RetryPolicy | undefined
  /** Called before each wait between attempts, e.g. to tell a person at a terminal. */
  readonly onRetry?: ((event: RetryPolicy.RetryEvent) => Effect.Effect<void>) | undefined
}

// Effect's default tracer keeps spans nowhere, and making one costs about as much as the rest of
// a call: the span is made when a real tracer (e.g. @effect/opentelemetry) is installed.
let defaultTracer: Tracer.Tracer | undefined
const traced = (name: string, attributes: Record<string, unknown>) => <A, E, R>(self: Effect.Effect<A, E, R>) =>
  Effect.tracerWith((tracer) =>
    tracer === (defaultTracer ??= Effect.runSync(Effect.tracer))
      ? self
      : Effect.withSpan(self, name, { attributes, captureStackTrace: false })
  )

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
  Effect.gen(function*() {
    const endpoint = yield* Endpoint.parseOption("endpoint", options.endpoint ?? Wire.defaultEndpoint)
    const transport = yield* HttpTransport.HttpTransport
    const auth = yield* LwaAuth.LwaAuth
    const policy = options.retry ?? RetryPolicy.defaultPolicy
    const budget = yield* RetryPolicy.makeBudget(policy.budget)
    const onRetry = options.onRetry ?? (() => Effect.void)

    const attemptMillis = Duration.toMillis(policy.attemptTimeout)

    // One try: a token, then one request given what is left of the attempt's time. The transport
    // enforces that timeout itself (a native timer on Node, the Effect clock elsewhere): racing a
    // timer fiber here cost more than the rest of the call. A token refresh that this try waits
    // for is bounded by LwaAuth's own request timeout.
    const exchange = (url: string, attempts: number) =>
      Effect.gen(function*() {
        const start = yield* Clock.currentTimeMillis
        const token = yield* Effect.mapError(auth.token, (error) => Wire.fromLwaError(error, attempts))
        const remaining = attemptMillis - ((yield* Clock.currentTimeMillis) - start)
        if (remaining <= 0) return yield* Effect.fail(Wire.attemptTimedOut(policy.attemptTimeout, attempts))
        const request = yield* Wire.credentialsRequest(url, token, attempts)
        const response = yield* Effect.mapError(
          transport.send({ ...request, timeout: Duration.millis(remaining) }),
          (error) =>
            error.reason === "Timeout"
              ? Wire.attemptTimedOut(policy.attemptTimeout, attempts)
              : Wire.fromTransportError(error, attempts)
        )
        return { token, response } as const
      })

    const decode = (response: HttpTransport.HttpResponse, attempts: number) =>
      Wire.isSuccess(response.status)
        ? Wire.decodeSuccess(response, attempts)
        : Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.fail(Wire.decodeFailure(response, attempts, now)))

    const get = (skillId: string) =>
      Effect.suspend(() => {
        const url = Wire.credentialsUrl(endpoint, skillId)
        if (Either.isLeft(url)) return Effect.fail(url.left)
        let attempts = 0
        let replayed = false
        const attempt = Effect.gen(function*() {
          for (;;) {
            const { response, token } = yield* exchange(url.right, ++attempts)
            if (response.status === 401) {
              // The token was rejected: drop it, and replay once per call with a fresh one.
              yield* auth.invalidate(token)
              if (!replayed) {
                replayed = true
                continue
              }
            }
            return yield* decode(response, attempts)
          }
        })
        return RetryPolicy.retry(attempt, policy, budget, onRetry)
      }).pipe(traced("SkillCredentials.get", { skillId }))

    return SkillCredentials.of({ get })
  })

/**
 * `SkillCredentials` over the `LwaAuth` and `HttpTransport` layers you provide.
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
export const endpointEnv = "ASK_SMAPI_SERVER_BASE_URL"

/**
 * The whole stack from the environment: the endpoint from `ASK_SMAPI_SERVER_BASE_URL`, LWA
 * credentials from the ASK CLI's names (see `LwaAuth.config`), one transport shared by both
 * (the portable fetch transport unless you give another).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: Omit<Options, "endpoint"> & {
    readonly transport?: Layer.Layer<HttpTransport.HttpTransport> | undefined
    readonly lwa?: LwaAuth.CommonOptions | undefined
  } = {}
): Layer.Layer<SkillCredentials, ConfigError.ConfigError> =>
  Layer.unwrapEffect(
    Effect.map(Config.option(Endpoint.config(endpointEnv)), (endpoint) =>
      layer({ ...options, endpoint: Option.getOrUndefined(endpoint) }).pipe(
        Layer.provide(LwaAuth.layerConfig(options.lwa)),
        Layer.provide(options.transport ?? HttpTransport.layerFetch())
      ))
  )

/**
 * The skill's credentials, from the `SkillCredentials` in context.
 *
 * @since 0.1.0
 * @category accessors
 */
export const get = (
  skillId: string
): Effect.Effect<Credentials.Credentials, SkillCredentialsError.SkillCredentialsError, SkillCredentials> =>
  Effect.flatMap(SkillCredentials, (service) => service.get(skillId))
