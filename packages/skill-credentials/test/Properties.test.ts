import { assert, describe, it } from "@effect/vitest"
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as SkillCredentialsError from "@smapi-effect/skill-credentials/SkillCredentialsError"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FastCheck from "effect/FastCheck"
import * as util from "node:util"
import { error, layer, ok, requests, skillId, timed, withTime } from "./harness.js"

const codePoints = (s: string) => [...s].length

// Any string of code points, lone surrogates excluded (they cannot be encoded at all).
const anyId = (minLength: number, maxLength: number) =>
  FastCheck.string({ unit: "binary", minLength, maxLength }).filter((id) => id !== "." && id !== "..")

const transientStep = FastCheck.constantFrom<TestHttpTransport.Step>(
  error(429),
  error(500),
  error(502),
  error(503),
  error(504),
  TestHttpTransport.fail("ConnectionRefused"),
  TestHttpTransport.fail("ConnectionReset"),
  TestHttpTransport.fail("DnsFailure")
)

describe("properties", () => {
  it.effect.prop(
    "any skill id of 1-255 characters reaches the server as exactly one path segment that decodes back",
    { id: anyId(1, 255) },
    ({ id }) =>
      Effect.gen(function*() {
        yield* SkillCredentials.get(id)
        const [request] = yield* requests
        const segments = new URL(request!.url).pathname.split("/")
        assert.strictEqual(segments.length, 5)
        assert.deepStrictEqual([segments[1], segments[2], segments[4]], ["v1", "skills", "credentials"])
        assert.strictEqual(decodeURIComponent(segments[3]!), id)
      }).pipe(Effect.provide(layer([ok()]))),
    { fastCheck: { numRuns: 300 } }
  )

  it.effect.prop(
    "any other length is BadRequest INVALID_STRING_LENGTH and sends nothing",
    { id: FastCheck.oneof(FastCheck.constant(""), anyId(256, 400)) },
    ({ id }) =>
      Effect.gen(function*() {
        const failure = yield* Effect.flip(SkillCredentials.get(id))
        assert.strictEqual(failure._tag, "BadRequest")
        assert.strictEqual(failure.code, "INVALID_STRING_LENGTH")
        assert.strictEqual((yield* requests).length, 0)
        assert.isTrue(codePoints(id) === 0 || codePoints(id) > 255)
      }).pipe(Effect.provide(layer([]))),
    { fastCheck: { numRuns: 100 } }
  )

  it.effect.prop(
    "any status and any body map to success or one of the seven errors, never a defect",
    {
      status: FastCheck.integer({ min: 100, max: 599 }),
      body: FastCheck.oneof(
        FastCheck.uint8Array({ maxLength: 64 }),
        FastCheck.string(),
        FastCheck.json(),
        FastCheck.constant("{\"skillMessagingCredentials\":{\"clientId\":\"a\",\"clientSecret\":\"b\"}}")
      ),
      retryAfter: FastCheck.option(FastCheck.string(), { nil: undefined })
    },
    ({ body, retryAfter, status }) =>
      Effect.gen(function*() {
        const response = TestHttpTransport.respond(
          status,
          body,
          retryAfter === undefined ? {} : { "retry-after": retryAfter }
        )
        const exit = yield* SkillCredentials.get(skillId).pipe(
          Effect.provide(layer(() => Effect.succeed(response), { retry: RetryPolicy.none })),
          Effect.exit
        )
        if (Exit.isFailure(exit)) {
          assert.isFalse(Cause.isDie(exit.cause), `status ${status} died: ${Cause.pretty(exit.cause)}`)
          const failure = Cause.failureOption(exit.cause)
          assert.isTrue(failure._tag === "Some")
          if (failure._tag === "Some") assert.include(SkillCredentialsError.tags, failure.value._tag)
        } else {
          assert.isTrue(status >= 200 && status < 300)
        }
      }),
    { fastCheck: { numRuns: 500 } }
  )

  it.effect.prop(
    "k transient failures below the limit give success after exactly k+1 attempts",
    { failures: FastCheck.array(transientStep, { maxLength: 3 }) },
    ({ failures }) =>
      Effect.gen(function*() {
        const credentials = yield* withTime(SkillCredentials.get(skillId))
        assert.strictEqual(credentials.skillMessagingCredentials.clientId.length > 0, true)
        assert.strictEqual((yield* requests).length, failures.length + 1)
      }).pipe(Effect.provide(layer([...failures, ok()]))),
    { fastCheck: { numRuns: 100 } }
  )

  it.effect.prop(
    "a failure that is not retriable gives exactly one attempt",
    {
      step: FastCheck.oneof(
        FastCheck.integer({ min: 400, max: 499 }).filter((s) => s !== 401 && s !== 429).map((s) => error(s)),
        FastCheck.integer({ min: 501, max: 599 }).filter((s) => s < 502 || s > 504).map((s) => error(s)),
        FastCheck.constant(TestHttpTransport.respond(200, "not json"))
      )
    },
    ({ step }) =>
      Effect.gen(function*() {
        const failure = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
        assert.isFalse(SkillCredentialsError.isRetriable(failure))
        assert.strictEqual(failure.attempts, 1)
        assert.strictEqual((yield* requests).length, 1)
      }).pipe(Effect.provide(layer([step, ok()]))),
    { fastCheck: { numRuns: 100 } }
  )

  it.effect.prop(
    "retry delays on the test clock stay within the policy's bounds",
    { failures: FastCheck.array(transientStep, { minLength: 1, maxLength: 3 }) },
    ({ failures }) =>
      Effect.gen(function*() {
        const { handler, times } = timed([...failures, ok()])
        yield* withTime(SkillCredentials.get(skillId).pipe(Effect.provide(layer(handler))))
        for (let n = 0; n < failures.length; n++) {
          const failure = failures[n] as HttpTransport.HttpResponse
          const base = "status" in failure && failure.status === 429 ? 1000 : 100
          const gap = times[n + 1]! - times[n]!
          assert.isAtLeast(gap, 0)
          assert.isAtMost(gap, Math.min(20_000, base * 2 ** n), `retry ${n + 1} waited ${gap} ms`)
        }
      }),
    { fastCheck: { numRuns: 100 } }
  )

  it.effect.prop(
    "a Retry-After longer than the back-off is honoured as the wait",
    { seconds: FastCheck.integer({ min: 2, max: 25 }) },
    ({ seconds }) =>
      Effect.gen(function*() {
        const { handler, times } = timed([
          error(429, undefined, undefined, { "retry-after": String(seconds) }),
          ok()
        ])
        yield* withTime(SkillCredentials.get(skillId).pipe(Effect.provide(layer(handler))))
        assert.strictEqual(times[1]! - times[0]!, seconds * 1000)
      }),
    { fastCheck: { numRuns: 30 } }
  )

  it.effect.prop(
    "a secret never shows in String, JSON.stringify or util.inspect of anything returned",
    // The marker keeps a generated secret from coinciding with words of the output, such as "redacted".
    { secret: FastCheck.string({ minLength: 1, maxLength: 64 }).map((s) => `S3CR3T-${s}`) },
    ({ secret }) =>
      Effect.gen(function*() {
        const credentials = yield* SkillCredentials.get(skillId)
        const failure = yield* Effect.flip(SkillCredentials.get(skillId))
        for (const value of [credentials, credentials.skillMessagingCredentials, failure]) {
          for (const shown of [String(value), JSON.stringify(value), util.inspect(value, { depth: 10 })]) {
            assert.notInclude(shown, secret)
          }
        }
        assert.strictEqual(JSON.stringify(credentials.skillMessagingCredentials.clientSecret), "\"<redacted>\"")
      }).pipe(Effect.provide(layer([ok("client-id", secret), TestHttpTransport.respond(200, "{}")]))),
    { fastCheck: { numRuns: 100 } }
  )
})
