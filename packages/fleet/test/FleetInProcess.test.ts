// Fleet mode in one process: the two variables, how the engine loads the package, and the pause
// and rate logic on the TestClock (no Redis: the in-process path a process takes without it).
import { assert, describe, it } from "@effect/vitest"
import * as FleetConfig from "@smapi-effect/engine/FleetConfig"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import { credentials as credentialsAnswer, issued } from "@smapi-effect/test-kit/Lwa"
import * as Clock from "effect/Clock"
import * as ConfigError from "effect/ConfigError"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import { createRequire } from "node:module"
import * as Fleet from "../src/Fleet.js"
import * as FleetTransport from "../src/FleetTransport.js"

const withEnv = (env: Record<string, string>) =>
  Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))

const lwaEnv = {
  ASK_LWA_CLIENT_ID: "amzn1.application-oa2-client.test",
  ASK_LWA_CLIENT_CONFIRMATION: "client-secret",
  ASK_REFRESH_TOKEN: "Atzr|refresh",
  ASK_LWA_TOKEN_HOST: "http://127.0.0.1:9000",
  ASK_SMAPI_SERVER_BASE_URL: "http://127.0.0.1:9001"
}

const settingsOf = (env: Record<string, string>) => Effect.either(withEnv(env)(FleetConfig.config))

