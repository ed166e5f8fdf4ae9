import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"

/** Runs `effect` in a fiber while the test clock moves on by `by`, so that back-off sleeps pass. */
export const withTime = <A, E, R>(effect: Effect.Effect<A, E, R>, by: Duration.DurationInput = "5 minutes") =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    yield* TestClock.adjust(by)
    return yield* Fiber.join(fiber)
  })
