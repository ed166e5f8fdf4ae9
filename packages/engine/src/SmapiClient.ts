/**
 * The engine: the pipeline of one SMAPI call, written once for every operation.
 *
 * A call: validate the input and build the target -> one span -> attempts under the retry policy
 * (`RetryPolicy.retry`: `Effect.retry` with a `Schedule`). An attempt: a token (within the
 * attempt's time) -> the request -> send -> decode the success of the status or classify the
 * failure, and count it in the metrics -> on a 401, drop the token and replay once.
 *
 * An operation is a description (`Operation`): `call(operation, input)` runs it.
 *
 * @since 0.2.0
 */
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as Observability from "@smapi-effect/http-transport/Observability"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Effectable from "effect/Effectable"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as FleetConfig from "./FleetConfig.js"
import * as Metrics from "./Metrics.js"
import type * as Operation from "./Operation.js"
import * as RetryPolicy from "./RetryPolicy.js"
import * as SmapiError from "./SmapiError.js"
import * as Wire from "./Wire.js"

/**
 * @since 0.2.0
 * @category models
 */
export interface Service {
  /**
   * Runs one operation: its decoded success, or one of its errors. The input is checked against
   * the operation, not used to infer it, so a literal written inline (`{ stage: "live" }`) fits.
   */
  readonly call: <I, A, E>(
    operation: Operation.Operation<I, A, E>,
    input: NoInfer<I>,
    options?: CallOptions
  ) => Effect.Effect<A, E>
  /** Every page of a paged operation, following its continuation token, as a `Stream`. */
  readonly pages: <I, A, E>(
    operation: Operation.Paginated<I, A, E>,
    input: NoInfer<I>,
    options?: CallOptions
  ) => Stream.Stream<A, E>
}

/**
 * @since 0.2.0
 * @category models
 */
export interface CallOptions {
  /** The span's name, e.g. `SkillCredentials.get`. Default `SmapiClient.<operation id>`. */
  readonly span?: string | undefined
}

/**
 * @since 0.2.0
 * @category tags
 */
export class SmapiClient extends Context.Tag("@smapi-effect/engine/SmapiClient")<SmapiClient, Service>() {}

/**
 * @since 0.2.0
 * @category models
 */
export interface Options {
  /** The SMAPI base URL. Default `https://api.amazonalexa.com`. */
  readonly endpoint?: string | undefined
  /** Default `RetryPolicy.defaultPolicy`. */
  readonly retry?: RetryPolicy.RetryPolicy | undefined
  /** Called before each wait between attempts and before a replay, e.g. to tell a person at a terminal. */
  readonly onRetry?: ((event: RetryPolicy.RetryEvent) => Effect.Effect<void>) | undefined
}