describe("FleetConfig: SMAPI_REDIS_URL and SMAPI_RATE_LIMIT", () => {
  it.effect("unset or empty: nothing", () =>
    Effect.gen(function*() {
      assert.deepStrictEqual(yield* settingsOf({}), Either.right({ redisUrl: undefined, rateLimit: undefined }))
      assert.deepStrictEqual(
        yield* settingsOf({ SMAPI_REDIS_URL: "", SMAPI_RATE_LIMIT: " " }),
        Either.right({ redisUrl: undefined, rateLimit: undefined })
      )
    }))

  it.effect("N/s and N/min; a redis:// or rediss:// URL, kept Redacted", () =>
    Effect.gen(function*() {
      const per = (text: string) => Effect.map(settingsOf({ SMAPI_RATE_LIMIT: text }), Either.map((s) => s.rateLimit))
      assert.deepStrictEqual(yield* per("20/s"), Either.right({ limit: 20, windowMillis: 1000 }))
      assert.deepStrictEqual(yield* per(" 600 / min "), Either.right({ limit: 600, windowMillis: 60_000 }))
      const url = yield* settingsOf({ SMAPI_REDIS_URL: "rediss://user:pw@redis.example:6380/2" })
      assert.isTrue(Either.isRight(url) && Redacted.isRedacted(url.right.redisUrl))
      assert.isTrue(
        Either.isRight(url) && Redacted.value(url.right.redisUrl!) === "rediss://user:pw@redis.example:6380/2"
      )
    }))

  it.effect("a malformed value is a ConfigError naming its variable, never showing a URL", () =>
    Effect.gen(function*() {
      for (const bad of ["0/s", "20", "20/hour", "-1/s", "x/s", "20/s/s", "1e3/s"]) {
        const result = yield* settingsOf({ SMAPI_RATE_LIMIT: bad })
        assert.isTrue(Either.isLeft(result), bad)
        if (Either.isLeft(result)) assert.include(String(result.left), "SMAPI_RATE_LIMIT")
      }
      for (const bad of ["http://cache.internal:6379", "cache.internal:6379", "redis://pw secret@cache.internal"]) {
        const result = yield* settingsOf({ SMAPI_REDIS_URL: bad })
        assert.isTrue(Either.isLeft(result), bad)
        if (Either.isLeft(result)) {
          assert.include(String(result.left), "SMAPI_REDIS_URL")
          assert.notInclude(String(result.left), bad)
        }
      }
    }))

  it.effect("unset: the loader is never called, and layerConfig works as before", () =>
    Effect.gen(function*() {
      let loaded = 0
      const auth = yield* withEnv(lwaEnv)(FleetConfig.layer(undefined, () => {
        loaded++
        return Promise.reject(new Error("not installed"))
      }))
      assert.strictEqual(loaded, 0)
      const token = yield* Effect.flatMap(LwaAuth.LwaAuth, (a) => a.token).pipe(
        Effect.provide(auth.pipe(Layer.provide(TestHttpTransport.layer(() => Effect.succeed(issued(0)))))),
        withEnv(lwaEnv)
      )
      assert.strictEqual(Redacted.value(token), "Atza|token-1")
    }))

  it.effect("set, without @smapi-effect/fleet installed: a ConfigError that says to install it", () =>
    Effect.gen(function*() {
      const result = yield* withEnv({ ...lwaEnv, SMAPI_RATE_LIMIT: "5/s" })(
        Effect.either(
          FleetConfig.layer(undefined, () => Promise.reject(new Error("Cannot find package '@smapi-effect/fleet'")))
        )
      )
      assert.isTrue(Either.isLeft(result) && ConfigError.isConfigError(result.left))
      if (Either.isLeft(result)) {
        assert.include(String(result.left), "SMAPI_RATE_LIMIT")
        assert.include(String(result.left), "npm install @smapi-effect/fleet")
      }
    }))

  it.scoped("SkillCredentials.layerConfig loads @smapi-effect/fleet when a variable is set", () =>
    Effect.gen(function*() {
      // the engine's own loader, a dynamic import, finds the workspace package; 3/s lets the
      // first request through and holds the second for half a second
      const context = yield* Layer.build(SkillCredentials.layerConfig({
        transport: TestHttpTransport.layer((request) =>
          Effect.succeed(request.url.endsWith("/auth/o2/token") ? issued(0) : credentialsAnswer())
        )
      })).pipe(withEnv({ ...lwaEnv, SMAPI_RATE_LIMIT: "3/s" }))
      const fiber = yield* Effect.all([
        SkillCredentials.get("amzn1.ask.skill.1"),
        SkillCredentials.get("amzn1.ask.skill.1")
      ]).pipe(
        Effect.provide(context),
        Effect.fork
      )
      yield* TestClock.adjust("499 millis")
      assert.isNull(fiber.unsafePoll())
      yield* TestClock.adjust("1 millis")
      const [first, second] = yield* Fiber.join(fiber)
      assert.strictEqual(first.skillMessagingCredentials.clientId, "skill-client")
      assert.strictEqual(second.skillMessagingCredentials.clientId, "skill-client")
      // a rate limit alone stays in-process: no Redis client was loaded for it
      const ioredisLoaded = () =>
        Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes("/ioredis/"))
      assert.isFalse(ioredisLoaded())
      yield* Effect.promise(() => import("../src/RedisLink.js"))
      assert.isTrue(ioredisLoaded(), "the check sees ioredis once it is loaded")
    }))
})

// A transport that answers from a list (then 200s) and records when each request reached it.
const recording = (answers: Array<{ readonly status: number; readonly headers?: Record<string, string> }>) => {
  const sent: Array<number> = []
  const service: HttpTransport.Service = {
    send: () =>
      Effect.map(Clock.currentTimeMillis, (now) => {
        sent.push(now)
        const answer = answers.shift() ?? { status: 200 }
        return { status: answer.status, headers: answer.headers ?? {}, body: new Uint8Array() }
      })
  }
  return { sent, service }
}

const request: HttpTransport.HttpRequest = { method: "GET", url: "http://127.0.0.1:9001/v1/x", headers: {} }

