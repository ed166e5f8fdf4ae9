import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import * as Version from "@smapi-effect/engine/Version"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as SkillCredentialsError from "@smapi-effect/skill-credentials/SkillCredentialsError"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/TestClock"
import * as Tracer from "effect/Tracer"
import { readFileSync } from "node:fs"
import {
  accessToken,
  clientId,
  clientSecret,
  error,
  header,
  layer,
  ok,
  requests,
  secretOf,
  skillId,
  timed,
  withTime
} from "./harness.js"

describe("SkillCredentials.get", () => {
  it("fails with exactly the seven: Conflict and PreconditionFailed are not in its union", () => {
    type GetError = ReturnType<SkillCredentials.Service["get"]> extends Effect.Effect<infer _A, infer E> ? E : never
    expectTypeOf<GetError>().toEqualTypeOf<SkillCredentialsError.SkillCredentialsError>()
    expectTypeOf<SkillCredentialsError.Tag>().toEqualTypeOf<
      "BadRequest" | "Unauthorized" | "Forbidden" | "NotFound" | "RateLimited" | "ServerError" | "Unavailable"
    >()
    expectTypeOf(SkillCredentials.operation).toMatchTypeOf<
      { readonly "~error"?: (_: never) => SkillCredentialsError.SkillCredentialsError }
    >()
    assert.deepStrictEqual(SkillCredentialsError.tags.length, 7)
  })

  it.effect("sends GET with the bearer token, Accept and a User-Agent naming the library", () =>
    Effect.gen(function*() {
      const credentials = yield* SkillCredentials.get(skillId)
      assert.strictEqual(credentials.skillMessagingCredentials.clientId, clientId)
      assert.strictEqual(secretOf(credentials), clientSecret)
      const [request] = yield* requests
      assert.strictEqual(request!.method, "GET")
      assert.strictEqual(request!.url, `https://api.amazonalexa.com/v1/skills/${skillId}/credentials`)
      assert.strictEqual(header(request!, "authorization"), `Bearer ${accessToken}`)
      assert.strictEqual(header(request!, "accept"), "application/json")
      assert.match(header(request!, "user-agent")!, /^smapi-effect\/\d+\.\d+\.\d+/)
    }).pipe(Effect.provide(layer([ok()]))))

  it.effect("ignores extra fields in the answer", () =>
    Effect.gen(function*() {
      const credentials = yield* SkillCredentials.get(skillId)
      assert.deepStrictEqual(Object.keys(credentials.skillMessagingCredentials), ["clientId", "clientSecret"])
    }).pipe(Effect.provide(layer([
      TestHttpTransport.respond(200, {
        skillMessagingCredentials: { clientId, clientSecret, extra: 1 },
        other: true
      })
    ]))))

  it.effect("uses the configured endpoint, without doubling slashes", () =>
    Effect.gen(function*() {
      yield* SkillCredentials.get("a/b?c#d")
      const [request] = yield* requests
      assert.strictEqual(request!.url, "http://127.0.0.1:8080/base/v1/skills/a%2Fb%3Fc%23d/credentials")
    }).pipe(Effect.provide(layer([ok()], { endpoint: "http://127.0.0.1:8080/base/" }))))

  for (
    const endpoint of ["http://api.amazonalexa.com", "https://user:pw@api.amazonalexa.com", "not a url", "ftp://x"]
  ) {
    it.effect(`refuses the endpoint ${endpoint} before any token is sent`, () =>
      Effect.gen(function*() {
        const exit = yield* Effect.exit(
          Layer.build(
            SkillCredentials.layer({ endpoint }).pipe(
              Layer.provide(TestHttpTransport.layerScript([])),
              Layer.provide(Layer.succeed(LwaAuth.LwaAuth, {
                token: Effect.die("no token may be asked for"),
                invalidate: () => Effect.void
              }))
            )
          ).pipe(Effect.scoped)
        )
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) assert.match(String(exit.cause), /endpoint|URL|http|supported/)
      }))
  }

  it.effect("a skill id of '..' is refused: no URL parser keeps it as one segment", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SkillCredentials.get(".."))
      assert.strictEqual(failure.code, "INVALID_SKILL_ID")
      assert.strictEqual((yield* requests).length, 0)
    }).pipe(Effect.provide(layer([]))))

  it.effect("a skill id with a lone surrogate is refused before anything is sent", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SkillCredentials.get("amzn1.\ud800"))
      assert.strictEqual(failure.code, "INVALID_SKILL_ID")
      assert.strictEqual((yield* requests).length, 0)
    }).pipe(Effect.provide(layer([]))))

  it.effect("interrupting a call aborts the request in flight", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(SkillCredentials.get(skillId))
      yield* TestClock.adjust("1 second")
      yield* Fiber.interrupt(fiber)
      const transport = yield* TestHttpTransport.TestHttpTransport
      assert.strictEqual(yield* transport.interrupted, 1)
    }).pipe(Effect.provide(layer([TestHttpTransport.delay("5 seconds", ok())]))))

  it.effect("a call is a span named SkillCredentials.get, with the skill id, when a tracer is installed", () =>
    Effect.gen(function*() {
      const spans: Array<Tracer.Span> = []
      // A tracer that records every span it is asked to make.
      const tracer = Tracer.make({
        span: (name, parent, context, links, startTime, kind) => {
          const attributes = new Map<string, unknown>()
          const span: Tracer.Span = {
            _tag: "Span",
            name,
            spanId: `span-${spans.length}`,
            traceId: "trace",
            parent,
            context,
            status: { _tag: "Started", startTime },
            attributes,
            links,
            sampled: true,
            kind,
            end: () => {},
            attribute: (key, value) => void attributes.set(key, value),
            event: () => {},
            addLinks: () => {}
          }
          spans.push(span)
          return span
        },
        context: (f) => f()
      })
      yield* SkillCredentials.get(skillId).pipe(Effect.withSpan("caller"), Effect.withTracer(tracer))
      const span = spans.find((s) => s.name === "SkillCredentials.get")
      assert.isDefined(span)
      assert.strictEqual(span!.attributes.get("skillId"), skillId)
      assert.strictEqual(span!.parent._tag, "Some", "nested under the caller's span")
    }).pipe(Effect.provide(layer([ok()]))))

  it.effect("the version in the User-Agent is the package's", () =>
    Effect.sync(() => {
      const pkg = JSON.parse(readFileSync(new URL("../../engine/package.json", import.meta.url), "utf8"))
      assert.strictEqual(Version.version, pkg.version)
    }))
})