/**
 * Builds the engine over the `LwaAuth` and `HttpTransport` in context. An endpoint that may not
 * receive a token (plain http to another host, userinfo, not a URL) fails here, before any call.
 * The retry budget is shared by every call of the service.
 *
 * @since 0.2.0
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
    const timeout = policy.attemptTimeout
    const timeoutMillis = Duration.toMillis(timeout)

    // The call: validate and build the target, then the attempts under the retry policy, in one
    // span. The tracer and the clock are read from the fiber once, here.
    const call = <I, A>(
      operation: Operation.Operation<I, A, SmapiError.Any>,
      input: I,
      callOptions?: CallOptions
    ): Effect.Effect<A, SmapiError.Any> =>
      Effect.withFiberRuntime<A, SmapiError.Any>((fiber) => {
        const recording = Observability.isRecording(fiber.currentTracer)
        const target = Wire.target(operation, endpoint, input)
        if (Either.isLeft(target)) return traced(recording, operation, callOptions, Effect.fail(target.left), undefined)
        const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
        const attempts = new Attempts(operation, target.right, clock)
        const run = RetryPolicy.retry(attempts, attempts)
        return traced(recording, operation, callOptions, run, attempts)
      })

    // One call's attempts, as an effect: each run of it is one more attempt (a token, one request,
    // and after a 401 one replay with a fresh token). It is also what the retry policy needs of the
    // call, and what the span reports.
    class Attempts<I, A> extends Effectable.Class<A, SmapiError.Any> implements RetryPolicy.Retrying {
      readonly policy = policy
      readonly budget = budget
      /** When the first attempt started: the deadline counts from here. */
      readonly startedAt: number
      /** Attempts started, the replay included: each sends at most one request. */
      count = 0
      /** Whether the last attempt's request left: if not, retrying cannot repeat its work. */
      left = false
      replayed = false
      /** The last HTTP status, for the span. */
      status: number | undefined = undefined
      readonly metrics: Metrics.OperationMetrics

      constructor(
        readonly operation: Operation.Operation<I, A, SmapiError.Any>,
        readonly target: Wire.Target,
        readonly clock: Clock.Clock
      ) {
        super()
        this.metrics = Metrics.forOperation(operation.id)
        this.startedAt = clock.unsafeCurrentTimeMillis()
      }

      commit(): Effect.Effect<A, SmapiError.Any> {
        return this.attempt()
      }

      /** One attempt, now: a token (a fresh cached one is read in place), then one request. */
      attempt(): Effect.Effect<A, SmapiError.Any> {
        const start = this.clock.unsafeCurrentTimeMillis()
        const n = ++this.count
        this.left = false
        const cached = auth.peek?.(start)
        if (cached !== undefined) return this.send(cached, start, timeoutMillis)
        return auth.token.pipe(
          Effect.mapError((error) => Wire.fromLwaError(error, n)),
          Effect.timeoutFail({ duration: timeout, onTimeout: () => Wire.attemptTimedOut(timeout, n) }),
          Effect.flatMap((token) => {
            const now = this.clock.unsafeCurrentTimeMillis()
            return this.send(token, now, timeoutMillis - (now - start))
          })
        )
      }

      /** The request with `token`, handed over at `sentAt`, within what is left of the attempt. */
      send(token: Redacted.Redacted<string>, sentAt: number, remaining: number): Effect.Effect<A, SmapiError.Any> {
        const authorization = Wire.bearer(token)
        if (authorization === undefined) return Effect.fail(Wire.unsendableToken(this.count))
        if (remaining <= 0) return Effect.fail(Wire.attemptTimedOut(timeout, this.count))
        this.left = true
        // the transport enforces the timeout itself: a native timer on Node, the Effect clock elsewhere
        const request = Wire.request(
          this.target,
          authorization,
          remaining === timeoutMillis ? timeout : Duration.millis(remaining)
        )
        return Effect.matchEffect(transport.send(request), {
          onFailure: (error) =>
            this.settled(
              undefined,
              Either.left(Wire.fromTransportError(error, this.count, timeout)),
              this.clock.unsafeCurrentTimeMillis() - sentAt
            ),
          onSuccess: (response) => this.answered(response, token, sentAt)
        })
      }

      /** What the answer means; after a 401, the one replay with a fresh token. */
      answered(
        response: HttpTransport.HttpResponse,
        token: Redacted.Redacted<string>,
        sentAt: number
      ): Effect.Effect<A, SmapiError.Any> {
        this.status = response.status
        const now = this.clock.unsafeCurrentTimeMillis()
        const decoded = Wire.decode(this.operation, response, this.count, now)
        const outcome = this.settled(response.status, decoded, now - sentAt)
        return response.status === 401 && Either.isLeft(outcome) && this.replayable()
          ? this.replay(outcome.left, token)
          : outcome
      }

      /** Counts the request in the metrics, in place: as effects they cost a third of a call. */
      settled(
        status: number | undefined,
        outcome: Either.Either<A, SmapiError.Any>,
        latency: number
      ): Either.Either<A, SmapiError.Any> {
        this.metrics.requests(status, Either.isRight(outcome) ? "success" : outcome.left._tag).unsafeUpdate(1, [])
        this.metrics.latency.unsafeUpdate(latency, [])
        return outcome
      }

      replayable(): boolean {
        return !this.replayed && (policy.maxAttempts === undefined || this.count < policy.maxAttempts)
      }

      /** Drops the rejected token and tries once more: a token can be revoked before it expires. */
      replay(error: SmapiError.Any, rejected: Redacted.Redacted<string>): Effect.Effect<A, SmapiError.Any> {
        this.replayed = true
        return auth.invalidate(rejected).pipe(
          Effect.zipRight(Metric.increment(this.metrics.retries(error._tag))),
          Effect.zipRight(RetryPolicy.announce(onRetry, {
            error: error as SmapiError.SmapiError, // a 401 is Unauthorized
            nextAttempt: this.count + 1,
            maxAttempts: policy.maxAttempts,
            delay: Duration.zero
          })),
          Effect.zipRight(this)
        )
      }

      /** What did no work (nothing left, or a 429) is safe to repeat even when the operation is not. */
      retriable(error: SmapiError.Any): boolean {
        return SmapiError.isRetriable(error, this.target.idempotent || !this.left)
      }

      onRetry(event: RetryPolicy.RetryEvent): Effect.Effect<void> {
        return Effect.zipRight(Metric.increment(this.metrics.retries(event.error._tag)), onRetry(event))
      }
    }

    // One span per call, made only for a tracer that records (see `Observability`).
    const traced = <A>(
      recording: boolean,
      operation: { readonly id: string },
      callOptions: CallOptions | undefined,
      run: Effect.Effect<A, SmapiError.Any>,
      attempts:
        | { readonly count: number; readonly status: number | undefined; readonly target: Wire.Target }
        | undefined
    ): Effect.Effect<A, SmapiError.Any> =>
      recording
        ? Observability.span(
          run,
          callOptions?.span ?? `SmapiClient.${operation.id}`,
          { "smapi.operation": operation.id, ...attempts?.target.pathParameters },
          (exit) => ({
            "smapi.attempts": attempts?.count ?? 0,
            ...(attempts?.status === undefined ? {} : { "http.response.status_code": attempts.status }),
            "smapi.outcome": Exit.isSuccess(exit)
              ? "success"
              : Option.match(Cause.failureOption(exit.cause), { onNone: () => "interrupted", onSome: (e) => e._tag })
          })
        )
        : run

    const pages = <I, A>(
      operation: Operation.Paginated<I, A, SmapiError.Any>,
      input: I,
      callOptions?: CallOptions
    ): Stream.Stream<A, SmapiError.Any> =>
      Stream.suspend(() => {
        // every token handed out so far: a server that hands one back would page forever
        const seen = new Set<string>()
        return Stream.paginateEffect(undefined as string | undefined, (token) =>
          Effect.flatMap(
            call(
              operation,
              token === undefined ? input : { ...input, [operation.pagination.inputToken]: token },
              callOptions
            ),
            (page) => {
              const next = operation.pagination.nextToken(page)
              // a server that hands back the token it was given would page forever
              if (next !== undefined && seen.has(next)) {
                return Effect.fail(
                  new SmapiError.ServerError({
                    code: "PAGINATION_LOOP",
                    message: `${operation.id} answered a continuation token it had already given: paging stopped.`,
                    attempts: 1
                  })
                )
              }
              if (next !== undefined) seen.add(next)
              return Effect.succeed(
                [page, next === undefined || next === "" ? Option.none() : Option.some(next)] as const
              )
            }
          ))
      })

    // a call fails only with the errors its operation declares (`Wire.decode`), as its `E` says
    return SmapiClient.of({ call: call as Service["call"], pages: pages as Service["pages"] })
  })

