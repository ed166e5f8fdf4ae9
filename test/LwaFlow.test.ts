import { isToken } from "@smapi-effect/test-kit/Lwa"
/**
 * SkillCredentials with the real LwaAuth token cache, over a test transport playing LWA and SMAPI.
 */
import { assert, describe, it } from "@effect/vitest"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/TestClock"

const bearer = (r: HttpTransport.HttpRequest) => HttpTransport.reveal(r.headers.authorization!)
const tokenAnswer = (n: number) =>
  TestHttpTransport.respond(200, { access_token: `Atza|token-${n}`, token_type: "bearer", expires_in: 3600 })
const credentials = TestHttpTransport.respond(200, {
  skillMessagingCredentials: { clientId: "skill-client", clientSecret: "skill-secret" }
})

const stack = (
  lwa: (n: number) => HttpTransport.HttpResponse,
  smapi: (request: HttpTransport.HttpRequest) => HttpTransport.HttpResponse
) => {
  let tokens = 0
  return SkillCredentials.layer().pipe(
    Layer.provide(LwaAuth.layerRefreshToken({
      clientId: "amzn1.application-oa2-client.x",
      clientSecret: Redacted.make("client-secret"),
      refreshToken: Redacted.make("Atzr|refresh")
    })),
    Layer.provideMerge(
      TestHttpTransport.layer((request) => Effect.sync(() => isToken(request) ? lwa(++tokens) : smapi(request)))
    ),
    Layer.orDie
  )
}

const split = Effect.map(TestHttpTransport.requests, (all) => ({
  lwa: all.filter(isToken),
  smapi: all.filter((r) => !isToken(r))
}))

const settle = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    yield* TestClock.adjust("1 minute")
    return yield* Fiber.join(fiber)
  })

describe("the token flow through SkillCredentials", () => {
  it.effect("a 401 drops the token, refreshes once and replays once with the new one", () =>
    Effect.gen(function*() {
      yield* SkillCredentials.get("amzn1.ask.skill.a")
      const { lwa, smapi } = yield* split
      assert.strictEqual(lwa.length, 2)
      assert.deepStrictEqual(smapi.map(bearer), ["Bearer Atza|token-1", "Bearer Atza|token-2"])
    }).pipe(Effect.provide(stack(tokenAnswer, (r) =>
      bearer(r).endsWith("token-1") ? TestHttpTransport.respond(401) : credentials))))

  it.effect("a second 401 ends in Unauthorized with both attempts counted; no loop", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(settle(SkillCredentials.get("amzn1.ask.skill.a")))
      assert.strictEqual(failure._tag, "Unauthorized")
      assert.strictEqual(failure.attempts, 2)
      const { lwa, smapi } = yield* split
      assert.strictEqual(lwa.length, 2)
      assert.strictEqual(smapi.length, 2)
    }).pipe(Effect.provide(stack(tokenAnswer, () => TestHttpTransport.respond(401, { message: "Token expired" })))))

  it.effect("many concurrent calls share one token", () =>
    Effect.gen(function*() {
      yield* Effect.all(Array.from({ length: 200 }, () => SkillCredentials.get("amzn1.ask.skill.a")), {
        concurrency: "unbounded"
      })
      const { lwa, smapi } = yield* split
      assert.strictEqual(lwa.length, 1)
      assert.strictEqual(smapi.length, 200)
    }).pipe(Effect.provide(stack(tokenAnswer, () => credentials))))

  it.effect("LWA invalid_grant is Unauthorized at once, with LWA's code and description", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(settle(SkillCredentials.get("amzn1.ask.skill.a")))
      assert.strictEqual(failure._tag, "Unauthorized")
      assert.strictEqual(failure.code, "invalid_grant")
      assert.include(failure.message, "invalid grant parameter")
      assert.strictEqual((yield* split).lwa.length, 1)
      assert.strictEqual((yield* split).smapi.length, 0)
    }).pipe(Effect.provide(stack(
      () =>
        TestHttpTransport.respond(400, {
          error: "invalid_grant",
          error_description: "The request has an invalid grant parameter"
        }),
      () => credentials
    ))))

  it.effect("LWA 429 and 503 are retried by the same policy as SMAPI calls", () =>
    Effect.gen(function*() {
      yield* settle(SkillCredentials.get("amzn1.ask.skill.a"))
      const { lwa, smapi } = yield* split
      assert.strictEqual(lwa.length, 3)
      assert.strictEqual(smapi.length, 1)
    }).pipe(Effect.provide(stack(
      (n) =>
        n === 1
          ? TestHttpTransport.respond(429, { error: "slow_down" }, { "retry-after": "1" })
          : n === 2
          ? TestHttpTransport.respond(503, "")
          : tokenAnswer(n),
      () => credentials
    ))))
})

