import { assert, describe, it } from "@effect/vitest"
import * as Metrics from "@smapi-effect/engine/Metrics"
import * as RetryPolicy from "@smapi-effect/engine/RetryPolicy"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as LwaError from "@smapi-effect/lwa-auth/LwaError"
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FastCheck from "effect/FastCheck"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as Random from "effect/Random"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/TestClock"
import * as Experimental from "./fixtures.js"
import { accessToken, error, layer, withTime } from "./harness.js"

const skillId = "amzn1.ask.skill.1"
const deleted = TestHttpTransport.respond(204)
const call = SmapiClient.call(Experimental.deleteSkill, { skillId })

/** An LwaAuth that hands out `tokens` in turn and counts refreshes; `invalidate` moves to the next. */
const rotating = (tokens: ReadonlyArray<string>) => {
  let index = 0
  const invalidated: Array<string> = []
  const auth = Layer.succeed(LwaAuth.LwaAuth, {
    token: Effect.sync(() => Redacted.make(tokens[Math.min(index, tokens.length - 1)]!)),
    invalidate: (token) =>
      Effect.sync(() => {
        invalidated.push(Redacted.value(token))
        index++
      })
  })
  return { auth, invalidated }
}

describe("honest attempts: every request sent is an attempt, the 401 replay included", () => {
  it.effect("401, 503, 503, 503, 503 with maxAttempts 4: Unavailable after 4 requests, attempts 4", () =>
    Effect.gen(function*() {
      const events: Array<string> = []
      const failure = yield* withTime(Effect.flip(
        SmapiClient.call(Experimental.deleteSkill, { skillId }).pipe(
          Effect.provide(layer([error(401), error(503), error(503), error(503), error(503)], {
            auth: rotating(["Atza|one", "Atza|two"]).auth,
            retry: RetryPolicy.make({ maxAttempts: 4 }),
            onRetry: (e) =>
              Effect.sync(() => events.push(`${e.error.status} -> attempt ${e.nextAttempt} of ${e.maxAttempts}`))
          }))
        )
      ))
      assert.strictEqual(failure._tag, "Unavailable")
      assert.strictEqual(failure.attempts, 4)
      assert.deepStrictEqual(events, ["401 -> attempt 2 of 4", "503 -> attempt 3 of 4", "503 -> attempt 4 of 4"])
    }))

  it.effect("the same, counted at the transport: exactly 4 requests, the replay with a fresh token", () =>
    Effect.gen(function*() {
      yield* withTime(Effect.flip(call))
      const requests = yield* TestHttpTransport.requests
      assert.strictEqual(requests.length, 4)
      assert.deepStrictEqual(
        requests.map((r) => Redacted.value(r.headers.authorization as Redacted.Redacted<string>)),
        ["Bearer Atza|one", "Bearer Atza|two", "Bearer Atza|two", "Bearer Atza|two"]
      )
    }).pipe(Effect.provide(layer([error(401), error(503), error(503), error(503), error(503)], {
      auth: rotating(["Atza|one", "Atza|two"]).auth
    }))))

  it.effect("with maxAttempts 1, a 401 is Unauthorized after 1 request: no replay past the limit", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(call)
      assert.strictEqual(failure._tag, "Unauthorized")
      assert.strictEqual(failure.attempts, 1)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 1)
    }).pipe(Effect.provide(layer([error(401), deleted], { retry: RetryPolicy.make({ maxAttempts: 1 }) }))))

  it.effect("a replay that succeeds: 2 requests, the rejected token dropped", () =>
    Effect.gen(function*() {
      yield* call
      assert.strictEqual((yield* TestHttpTransport.requests).length, 2)
    }).pipe(Effect.provide(layer([error(401), deleted], { auth: rotating(["Atza|one", "Atza|two"]).auth }))))

  it.effect("whatever the script, requests sent never pass maxAttempts and attempts equals them", () =>
    Effect.gen(function*() {
      for (const maxAttempts of [1, 2, 3, 5]) {
        const script = [error(401), error(429), error(503), error(500), error(502), error(504), error(503)]
        const [failure, sent] = yield* withTime(Effect.provide(
          Effect.zip(Effect.flip(call), Effect.map(TestHttpTransport.requests, (r) => r.length)),
          layer(script, { retry: RetryPolicy.make({ maxAttempts }), auth: rotating(["Atza|a", "Atza|b"]).auth })
        ))
        assert.strictEqual(sent, maxAttempts, `maxAttempts ${maxAttempts}`)
        assert.strictEqual(failure.attempts, sent)
      }
    }))
})

