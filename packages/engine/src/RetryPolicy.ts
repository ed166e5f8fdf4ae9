/**
 * The retry policy: which failures are retried, how long to wait, and when to give up.
 *
 * The wait between attempts is a `Schedule` over the errors, replaceable by the user. Around any
 * schedule, `retry` enforces what must hold whatever the schedule says: only retriable errors
 * are retried, a wait that would pass the overall deadline fails at once instead, and a retry
 * budget shared by one layer stops retry storms against a service that is down.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as ScheduleInterval from "effect/ScheduleInterval"
import type * as SmapiError from "./SmapiError.js"

/**
 * The back-off of the default schedule. Defaults follow the AWS SDK v3 standard retry strategy.
 *
 * @since 0.1.0
 * @category models
 */
export interface BackoffOptions {
  /** Attempts in all, the first included. Default 4. */
  readonly maxAttempts?: number | undefined
  /** Base of the back-off after a 5xx or a transport failure. Default 100 ms. */
  readonly baseDelay?: Duration.DurationInput | undefined
  /** Base of the back-off after a 429. Default 1 s. */
  readonly rateLimitBaseDelay?: Duration.DurationInput | undefined
  /** Growth per retry. Default 2. */
  readonly factor?: number | undefined
  /** Cap of one back-off sleep. Default 20 s. A longer Retry-After is still honoured. */
  readonly maxDelay?: Duration.DurationInput | undefined
}

/**
 * The back-off as a `Schedule` over the errors of failed attempts. Its output is the wait.
 *
 * Retry n (from 0) waits a uniformly random time in `[0, min(maxDelay, base * factor^n)]` (full
 * jitter). It stops after `maxAttempts`. (The server's Retry-After, when longer, is applied around
 * any schedule by `retry`.)
 *
 * @since 0.1.0
 * @category schedules
 */
export const backoff = (
  options: BackoffOptions = {}
): Schedule.Schedule<Duration.Duration, SmapiError.SmapiError> => {
  const maxAttempts = options.maxAttempts ?? 4
  const base = Duration.toMillis(options.baseDelay ?? Duration.millis(100))
  const rateLimitBase = Duration.toMillis(options.rateLimitBaseDelay ?? Duration.seconds(1))
  const factor = options.factor ?? 2
  const cap = Duration.toMillis(options.maxDelay ?? Duration.seconds(20))
  return Schedule.makeWithState(0, (now, error: SmapiError.SmapiError, retries: number) => {
    if (retries + 1 >= maxAttempts) {
      return Effect.succeed([retries, Duration.zero, ScheduleDecision.done] as const)
    }
    const ceiling = Math.min(cap, (error._tag === "RateLimited" ? rateLimitBase : base) * factor ** retries)
    return Effect.map(Random.next, (r) => {
      const wait = Math.floor(r * ceiling)
      return [retries + 1, Duration.millis(wait), ScheduleDecision.continueWith(ScheduleInterval.after(now + wait))]
    })
  })
}

/**
 * A shared retry budget, as a token bucket: each retry spends tokens, successes pay them back.
 * When it is empty, failures are returned at once instead of retried.
 *
 * @since 0.1.0
 * @category models
 */