/**
 * The engine over the `LwaAuth` and `HttpTransport` layers you provide.
 *
 * @since 0.2.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<SmapiClient, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport> =>
  Layer.effect(SmapiClient, make(options))

/**
 * The environment name of the SMAPI base URL, as the ASK CLI has it.
 *
 * @since 0.2.0
 * @category config
 */
export const endpointEnv = "ASK_SMAPI_SERVER_BASE_URL"

/**
 * Options of a layer built from the environment.
 *
 * @since 0.2.0
 * @category models
 */
export interface ConfigOptions extends Omit<Options, "endpoint"> {
  /** The transport shared by SMAPI and LWA calls. Default: the portable fetch transport. */
  readonly transport?: Layer.Layer<HttpTransport.HttpTransport> | undefined
  readonly lwa?: LwaAuth.CommonOptions | undefined
}

/**
 * Turns a layer that needs `LwaAuth` and `HttpTransport` into one built from the environment:
 * the endpoint from `ASK_SMAPI_SERVER_BASE_URL`, LWA credentials from the ASK CLI's names (see
 * `LwaAuth.config`), and one transport shared by both; with `SMAPI_REDIS_URL` or
 * `SMAPI_RATE_LIMIT` set, fleet mode (see `FleetConfig`).
 *
 * @since 0.2.0
 * @category layers
 */
export const layerConfigWith = <S>(
  build: (options: Options) => Layer.Layer<S, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport>
) =>
(options: ConfigOptions = {}): Layer.Layer<S, ConfigError.ConfigError> =>
  Layer.unwrapEffect(
    Effect.map(
      Effect.zip(Config.option(Endpoint.config(endpointEnv)), FleetConfig.layer(options.lwa)),
      ([endpoint, auth]) =>
        build({ retry: options.retry, onRetry: options.onRetry, endpoint: Option.getOrUndefined(endpoint) }).pipe(
          // LwaAuth, and in fleet mode the SMAPI transport too (LWA's requests take the plain one)
          Layer.provide(auth),
          Layer.provide(options.transport ?? HttpTransport.layerFetch())
        )
    )
  )

/**
 * The engine from the environment (see `layerConfigWith`).
 *
 * @since 0.2.0
 * @category layers
 */
export const layerConfig: (options?: ConfigOptions) => Layer.Layer<SmapiClient, ConfigError.ConfigError> =
  layerConfigWith(layer)

/**
 * Runs `operation` on the `SmapiClient` in context.
 *
 * @since 0.2.0
 * @category accessors
 */
export const call = <I, A, E>(
  operation: Operation.Operation<I, A, E>,
  input: NoInfer<I>,
  options?: CallOptions
): Effect.Effect<A, E, SmapiClient> => Effect.flatMap(SmapiClient, (client) => client.call(operation, input, options))

/**
 * Every page of `operation`, from the `SmapiClient` in context.
 *
 * @since 0.2.0
 * @category accessors
 */
export const pages = <I, A, E>(
  operation: Operation.Paginated<I, A, E>,
  input: NoInfer<I>,
  options?: CallOptions
): Stream.Stream<A, E, SmapiClient> =>
  Stream.unwrap(Effect.map(SmapiClient, (client) => client.pages(operation, input, options)))