describe("an LwaAuth without peek", () => {
  it.effect("each attempt asks its token effect", () =>
    Effect.gen(function*() {
      const token = Redacted.make(accessToken)
      let asked = 0
      const auth = Layer.succeed(LwaAuth.LwaAuth, {
        token: Effect.sync(() => {
          asked++
          return token
        }),
        invalidate: () => Effect.void
      })
      const [request] = yield* Effect.zipRight(Effect.zipRight(call, call), TestHttpTransport.requests).pipe(
        Effect.provide(layer([deleted, deleted], { auth }))
      )
      assert.strictEqual(asked, 2)
      assert.strictEqual(
        Redacted.value(request!.headers.authorization as Redacted.Redacted<string>),
        `Bearer ${accessToken}`
      )
    }))
})

describe("honest attempts, as a property", () => {
  const step = FastCheck.constantFrom(
    ...[200, 204, 401, 403, 404, 429, 500, 501, 502, 503, 504].map((status) => error(status)),
    TestHttpTransport.fail("ConnectionRefused"),
    TestHttpTransport.fail("ConnectionReset")
  )
  it.effect.prop(
    "whatever SMAPI answers, requests sent <= maxAttempts and a failure's attempts = requests sent",
    {
      script: FastCheck.array(step, { minLength: 8, maxLength: 8 }),
      maxAttempts: FastCheck.integer({ min: 1, max: 6 })
    },
    ({ maxAttempts, script }) =>
      Effect.gen(function*() {
        const events: Array<number> = []
        const [exit, requests] = yield* withTime(
          Effect.zip(Effect.exit(call), TestHttpTransport.requests).pipe(
            Effect.provide(layer(script, {
              retry: RetryPolicy.make({ maxAttempts }),
              auth: rotating(["Atza|a", "Atza|b"]).auth,
              onRetry: (e) => Effect.sync(() => events.push(e.nextAttempt))
            }))
          )
        )
        const sent = requests.length
        assert.isAtMost(sent, maxAttempts)
        assert.deepStrictEqual(events, Array.from({ length: sent - 1 }, (_, i) => i + 2), "one announcement per resend")
        if (exit._tag === "Failure") {
          const failure = Cause.failureOption(exit.cause)
          assert.isTrue(failure._tag === "Some", "a typed failure, never a defect")
          if (failure._tag === "Some") assert.strictEqual(failure.value.attempts, sent)
        }
      }),
    { fastCheck: { numRuns: 200 } }
  )
})