export interface BudgetOptions {
  /** Default 500. */
  readonly capacity?: number | undefined
  /** Cost of retrying a 429. Default 5. */
  readonly rateLimitedCost?: number | undefined
  /** Cost of retrying anything else. Default 10. */
  readonly cost?: number | undefined
  /** Paid back by a success at the first attempt. Default 1. */
  readonly successRefund?: number | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface RetryPolicy {
  /** The waits between attempts; it sees every retriable error. */
  readonly schedule: Schedule.Schedule<unknown, SmapiError.SmapiError>
  /** For messages such as "attempt 2 of 4"; `undefined` when the schedule alone decides. */
  readonly maxAttempts: number | undefined
  /** Each attempt's own timeout. */
  readonly attemptTimeout: Duration.Duration
  /** No wait is started that would end after this time from the first attempt. */
  readonly deadline: Duration.Duration
  /** The shared budget, or `false` for none. */
  readonly budget: BudgetOptions | false
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options extends BackoffOptions {
  /** Replaces the default back-off; `maxAttempts` and the delay options are then ignored. */
  readonly schedule?: Schedule.Schedule<unknown, SmapiError.SmapiError> | undefined
  /** Default 10 s. */
  readonly attemptTimeout?: Duration.DurationInput | undefined
  /** Default 30 s. */
  readonly deadline?: Duration.DurationInput | undefined
  /** Default: 500 tokens, 5 per retried 429, 10 per other retry. `false` turns it off. */
  readonly budget?: BudgetOptions | false | undefined
}

/**
 * A policy: the defaults, with any of them replaced.
 *
 * @example
 * ```ts
 * import { RetryPolicy, SkillCredentials } from "@smapi-effect/skill-credentials"
 * import { Schedule } from "effect"
 *
 * // more patient than the default: 6 attempts of at most 5 s each, within 1 minute
 * const patient = RetryPolicy.make({ maxAttempts: 6, attemptTimeout: "5 seconds", deadline: "1 minute" })
 *
 * // waits of your own: every 500 ms, still at most 3 attempts
 * const steady = RetryPolicy.make({ schedule: Schedule.spaced("500 millis"), maxAttempts: 3 })
 *
 * const layer = SkillCredentials.layer({ retry: steady })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): RetryPolicy => ({
  schedule: options.schedule ?? backoff(options),
  // with a schedule of the user's, an explicit maxAttempts still caps the requests sent
  maxAttempts: options.maxAttempts ?? (options.schedule === undefined ? 4 : undefined),
  attemptTimeout: Duration.decode(options.attemptTimeout ?? Duration.seconds(10)),
  deadline: Duration.decode(options.deadline ?? Duration.seconds(30)),
  budget: options.budget ?? {}
})

/**
 * 4 attempts, full-jitter exponential back-off from 100 ms (1 s after a 429) capped at 20 s,
 * Retry-After honoured, 10 s per attempt, 30 s overall, a budget of 500.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultPolicy: RetryPolicy = make()

/**
 * No retries at all: one attempt, still with its timeout.
 *
 * @since 0.1.0
 * @category constants
 */
export const none: RetryPolicy = make({ maxAttempts: 1, budget: false })

/**
 * The token bucket of one layer.
 *
 * @since 0.1.0
 * @category models
 */
export interface Budget {
  /** Takes the cost of retrying `error`; false when the bucket cannot pay it. */
  readonly acquire: (error: SmapiError.SmapiError) => Effect.Effect<number | false>
  /** A call succeeded after spending `spent` on its last retry (0 when it did not retry). */
  readonly release: (spent: number) => Effect.Effect<void>
  /**
   * `release`, done at once, for a caller already running inside an effect. Optional, so that a
   * budget written by hand still fits; `makeBudget`'s has it.
   */
  readonly unsafeRelease?: ((spent: number) => void) | undefined
  readonly available: Effect.Effect<number>
}

/**
 * A fresh budget for `options` (unlimited when `false`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeBudget = (
  options: BudgetOptions | false
): Effect.Effect<Budget & { readonly unsafeRelease: (spent: number) => void }> =>
  Effect.sync(() => {
    // a plain number, so that a success can pay back in place (`unsafeRelease`)
    let tokens = options === false ? Infinity : options.capacity ?? 500
    const available = Effect.sync(() => tokens)
    if (options === false) {
      return { acquire: () => Effect.succeed(0), release: () => Effect.void, unsafeRelease: () => {}, available }
    }
    const capacity = tokens
    const refund = options.successRefund ?? 1
    const unsafeRelease = (spent: number) => {
      tokens = Math.min(capacity, tokens + (spent > 0 ? spent : refund))
    }
    return {
      acquire: (error) =>
        Effect.sync(() => {
          const cost = error._tag === "RateLimited" ? options.rateLimitedCost ?? 5 : options.cost ?? 10
          if (tokens < cost) return false
          tokens -= cost
          return cost
        }),
      release: (spent) => Effect.sync(() => unsafeRelease(spent)),
      unsafeRelease,
      available
    }
  })

/**
 * Said before each wait, and before the replay after a 401 (with no wait).
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryEvent {
  readonly error: SmapiError.SmapiError
  /** The attempt that is about to start (2 for the first retry): requests sent so far, plus one. */
  readonly nextAttempt: number
  readonly maxAttempts: number | undefined
  readonly delay: Duration.Duration
}

/**
 * What `retry` needs of one call.
 *
 * @since 0.2.0
 * @category models
 */
export interface Retrying {
  readonly policy: RetryPolicy
  readonly budget: Budget
  readonly onRetry: (event: RetryEvent) => Effect.Effect<void>
  /** Whether `error` may be retried for this call (see `SmapiError.isRetriable`). */
  readonly retriable: (error: SmapiError.Any) => boolean
  /** When the call's first attempt started, in `Clock` milliseconds: the deadline counts from here. */
  readonly startedAt: number
}

/**
 * The schedule that drives `Effect.retry` for one call, over retriable errors: the policy's
 * waits, at least the server's Retry-After, and a gate that lets a retry happen only when an
 * attempt is left (counted by the error's `attempts`), the wait ends before the deadline and the
 * shared budget can pay for it. The gate is the last step, so tokens are taken only for a retry
 * that will happen; it says each wait to `onRetry`. `spent` hears what the last retry cost.
 *
 * @since 0.2.0
 * @category schedules
 */
export const driver = (
  retrying: Retrying,
  deadline: number,
  spent: (cost: number) => void
): Schedule.Schedule<Duration.Duration, SmapiError.SmapiError> => {
  const { budget, policy } = retrying
  const onRetry = (event: RetryEvent) => retrying.onRetry(event)
  return Schedule.intersect(policy.schedule, Schedule.identity<SmapiError.SmapiError>()).pipe(
    Schedule.modifyDelay(([, error], delay) =>
      error.retryAfter !== undefined && Duration.greaterThan(error.retryAfter, delay) ? error.retryAfter : delay
    ),
    Schedule.delays,
    Schedule.checkEffect((error, delay) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => {
        if (policy.maxAttempts !== undefined && error.attempts >= policy.maxAttempts) return Effect.succeed(false)
        if (now + Duration.toMillis(delay) > deadline) return Effect.succeed(false)
        return Effect.flatMap(budget.acquire(error), (cost) => {
          if (cost === false) return Effect.succeed(false)
          spent(cost)
          return Effect.as(
            announce(onRetry, { error, nextAttempt: error.attempts + 1, maxAttempts: policy.maxAttempts, delay }),
            true
          )
        })
      })
    )
  )
}

