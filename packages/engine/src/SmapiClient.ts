/**
 * The engine: the pipeline of one SMAPI call, written once for every operation.
 *
 * validate input -> token (within the attempt's time) -> request -> send -> on a 401, drop the
 * token, refresh and replay once -> decode the success of the status -> classify a failure ->
 * retry by the policy (`Effect.retry` with a `Schedule`) -> one span and the metrics.
 *
 * An operation is a description (`Operation`): `call(operation, input)` runs it.
 *
 * @since 0.2.0
 */
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as Observability from "@smapi-effect/http-transport/Observability"
import type * as TransportError from "@smapi-effect/http-transport/TransportError"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
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
  /** Runs one operation: its decoded success, or one of the errors. */
  readonly call: <I, A>(
    operation: Operation.Operation<I, A>,
    input: I,
    options?: CallOptions
  ) => Effect.Effect<A, SmapiError.SmapiError>
  /** Every page of a paged operation, following its continuation token, as a `Stream`. */
  readonly pages: <I, A>(
    operation: Operation.Paginated<I, A>,
    input: I,
    options?: CallOptions
  ) => Stream.Stream<A, SmapiError.SmapiError>
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

// One call: what it runs, and what it knows of its attempts so far.
interface Call<I, A> {
  readonly operation: Operation.Operation<I, A>
  readonly target: Wire.Target
  readonly metrics: Metrics.OperationMetrics
  /** Requests sent, or tried: every attempt counts, the replay included. */
  sent: number
  /** Whether the last attempt's request left: if not, retrying cannot repeat its work. */
  left: boolean
  /** The token SMAPI rejected in the last attempt (a 401). */
  rejected: Redacted.Redacted<string> | undefined
  replayed: boolean
  /** Whether the retry policy has taken over (the first attempt, and its replay, failed). */
  retrying: boolean
  /** The last HTTP status, for the span. */
  status: number | undefined
  /** The current attempt's clock, token and the time its request was handed over. */
  clock: Clock.Clock
  token: Redacted.Redacted<string> | undefined
  sentAt: number
  /** When the first attempt started: the deadline counts from here. */
  startedAt: number
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

    // The token within the attempt's time, and the time left for the request. A fresh cached token
    // needs no timer: racing one costs more than the rest of the call.
    const waitForToken = (clock: Clock.Clock, n: number, start: number) =>
      auth.token.pipe(
        Effect.mapError((error) => Wire.fromLwaError(error, n)),
        Effect.timeoutFail({ duration: timeout, onTimeout: () => Wire.attemptTimedOut(timeout, n) }),
        Effect.map((token) => {
          const now = clock.unsafeCurrentTimeMillis()
          return [token, now, timeoutMillis - (now - start)] as const
        })
      )

    // What the answer to the current attempt (`call.sent`), or the failure to get one, means; and
    // its metrics. Metrics are updated in place (as effects they were a third of the engine's
    // cost), and a success that needed no retry pays the shared budget back here, where it needs
    // no effect of its own.
    const settle = <I, A>(
      call: Call<I, A>,
      response: HttpTransport.HttpResponse | undefined,
      error: TransportError.TransportError | undefined
    ): Either.Either<A, SmapiError.SmapiError> => {
      const end = call.clock.unsafeCurrentTimeMillis()
      const outcome = response === undefined
        ? Either.left(Wire.fromTransportError(error!, call.sent, timeout))
        : Wire.decode(call.operation, response, call.sent, end)
      if (response !== undefined) {
        call.status = response.status
        if (response.status === 401) call.rejected = call.token
      }
      const succeeded = Either.isRight(outcome)
      call.metrics.requests(response?.status, succeeded ? "success" : outcome.left._tag).unsafeUpdate(1, [])
      call.metrics.latency.unsafeUpdate(end - call.sentAt, [])
      if (succeeded && !call.retrying) budget.unsafeRelease(0)
      return outcome
    }

    // One request with `token`, handed over at `sentAt`, given what is left of the attempt's time.
    // The transport enforces that timeout itself (a native timer on Node, the Effect clock
    // elsewhere).
    const send = <I, A>(
      call: Call<I, A>,
      token: Redacted.Redacted<string>,
      sentAt: number,
      remaining: number
    ): Effect.Effect<A, SmapiError.SmapiError> => {
      const authorization = Wire.bearer(token)
      if (authorization === undefined) return Effect.fail(Wire.unsendableToken(call.sent))
      if (remaining <= 0) return Effect.fail(Wire.attemptTimedOut(timeout, call.sent))
      call.left = true
      call.token = token
      call.sentAt = sentAt
      const request = Wire.request(
        call.target,
        authorization,
        remaining === timeoutMillis ? timeout : Duration.millis(remaining)
      )
      return Effect.matchEffect(transport.send(request), {
        onFailure: (error) => settle(call, undefined, error),
        onSuccess: (response) => settle(call, response, undefined)
      })
    }

    // One attempt, now, on `clock`: a token, then one request. The clock is read in place and a
    // fresh cached token is a synchronous read, so that an attempt that goes straight to the wire
    // costs one effect before the request: each effect step saved here is paid on every call.
    const attemptWith = <I, A>(call: Call<I, A>, clock: Clock.Clock): Effect.Effect<A, SmapiError.SmapiError> => {
      const start = clock.unsafeCurrentTimeMillis()
      if (call.sent === 0) call.startedAt = start
      const n = ++call.sent
      call.clock = clock
      call.left = false
      call.rejected = undefined
      // a guard, not a call: an LwaAuth written in JavaScript may still hold an older shape
      const cached = typeof auth.peek === "function" ? auth.peek(start) : undefined
      return cached !== undefined
        ? send(call, cached, start, timeoutMillis)
        : Effect.flatMap(
          waitForToken(clock, n, start),
          ([token, sentAt, remaining]) => send(call, token, sentAt, remaining)
        )
    }

