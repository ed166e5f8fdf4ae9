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
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import * as ScheduleDecision from "effect/ScheduleDecision"
import * as ScheduleInterval from "effect/ScheduleInterval"
import * as ScheduleIntervals from "effect/ScheduleIntervals"
import * as SkillCredentialsError from "./SkillCredentialsError.js"

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
 * jitter), or the server's Retry-After when that is longer. It stops after `maxAttempts`.
 *
 * @since 0.1.0
 * @category schedules
 */
export const backoff = (
  options: BackoffOptions = {}
): Schedule.Schedule<Duration.Duration, SkillCredentialsError.SkillCredentialsError> => {
  const maxAttempts = options.maxAttempts ?? 4
  const base = Duration.toMillis(options.baseDelay ?? Duration.millis(100))
  const rateLimitBase = Duration.toMillis(options.rateLimitBaseDelay ?? Duration.seconds(1))
  const factor = options.factor ?? 2
  const cap = Duration.toMillis(options.maxDelay ?? Duration.seconds(20))
  return Schedule.makeWithState(0, (now, error: SkillCredentialsError.SkillCredentialsError, retries: number) => {
    if (retries + 1 >= maxAttempts) {
      return Effect.succeed([retries, Duration.zero, ScheduleDecision.done] as const)
    }
    const ceiling = Math.min(cap, (error._tag === "RateLimited" ? rateLimitBase : base) * factor ** retries)
    return Effect.map(Random.next, (r) => {
      const hint = error.retryAfter === undefined ? 0 : Duration.toMillis(error.retryAfter)
      const wait = Math.max(Math.floor(r * ceiling), hint)
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
  readonly schedule: Schedule.Schedule<unknown, SkillCredentialsError.SkillCredentialsError>
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
  readonly schedule?: Schedule.Schedule<unknown, SkillCredentialsError.SkillCredentialsError> | undefined
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
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): RetryPolicy => ({
  schedule: options.schedule ?? backoff(options),
  maxAttempts: options.schedule === undefined ? options.maxAttempts ?? 4 : undefined,
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
  readonly acquire: (error: SkillCredentialsError.SkillCredentialsError) => Effect.Effect<number | false>
  /** A call succeeded after spending `spent` on its last retry (0 when it did not retry). */
  readonly release: (spent: number) => Effect.Effect<void>
  readonly available: Effect.Effect<number>
}

/**
 * A fresh budget for `options` (unlimited when `false`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeBudget = (options: BudgetOptions | false): Effect.Effect<Budget> => {
  const capacity = options === false ? Infinity : options.capacity ?? 500
  return Effect.map(Ref.make(capacity), (tokens): Budget => {
    if (options === false) {
      return { acquire: () => Effect.succeed(0), release: () => Effect.void, available: Ref.get(tokens) }
    }
    const refund = options.successRefund ?? 1
    return {
      acquire: (error) => {
        const cost = error._tag === "RateLimited" ? options.rateLimitedCost ?? 5 : options.cost ?? 10
        return Ref.modify(tokens, (n): readonly [number | false, number] => n >= cost ? [cost, n - cost] : [false, n])
      },
      release: (spent) => Ref.update(tokens, (n) => Math.min(capacity, n + (spent > 0 ? spent : refund))),
      available: Ref.get(tokens)
    }
  })
}

/**
 * Said before each wait.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryEvent {
  readonly error: SkillCredentialsError.SkillCredentialsError
  /** The attempt that is about to start (2 for the first retry). */
  readonly nextAttempt: number
  readonly maxAttempts: number | undefined
  readonly delay: Duration.Duration
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not retried, or the policy,
 * the deadline or the budget says stop; then fails with the last error as it is.
 *
 * @since 0.1.0
 * @category combinators
 */
export const retry = <A, R>(
  attempt: Effect.Effect<A, SkillCredentialsError.SkillCredentialsError, R>,
  policy: RetryPolicy,
  budget: Budget,
  onRetry: (event: RetryEvent) => Effect.Effect<void>
): Effect.Effect<A, SkillCredentialsError.SkillCredentialsError, R> =>
  Effect.flatMap(Clock.currentTimeMillis, (start) =>
    Effect.matchEffect(attempt, {
      // the common case: one attempt, a success
      onSuccess: (value) => Effect.as(budget.release(0), value),
      onFailure: (error) =>
        retrying(error, start + Duration.toMillis(policy.deadline), attempt, policy, budget, onRetry)
    }))

const retrying = <A, R>(
  first: SkillCredentialsError.SkillCredentialsError,
  deadline: number,
  attempt: Effect.Effect<A, SkillCredentialsError.SkillCredentialsError, R>,
  policy: RetryPolicy,
  budget: Budget,
  onRetry: (event: RetryEvent) => Effect.Effect<void>
): Effect.Effect<A, SkillCredentialsError.SkillCredentialsError, R> =>
  Effect.gen(function*() {
    let error = first
    let state = policy.schedule.initial
    for (let attempts = 1;; attempts++) {
      if (!SkillCredentialsError.isRetriable(error)) return yield* Effect.fail(error)
      const now = yield* Clock.currentTimeMillis
      const [next, , decision] = yield* policy.schedule.step(now, error, state)
      if (ScheduleDecision.isDone(decision)) return yield* Effect.fail(error)
      const wait = Math.max(0, ScheduleIntervals.start(decision.intervals) - now)
      if (now + wait > deadline) return yield* Effect.fail(error)
      const cost = yield* budget.acquire(error)
      if (cost === false) return yield* Effect.fail(error)
      state = next
      const event: RetryEvent = {
        error,
        nextAttempt: attempts + 1,
        maxAttempts: policy.maxAttempts,
        delay: Duration.millis(wait)
      }
      yield* Effect.logDebug("retrying").pipe(
        Effect.annotateLogs({ error: error._tag, status: error.status, nextAttempt: attempts + 1, waitMillis: wait })
      )
      yield* onRetry(event)
      yield* Effect.sleep(event.delay)
      // a defect or an interruption is not ours to retry: Effect.either lets them through
      const result = yield* Effect.either(attempt)
      if (Either.isRight(result)) {
        yield* budget.release(cost)
        return result.right
      }
      error = result.left
    }
  })