describe("FleetTransport in one process, on the TestClock", () => {
  it.scoped("a 429 with Retry-After: 2 holds every later request for 2 s", () =>
    Effect.gen(function*() {
      const base = recording([{ status: 429, headers: { "retry-after": "2" } }])
      const transport = yield* FleetTransport.make(base.service, { client: "c" })
      assert.strictEqual((yield* transport.send(request)).status, 429)
      const next = yield* Effect.fork(
        Effect.all([transport.send(request), transport.send(request)], { concurrency: 2 })
      )
      yield* TestClock.adjust("1999 millis")
      assert.deepStrictEqual(base.sent, [0])
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(next)
      assert.deepStrictEqual(base.sent, [0, 2000, 2000])
    }))

  it.scoped("a pause longer than a request's time: answered as SMAPI's 429 with the time left, nothing sent", () =>
    Effect.gen(function*() {
      const base = recording([{ status: 429, headers: { "retry-after": "3600" } }])
      const transport = yield* FleetTransport.make(base.service, { client: "c" })
      yield* transport.send(request)
      yield* TestClock.adjust("1 second")
      const answer = yield* transport.send({ ...request, timeout: Duration.seconds(10) })
      assert.strictEqual(answer.status, 429)
      assert.strictEqual(answer.headers["retry-after"], "3599")
      assert.deepStrictEqual(base.sent, [0])
    }))

  it.scoped("a slot that does not come within the request's time: a Timeout, nothing sent", () =>
    Effect.gen(function*() {
      const base = recording([])
      const transport = yield* FleetTransport.make(base.service, {
        client: "c",
        rateLimit: { limit: 1, windowMillis: 60_000 }
      })
      yield* transport.send(request)
      const fiber = yield* Effect.fork(Effect.either(transport.send({ ...request, timeout: Duration.seconds(1) })))
      yield* TestClock.adjust("1 second")
      const result = yield* Fiber.join(fiber)
      assert.isTrue(Either.isLeft(result) && result.left.reason === "Timeout")
      assert.deepStrictEqual(base.sent, [0])
    }))

  it.scoped("20/s: 40 requests at once go out so that no second holds more than 20", () =>
    Effect.gen(function*() {
      const base = recording([])
      const transport = yield* FleetTransport.make(base.service, {
        client: "c",
        rateLimit: { limit: 20, windowMillis: 1000 }
      })
      const fiber = yield* Effect.fork(
        Effect.all(Array.from({ length: 40 }, () => transport.send(request)), { concurrency: "unbounded" })
      )
      yield* TestClock.adjust("4 seconds")
      yield* Fiber.join(fiber)
      assert.strictEqual(base.sent.length, 40)
      const busiest = Math.max(...base.sent.map((t) => base.sent.filter((u) => u >= t && u < t + 1000).length))
      assert.strictEqual(busiest, 19)
      // and little budget wasted: the 40th leaves about 39/19 s after the first
      assert.isAtMost(Math.max(...base.sent), 2300)
    }))

  it.scoped("without Redis, Fleet.layer still rate limits SMAPI requests, and never LWA's", () =>
    Effect.gen(function*() {
      const context = yield* Layer.build(
        Fleet.layer(
          {
            _tag: "RefreshToken",
            options: {
              clientId: "id",
              clientSecret: Redacted.make("s"),
              refreshToken: Redacted.make("r"),
              endpoint: "http://127.0.0.1:9000"
            }
          },
          { rateLimit: { limit: 1, windowMillis: 1000 } }
        ).pipe(
          Layer.provide(
            TestHttpTransport.layer((r) =>
              Effect.succeed(r.url.endsWith("/auth/o2/token") ? issued(0) : credentialsAnswer())
            )
          )
        )
      )
      const auth = Context.get(context, LwaAuth.LwaAuth)
      const transport = Context.get(context, HttpTransport.HttpTransport)
      // token requests are not limited: two in a row, no wait
      yield* auth.token
      yield* auth.invalidate(yield* auth.token)
      assert.strictEqual(Redacted.value(yield* auth.token), "Atza|token-1")
      yield* transport.send(request)
      const second = yield* Effect.fork(transport.send(request))
      yield* TestClock.adjust("999 millis")
      assert.isNull(second.unsafePoll())
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(second)
    }))
})