describe("SkillCredentials.layerConfig", () => {
  const withEnv = (env: Record<string, string>) => Effect.withConfigProvider(ConfigProvider.fromJson(env))
  const build = Layer.build(SkillCredentials.layerConfig({ transport: TestHttpTransport.layerScript([]) })).pipe(
    Effect.scoped
  )

  it.effect("with nothing set, says which variables to set", () =>
    Effect.gen(function*() {
      const error = String(yield* Effect.flip(build))
      assert.include(error, "ASK_REFRESH_TOKEN")
      assert.include(error, "ASK_LWA_CLIENT_ID")
      assert.include(error, "ASK_LWA_CLIENT_CONFIRMATION")
    }).pipe(withEnv({})))

  it.effect("a refresh token without its client names what is missing", () =>
    Effect.gen(function*() {
      const error = String(yield* Effect.flip(build))
      assert.include(error, "ASK_LWA_CLIENT_CONFIRMATION")
      assert.notInclude(error, "Atzr|secret-refresh")
    }).pipe(withEnv({ ASK_REFRESH_TOKEN: "Atzr|secret-refresh", ASK_LWA_CLIENT_ID: "id" })))

  it.effect("a plain-http SMAPI endpoint on another host is refused, naming the variable", () =>
    Effect.gen(function*() {
      const error = String(yield* Effect.flip(build))
      assert.include(error, "ASK_SMAPI_SERVER_BASE_URL")
    }).pipe(withEnv({ ASK_ACCESS_TOKEN: "Atza|x", ASK_SMAPI_SERVER_BASE_URL: "http://api.amazonalexa.com" })))

  it.effect("the full environment builds the stack and uses both endpoints", () =>
    Effect.gen(function*() {
      let tokens = 0
      const transport = TestHttpTransport.layer((request) =>
        Effect.succeed(isToken(request) ? tokenAnswer(++tokens) : credentials)
      )
      const requests: Array<string> = []
      const recording = Layer.effect(
        HttpTransport.HttpTransport,
        Effect.map(HttpTransport.HttpTransport, (t) => ({
          send: (r: HttpTransport.HttpRequest) => Effect.zipRight(Effect.sync(() => requests.push(r.url)), t.send(r))
        }))
      ).pipe(Layer.provide(transport))
      yield* SkillCredentials.get("amzn1.ask.skill.a").pipe(
        Effect.provide(SkillCredentials.layerConfig({ transport: recording }))
      )
      assert.deepStrictEqual(requests, [
        "http://127.0.0.1:3001/auth/o2/token",
        "http://localhost:3000/v1/skills/amzn1.ask.skill.a/credentials"
      ])
    }).pipe(withEnv({
      ASK_REFRESH_TOKEN: "Atzr|r",
      ASK_LWA_CLIENT_ID: "id",
      ASK_LWA_CLIENT_CONFIRMATION: "secret",
      ASK_SMAPI_SERVER_BASE_URL: "http://localhost:3000",
      ASK_LWA_TOKEN_HOST: "http://127.0.0.1:3001"
    })))
})