describe("retry on Effect's own machinery", () => {
  let tokenRequests = 0

  it.effect("the attempt timeout bounds a token refresh the attempt waits for", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(call))
      yield* TestClock.adjust("1 second")
      const failure = yield* Fiber.join(fiber)
      assert.strictEqual(failure._tag, "Unavailable")
      assert.strictEqual(failure.code, "ATTEMPT_TIMEOUT")
      assert.strictEqual((yield* TestHttpTransport.requests).length, 0, "no request without a token")
    }).pipe(Effect.provide(layer([deleted], {
      retry: RetryPolicy.make({ maxAttempts: 1, attemptTimeout: "1 second" }),
      auth: Layer.succeed(LwaAuth.LwaAuth, {
        // a refresh that never ends
        token: Effect.never as Effect.Effect<Redacted.Redacted<string>, LwaError.LwaError>,
        invalidate: () => Effect.void
      })
    }))))

  it.effect("a token request the transport refused to send is BadRequest, not retried", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(call)
      assert.strictEqual(failure._tag, "BadRequest")
      assert.strictEqual(failure.attempts, 1)
      assert.strictEqual(tokenRequests, 1, "asked once: it would fail the same way every time")
      assert.strictEqual((yield* TestHttpTransport.requests).length, 0)
    }).pipe(Effect.provide(layer([deleted], {
      retry: RetryPolicy.make({ maxAttempts: 4 }),
      auth: Layer.succeed(LwaAuth.LwaAuth, {
        token: Effect.suspend(() => {
          tokenRequests++
          return Effect.fail(
            new LwaError.LwaError({
              reason: "Transport",
              code: "InvalidRequest",
              description: "the proxy URL is malformed"
            })
          )
        }),
        invalidate: () => Effect.void
      })
    }))))

  it.effect("a timed-out token wait is retried, and the request goes out once a token comes", () =>
    Effect.gen(function*() {
      yield* withTime(call)
      assert.strictEqual((yield* TestHttpTransport.requests).length, 1)
    }).pipe(Effect.provide(layer([deleted], {
      retry: RetryPolicy.make({ attemptTimeout: "1 second" }),
      auth: (() => {
        let calls = 0
        return Layer.succeed(LwaAuth.LwaAuth, {
          token: Effect.suspend(() =>
            calls++ === 0 ? Effect.never : Effect.succeed(Redacted.make(accessToken))
          ) as Effect.Effect<Redacted.Redacted<string>, LwaError.LwaError>,
          invalidate: () => Effect.void
        })
      })()
    }))))

  it.effect("a user Schedule drives the waits; Retry-After still holds when longer", () =>
    Effect.gen(function*() {
      const delays: Array<number> = []
      yield* withTime(
        SmapiClient.call(Experimental.deleteSkill, { skillId }).pipe(
          Effect.provide(layer([error(503), error(503, { "retry-after": "3" }), deleted], {
            retry: RetryPolicy.make({
              schedule: Schedule.spaced("1 second").pipe(Schedule.intersect(Schedule.recurs(5)))
            }),
            onRetry: (e) => Effect.sync(() => delays.push(Duration.toMillis(e.delay)))
          }))
        )
      )
      assert.deepStrictEqual(delays, [1000, 3000])
    }))

  it.effect("onRetry hears the same numbers the requests show", () =>
    Effect.gen(function*() {
      const announced: Array<number> = []
      let sent = 0
      yield* withTime(
        SmapiClient.call(Experimental.deleteSkill, { skillId }).pipe(
          Effect.provide(layer(
            (request, index) => {
              sent = index + 1
              return TestHttpTransport.play([error(500), error(429), error(503), deleted][index]!, request)
            },
            { onRetry: (e) => Effect.sync(() => announced.push(e.nextAttempt)) }
          ))
        )
      )
      assert.deepStrictEqual(announced, [2, 3, 4])
      assert.strictEqual(sent, 4)
    }).pipe(Effect.withRandom(Random.fixed([0.5]))))
})

describe("metrics", () => {
  it.effect("requests by operation, status and outcome; retries by reason", () =>
    Effect.gen(function*() {
      const before503 = yield* Metric.value(Metrics.requestsOf("deleteSkillV1", 503, "Unavailable"))
      const before204 = yield* Metric.value(Metrics.requestsOf("deleteSkillV1", 204, "success"))
      const beforeRetries = yield* Metric.value(Metrics.retriesOf("deleteSkillV1", "Unavailable"))
      yield* withTime(call)
      assert.strictEqual(
        (yield* Metric.value(Metrics.requestsOf("deleteSkillV1", 503, "Unavailable"))).count - before503.count,
        1
      )
      assert.strictEqual(
        (yield* Metric.value(Metrics.requestsOf("deleteSkillV1", 204, "success"))).count - before204.count,
        1
      )
      assert.strictEqual(
        (yield* Metric.value(Metrics.retriesOf("deleteSkillV1", "Unavailable"))).count - beforeRetries.count,
        1
      )
      const latency = yield* Metric.value(Metrics.latencyOf("deleteSkillV1"))
      assert.isAtLeast(latency.count, 2)
    }).pipe(Effect.provide(layer([error(503), deleted]))))
})

describe("spans: one rule everywhere", () => {
  it.effect("with no recording tracer, no span is made: the request runs under the caller's span, if any", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      yield* SmapiClient.call(Experimental.deleteSkill, { skillId }).pipe(
        Effect.provide(layer(() =>
          Effect.map(
            Effect.option(Effect.currentSpan),
            (span) => {
              seen.push(span._tag === "Some" ? span.value.name : "none")
              return TestHttpTransport.respond(204)
            }
          )
        ))
      )
      assert.deepStrictEqual(seen, ["none"])
    }))
})
