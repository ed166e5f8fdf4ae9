/**
 * The wait between attempts is an Effect `Schedule`, so any schedule can replace the default:
 * here five retries, 50 ms apart growing by 1.5, jittered. Deadline, per-attempt timeout and
 * the shared budget still apply, and only retriable errors are retried.
 *
 *   npx pnpm@10 -s example custom-retry
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Emulated from "./lib/emulated.js"

const myRetry = RetryPolicy.make({
  schedule: Schedule.exponential("50 millis", 1.5).pipe(Schedule.jittered, Schedule.intersect(Schedule.recurs(5))),
  attemptTimeout: "2 seconds",
  deadline: "10 seconds"
})

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.make()
  // Three failures of different kinds, then the real answer.
  yield* emulator.inject("credentials", Fault.status(503), Fault.status(500), Fault.dropBeforeHeaders)
  const layer = SkillCredentials.layer({
    endpoint: emulator.url,
    retry: myRetry,
    onRetry: ({ delay, error, nextAttempt }) =>
      Console.log(
        `  ${error._tag} (${error.status ?? error.code}): attempt ${nextAttempt} in ${
          Math.round(Duration.toMillis(delay))
        } ms`
      )
  }).pipe(
    Layer.provide(Emulated.lwa(emulator))
  )
  yield* Console.log("getting credentials through three injected faults:")
  const credentials = yield* SkillCredentials.get(Emulator.demo.skillId).pipe(Effect.provide(layer))
  yield* Console.log(
    `got clientId ${credentials.skillMessagingCredentials.clientId} after ${yield* emulator.count(
      "credentials"
    )} attempts`
  )
}).pipe(Effect.scoped)

Effect.runPromise(program).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