/**
 * Says a retry (or a replay) at Debug level and to `onRetry`.
 *
 * @since 0.2.0
 * @category combinators
 */
export const announce = (onRetry: (event: RetryEvent) => Effect.Effect<void>, event: RetryEvent) =>
  Effect.zipRight(
    Effect.logDebug("retrying").pipe(
      Effect.annotateLogs({
        error: event.error._tag,
        status: event.error.status,
        nextAttempt: event.nextAttempt,
        waitMillis: Duration.toMillis(event.delay)
      })
    ),
    onRetry(event)
  )

/**
 * Runs `attempt`, and again with `Effect.retry` and the call's `driver` while it fails with a
 * retriable error, until it succeeds, fails with an error that is not retried, or the policy,
 * the attempts left, the deadline or the budget says stop; then fails with the last error as it
 * is. A success pays the budget back: the refund after a first-attempt success, what the last
 * retry cost after retries. Interruption during a wait stops at once: the wait is the driver's
 * `Clock` sleep.
 *
 * @since 0.1.0
 * @category combinators
 */
export const retry = <A, E extends SmapiError.Any, R>(
  attempt: Effect.Effect<A, E, R>,
  retrying: Retrying
): Effect.Effect<A, E, R> =>
  Effect.matchEffect(attempt, {
    onFailure: (first) => retrying.retriable(first) ? retryAfter(first, attempt, retrying) : Effect.fail(first),
    onSuccess: (value) => paidBack(retrying.budget, 0, value)
  })

// In place when the budget can: the success path stays one step shorter.
const paidBack = <A>(budget: Budget, spent: number, value: A): Effect.Effect<A> => {
  if (budget.unsafeRelease === undefined) return Effect.as(budget.release(spent), value)
  budget.unsafeRelease(spent)
  return Effect.succeed(value)
}

// Errors that are not retried leave `Effect.retry` as values: the schedule sees only retriable ones.
const retryAfter = <A, E extends SmapiError.Any, R>(
  first: E,
  attempt: Effect.Effect<A, E, R>,
  retrying: Retrying
): Effect.Effect<A, E, R> => {
  let spent = 0
  let pending: E | undefined = first
  const schedule = driver(retrying, retrying.startedAt + Duration.toMillis(retrying.policy.deadline), (cost) => {
    spent = cost
  })
  const again: Effect.Effect<Either.Either<A, E>, SmapiError.SmapiError, R> = Effect.suspend(() => {
    const error = pending
    pending = undefined
    return Effect.matchEffect(error === undefined ? attempt : Effect.fail(error), {
      onFailure: (e) =>
        retrying.retriable(e) ? Effect.fail(e as SmapiError.SmapiError) : Effect.succeed(Either.left(e)),
      onSuccess: (value) => Effect.succeed(Either.right(value))
    })
  })
  return Effect.flatMap(
    Effect.retry(again, schedule) as Effect.Effect<Either.Either<A, E>, E, R>,
    (result) => Either.isRight(result) ? paidBack(retrying.budget, spent, result.right) : Effect.fail(result.left)
  )
}
