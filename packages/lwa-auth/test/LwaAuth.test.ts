import { assert, describe, it } from "@effect/vitest"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FastCheck from "effect/FastCheck"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"
import { readFileSync } from "node:fs"
import { clientId, clientSecret, type FakeLwa, fakeLwa, form, issued, refreshToken, tokenRequests } from "./harness.js"

const auth = (fake: FakeLwa = {}, options: Partial<LwaAuth.RefreshTokenOptions> = {}) =>
  LwaAuth.layerRefreshToken({ clientId, clientSecret, refreshToken, ...options }).pipe(
    Layer.provideMerge(fakeLwa(fake)),
    Layer.orDie
  )

const token = Effect.flatMap(LwaAuth.LwaAuth, (a) => a.token)
const invalidate = (t: Redacted.Redacted<string>) => Effect.flatMap(LwaAuth.LwaAuth, (a) => a.invalidate(t))

describe("LwaAuth.layerRefreshToken", () => {
  it.effect.prop(
    "n concurrent cold calls make exactly one token request",
    { n: FastCheck.integer({ min: 1, max: 1000 }) },
    ({ n }) =>
      Effect.gen(function*() {
        const tokens = yield* Effect.all(Array.from({ length: n }, () => token), { concurrency: "unbounded" })
        assert.strictEqual(new Set(tokens.map(Redacted.value)).size, 1)
        assert.strictEqual((yield* tokenRequests).length, 1)
      }).pipe(Effect.provide(auth({
        // the answer takes a while, so every caller arrives while the refresh is in flight
        token: (n) => Effect.as(Effect.yieldNow(), issued(n))
      }))),
    { fastCheck: { numRuns: 25 } }
  )

  it.effect("callers arriving during a slow refresh share it", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.all(Array.from({ length: 50 }, () => token), { concurrency: 10 }))
      yield* TestClock.adjust("3 seconds")
      yield* Fiber.join(fiber)
      assert.strictEqual((yield* tokenRequests).length, 1)
    }).pipe(Effect.provide(auth({ token: (n) => Effect.delay(Effect.succeed(issued(n)), "2 seconds") }))))

  it.effect("sends the refresh-token grant to the configured endpoint", () =>
    Effect.gen(function*() {
      yield* token
      const [request] = yield* tokenRequests
      assert.strictEqual(request!.url, "http://127.0.0.1:9000/auth/o2/token")
      assert.strictEqual(form(request!).get("refresh_token"), Redacted.value(refreshToken))
      assert.strictEqual(form(request!).get("client_secret"), Redacted.value(clientSecret))
    }).pipe(Effect.provide(auth({}, { endpoint: "http://127.0.0.1:9000" }))))

  it.effect("refreshes 1 s inside the 5-minute window, not 1 s outside it", () =>
    Effect.gen(function*() {
      yield* token
      yield* TestClock.adjust("3299 seconds") // 301 s before expiry: outside the window
      assert.strictEqual(Redacted.value(yield* token), "Atza|token-1")
      assert.strictEqual((yield* tokenRequests).length, 1)
      yield* TestClock.adjust("2 seconds") // 299 s before expiry: inside
      assert.strictEqual(Redacted.value(yield* token), "Atza|token-2")
      assert.strictEqual((yield* tokenRequests).length, 2)
    }).pipe(Effect.provide(auth())))

  it.effect("the window is configurable", () =>
    Effect.gen(function*() {
      yield* token
      yield* TestClock.adjust("3539 seconds")
      yield* token
      assert.strictEqual((yield* tokenRequests).length, 1)
      yield* TestClock.adjust("2 seconds")
      yield* token
      assert.strictEqual((yield* tokenRequests).length, 2)
    }).pipe(Effect.provide(auth({}, { refreshWindow: "1 minute" }))))

  it.effect("a failed refresh fails every waiter, is not cached, and the next call tries again", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(
        Effect.all(Array.from({ length: 20 }, () => Effect.exit(token)), { concurrency: "unbounded" })
      )
      yield* TestClock.adjust("2 seconds")
      const exits = yield* Fiber.join(fiber)
      assert.isTrue(exits.every(Exit.isFailure))
      assert.strictEqual((yield* tokenRequests).length, 1)
      assert.strictEqual(Redacted.value(yield* token), "Atza|token-2")
      assert.strictEqual((yield* tokenRequests).length, 2)
    }).pipe(Effect.provide(auth({
      token: (n) =>
        n === 0
          ? Effect.delay(Effect.succeed(TestHttpTransport.respond(500, { error: "server_error" })), "1 second")
          : Effect.succeed(issued(n))
    }))))

  it.effect("LWA down inside the window: the still-valid token keeps calls working", () =>
    Effect.gen(function*() {
      yield* token
      yield* TestClock.adjust("3400 seconds")
      assert.strictEqual(Redacted.value(yield* token), "Atza|token-1")
      assert.strictEqual(Redacted.value(yield* token), "Atza|token-1")
      assert.strictEqual((yield* tokenRequests).length, 3, "each call in the window tries a refresh")
      yield* TestClock.adjust("300 seconds") // expired: now the failure shows
      const failure = yield* Effect.flip(token)
      assert.strictEqual(failure.status, 503)
    }).pipe(Effect.provide(auth({
      token: (n) => Effect.succeed(n === 0 ? issued(n) : TestHttpTransport.respond(503, "down"))
    }))))

  it.effect("a rotated refresh token is kept and used on the next refresh", () =>
    Effect.gen(function*() {
      const first = yield* token
      yield* invalidate(first)
      yield* token
      const requests = yield* tokenRequests
      assert.strictEqual(form(requests[0]!).get("refresh_token"), Redacted.value(refreshToken))
      assert.strictEqual(form(requests[1]!).get("refresh_token"), "Atzr|rotated")
    }).pipe(Effect.provide(auth({ token: (n) => Effect.succeed(issued(n, { refresh_token: "Atzr|rotated" })) }))))

  it.effect("invalidate drops only the token that was rejected", () =>
    Effect.gen(function*() {
      const first = yield* token
      yield* invalidate(first)
      const second = yield* token
      yield* invalidate(first) // stale news: token-2 stays
      assert.strictEqual(Redacted.value(yield* token), Redacted.value(second))
      assert.strictEqual((yield* tokenRequests).length, 2)
    }).pipe(Effect.provide(auth())))

  it.effect("a token request with no answer times out as a Transport error", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(token))
      yield* TestClock.adjust("11 seconds")
      const failure = yield* Fiber.join(fiber)
      assert.strictEqual(failure.reason, "Transport")
      assert.strictEqual(failure.code, "Timeout")
    }).pipe(Effect.provide(auth({ token: (n) => Effect.delay(Effect.succeed(issued(n)), "1 hour") }))))

  it.effect("an interrupted caller does not cancel the refresh others wait for", () =>
    Effect.gen(function*() {
      const impatient = yield* Effect.fork(token)
      const patient = yield* Effect.fork(token)
      yield* TestClock.adjust("500 millis")
      yield* Fiber.interrupt(impatient)
      yield* TestClock.adjust("1 second")
      assert.strictEqual(Redacted.value(yield* Fiber.join(patient)), "Atza|token-1")
      assert.strictEqual((yield* tokenRequests).length, 1)
    }).pipe(Effect.provide(auth({ token: (n) => Effect.delay(Effect.succeed(issued(n)), "1 second") }))))

  it.effect("an http:// LWA endpoint on another host is refused before anything is sent", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(
        Layer.build(
          LwaAuth.layerRefreshToken({ clientId, clientSecret, refreshToken, endpoint: "http://api.amazon.com" }).pipe(
            Layer.provide(TestHttpTransport.layerScript([]))
          )
        ).pipe(Effect.scoped)
      )
      assert.isTrue(Exit.isFailure(exit))
      assert.include(String(Exit.isFailure(exit) ? exit.cause : ""), "plain http")
    }))

  it("the User-Agent's version is the package's", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
    assert.include(LwaAuth.userAgent, `/${pkg.version} `)
  })
})

describe("LwaAuth.layerClientCredentials", () => {
  it.effect("asks for its scopes and caches the token", () =>
    Effect.gen(function*() {
      yield* token
      yield* token
      const requests = yield* tokenRequests
      assert.strictEqual(requests.length, 1)
      assert.strictEqual(form(requests[0]!).get("grant_type"), "client_credentials")
      assert.strictEqual(form(requests[0]!).get("scope"), "alexa::ask:skills:read")
    }).pipe(Effect.provide(
      LwaAuth.layerClientCredentials({ clientId, clientSecret, scopes: ["alexa::ask:skills:read"] }).pipe(
        Layer.provideMerge(fakeLwa()),
        Layer.orDie
      )
    )))
})

describe("LwaAuth.layerStatic", () => {
  it.effect("is never refreshed", () =>
    Effect.gen(function*() {
      const first = yield* token
      yield* invalidate(first)
      assert.strictEqual(Redacted.value(yield* token), "Atza|static")
    }).pipe(Effect.provide(LwaAuth.layerStatic("Atza|static"))))
})