describe("the retry policy", () => {
  it.effect("with the jitter pinned at 0.5, waits 50, 100, 200 ms after 503s", () =>
    Effect.gen(function*() {
      const { gaps, handler } = timed([error(503), error(503), error(503), ok()])
      yield* withTime(SkillCredentials.get(skillId).pipe(Effect.provide(layer(handler))))
      assert.deepStrictEqual(gaps(), [50, 100, 200])
    }).pipe(Effect.withRandom(Random.fixed([0.5]))))

  it.effect("a 429 backs off from 1 s: waits 500 ms, then 1 s with jitter 0.5", () =>
    Effect.gen(function*() {
      const { gaps, handler } = timed([error(429), error(429), ok()])
      yield* withTime(SkillCredentials.get(skillId).pipe(Effect.provide(layer(handler))))
      assert.deepStrictEqual(gaps(), [500, 1000])
    }).pipe(Effect.withRandom(Random.fixed([0.5]))))

  it.effect("one sleep is capped at maxDelay", () =>
    Effect.gen(function*() {
      const schedule = RetryPolicy.backoff({ maxAttempts: 20, baseDelay: "1 second", maxDelay: "3 seconds" })
      const failure = new SkillCredentialsError.Unavailable({ message: "down", attempts: 1 })
      let state = schedule.initial
      for (let n = 0; n < 10; n++) {
        const [next, wait] = yield* schedule.step(0, failure, state)
        state = next
        assert.isAtMost(Duration.toMillis(wait), 3000)
      }
    }).pipe(Effect.withRandom(Random.fixed([0.999]))))

  it.effect("a Retry-After that would pass the deadline fails at once, carrying it", () =>
    Effect.gen(function*() {
      const start = yield* Clock.currentTimeMillis
      const failure = yield* Effect.flip(SkillCredentials.get(skillId))
      assert.strictEqual(failure._tag, "RateLimited")
      assert.strictEqual(failure.attempts, 1)
      assert.deepStrictEqual(failure.retryAfter, Duration.hours(1))
      assert.strictEqual((yield* Clock.currentTimeMillis) - start, 0)
      assert.strictEqual((yield* requests).length, 1)
    }).pipe(Effect.provide(layer([error(429, undefined, undefined, { "retry-after": "3600" })]))))

  it.effect("Retry-After as an HTTP date is honoured", () =>
    Effect.gen(function*() {
      // the date is computed from the clock when the first request arrives
      const { handler, times } = timed([
        (now) => error(503, undefined, undefined, { "retry-after": new Date(now + 7000).toUTCString() }),
        ok()
      ])
      yield* withTime(SkillCredentials.get(skillId).pipe(Effect.provide(layer(handler))))
      // the date has whole seconds: the wait is 6 to 7 s
      assert.isAtLeast(times[1]! - times[0]!, 6000)
      assert.isAtMost(times[1]! - times[0]!, 7000)
    }))

  it.effect("interrupting during a back-off sleep stops at once: no further request", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(SkillCredentials.get(skillId))
      yield* TestClock.adjust("10 millis")
      assert.strictEqual((yield* requests).length, 1)
      yield* Fiber.interrupt(fiber)
      yield* TestClock.adjust("1 minute")
      assert.strictEqual((yield* requests).length, 1)
    }).pipe(Effect.provide(layer([error(429, undefined, undefined, { "retry-after": "5" }), ok()]))))

  it.effect("a user Schedule replaces the back-off: Schedule.recurs(1) makes two attempts", () =>
    Effect.gen(function*() {
      const failure = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
      assert.strictEqual(failure._tag, "Unavailable")
      assert.strictEqual((yield* requests).length, 2)
    }).pipe(Effect.provide(layer([error(503), error(503), ok()], {
      retry: RetryPolicy.make({ schedule: Schedule.recurs(1) })
    }))))

  it.effect("a user Schedule never retries an error that is not retriable", () =>
    Effect.gen(function*() {
      yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
      assert.strictEqual((yield* requests).length, 1)
    }).pipe(Effect.provide(layer([error(404), ok()], {
      retry: RetryPolicy.make({ schedule: Schedule.forever })
    }))))

  it.effect("onRetry hears each wait with the attempt numbers", () =>
    Effect.gen(function*() {
      const events: Array<string> = []
      yield* withTime(
        SkillCredentials.get(skillId).pipe(Effect.provide(layer([error(429), error(503), ok()], {
          onRetry: (e) =>
            Effect.sync(() =>
              events.push(`${e.error._tag} ${e.nextAttempt}/${e.maxAttempts} ${Duration.toMillis(e.delay)}`)
            )
        })))
      )
      assert.deepStrictEqual(events, ["RateLimited 2/4 500", "Unavailable 3/4 100"])
    }).pipe(Effect.withRandom(Random.fixed([0.5]))))

  it.effect("a 503 storm drains the shared budget; later calls make one attempt until successes refill it", () =>
    Effect.gen(function*() {
      // 30 tokens: three retries at 10 each.
      const first = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
      assert.strictEqual(first.attempts, 4)
      const second = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
      assert.strictEqual(second.attempts, 1, "an empty budget: no retry")
      // successes pay back one token each; ten of them buy one retry
      for (let i = 0; i < 10; i++) yield* SkillCredentials.get(skillId)
      const third = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
      assert.strictEqual(third.attempts, 2)
    }).pipe(Effect.provide(layer(
      [...Array(5).fill(error(503)), ...Array(10).fill(ok()), ...Array(2).fill(error(503))],
      { retry: RetryPolicy.make({ budget: { capacity: 30 } }) }
    ))))

  it.effect("attempt timeouts run on the test clock", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(SkillCredentials.get(skillId)))
      yield* TestClock.adjust("2 seconds")
      const failure = yield* Fiber.join(fiber)
      assert.strictEqual(failure.code, "ATTEMPT_TIMEOUT")
      assert.strictEqual(failure._tag, "Unavailable")
    }).pipe(Effect.provide(layer([TestHttpTransport.delay("1 hour", ok())], {
      retry: RetryPolicy.make({ maxAttempts: 1, attemptTimeout: "1 second" })
    }))))
})