    const attempt = <I, A>(call: Call<I, A>) => Effect.clockWith((clock) => attemptWith(call, clock))

    const attemptsLeft = <I, A>(call: Call<I, A>) => policy.maxAttempts === undefined || call.sent < policy.maxAttempts

    // After a 401: drop the rejected token, and replay once per call with a fresh one.
    const replayable = <I, A>(call: Call<I, A>, error: SmapiError.SmapiError) =>
      error._tag === "Unauthorized" && call.rejected !== undefined && !call.replayed && attemptsLeft(call)

    const replay = <I, A>(call: Call<I, A>, error: SmapiError.SmapiError) => {
      call.replayed = true
      return auth.invalidate(call.rejected!).pipe(
        Effect.zipRight(Metric.increment(call.metrics.retries(error._tag))),
        Effect.zipRight(RetryPolicy.announce(onRetry, {
          error,
          nextAttempt: call.sent + 1,
          maxAttempts: policy.maxAttempts,
          delay: Duration.zero
        })),
        Effect.zipRight(attempt(call))
      )
    }

    const replaying = <I, A>(call: Call<I, A>, self: Effect.Effect<A, SmapiError.SmapiError>) =>
      Effect.catchIf(self, (error) => replayable(call, error), (error) => replay(call, error))

    // The first attempt (and its replay) failed: the retry policy decides what happens next.
    const afterFirst = <I, A>(
      call: Call<I, A>,
      first: SmapiError.SmapiError
    ): Effect.Effect<A, SmapiError.SmapiError> => {
      // what did no work (nothing left, or a 429) is safe to repeat even when the operation is not
      const retriable = (error: SmapiError.SmapiError) =>
        SmapiError.isRetriable(error, call.operation.idempotent || !call.left)
      if (!retriable(first)) return Effect.fail(first)
      call.retrying = true
      return RetryPolicy.retryFrom(first, replaying(call, attempt(call)), {
        policy,
        budget,
        onRetry: (event) => Effect.zipRight(Metric.increment(call.metrics.retries(event.error._tag)), onRetry(event)),
        retriable,
        attempts: () => call.sent,
        startedAt: () => call.startedAt
      })
    }

    const spanAttributes = <I, A>(operation: Operation.Operation<I, A>, target: Wire.Target | undefined) => ({
      "smapi.operation": operation.id,
      ...(target === undefined ? {} : target.pathParameters)
    })
    const spanEnd = (call: { readonly sent: number; readonly status: number | undefined }) =>
    <A>(
      exit: Exit.Exit<A, SmapiError.SmapiError>
    ) => ({
      "smapi.attempts": call.sent,
      ...(call.status === undefined ? {} : { "http.response.status_code": call.status }),
      "smapi.outcome": Exit.isSuccess(exit)
        ? "success"
        : Option.match(Cause.failureOption(exit.cause), { onNone: () => "interrupted", onSome: (e) => e._tag })
    })

    // The tracer and the clock are read from the fiber once, in the call's one entry step; a span
    // is made only for a tracer that records (see `Observability`).
    const call = <I, A>(
      operation: Operation.Operation<I, A>,
      input: I,
      callOptions?: CallOptions
    ): Effect.Effect<A, SmapiError.SmapiError> =>
      Effect.withFiberRuntime<A, SmapiError.SmapiError>((fiber) => {
        const recording = Observability.isRecording(fiber.currentTracer)
        const target = Wire.target(operation, endpoint, input)
        if (Either.isLeft(target)) {
          const failed = Effect.fail(target.left)
          return recording
            ? Observability.span(
              failed,
              callOptions?.span ?? `SmapiClient.${operation.id}`,
              spanAttributes(operation, undefined),
              spanEnd({ sent: 0, status: undefined })
            )
            : failed
        }
        const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
        const call: Call<I, A> = {
          operation,
          target: target.right,
          metrics: Metrics.forOperation(operation.id),
          sent: 0,
          left: false,
          rejected: undefined,
          replayed: false,
          retrying: false,
          status: undefined,
          startedAt: 0,
          clock,
          token: undefined,
          sentAt: 0
        }
        // one step catches the first attempt's failure: a replay after a 401, or the retry policy
        const run = () =>
          Effect.catchAll(attemptWith(call, clock), (error) =>
            replayable(call, error)
              ? Effect.catchAll(replay(call, error), (first) => afterFirst(call, first))
              : afterFirst(call, error))
        return recording
          ? Observability.span(
            Effect.suspend(run),
            callOptions?.span ?? `SmapiClient.${operation.id}`,
            spanAttributes(operation, target.right),
            spanEnd(call)
          )
          : run()
      })

    const pages = <I, A>(
      operation: Operation.Paginated<I, A>,
      input: I,
      callOptions?: CallOptions
    ): Stream.Stream<A, SmapiError.SmapiError> =>
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

    return SmapiClient.of({ call, pages })
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
export const call = <I, A>(
  operation: Operation.Operation<I, A>,
  input: I,
  options?: CallOptions
): Effect.Effect<A, SmapiError.SmapiError, SmapiClient> =>
  Effect.flatMap(SmapiClient, (client) => client.call(operation, input, options))

/**
 * Every page of `operation`, from the `SmapiClient` in context.
 *
 * @since 0.2.0
 * @category accessors
 */
export const pages = <I, A>(
  operation: Operation.Paginated<I, A>,
  input: I,
  options?: CallOptions
): Stream.Stream<A, SmapiError.SmapiError, SmapiClient> =>
  Stream.unwrap(Effect.map(SmapiClient, (client) => client.pages(operation, input, options)))
