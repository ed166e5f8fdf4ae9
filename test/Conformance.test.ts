/**
 * The emulator speaks the real wire protocol: the official ask-smapi-sdk, with its own LWA
 * refresh, gets skill credentials from it; and our client runs the same scenarios over real HTTP.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import { CustomSmapiClientBuilder } from "ask-smapi-sdk"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

const sdk = (url: string) =>
  new CustomSmapiClientBuilder()
    .withApiEndpoint(url)
    .withAuthEndpoint(url)
    .withRefreshTokenConfig({
      clientId: Emulator.demo.clientId,
      clientSecret: Emulator.demo.clientSecret,
      refreshToken: Emulator.demo.refreshToken
    })
    .client()

const ours = (url: string) =>
  SkillCredentials.layer({ endpoint: url }).pipe(
    Layer.provide(LwaAuth.layerRefreshToken({
      clientId: Emulator.demo.clientId,
      clientSecret: Redacted.make(Emulator.demo.clientSecret),
      refreshToken: Redacted.make(Emulator.demo.refreshToken),
      endpoint: url
    })),
    Layer.provide(HttpTransport.layerFetch()),
    Layer.orDie
  )

const sdkStatus = (promise: Promise<unknown>) =>
  Effect.promise(() => promise.then(() => 200, (error: { statusCode?: number }) => error.statusCode ?? -1))

describe("conformance with the official ask-smapi-sdk", () => {
  it.scopedLive("getSkillCredentialsV1 with the SDK's own LWA refresh", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const credentials = yield* Effect.promise(() => sdk(emulator.url).getSkillCredentialsV1(Emulator.demo.skillId))
      assert.deepStrictEqual(credentials, {
        skillMessagingCredentials: {
          clientId: "amzn1.application-oa2-client.skill-messaging-1",
          clientSecret: "skill-messaging-secret-1"
        }
      })
      assert.strictEqual(yield* emulator.count("token"), 1)
    }))

  it.scopedLive("the same scenarios give the same statuses to the SDK and to our client", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const scenarios = [
        { skillId: Emulator.demo.skillId, status: 200, tag: "success" },
        { skillId: Emulator.demo.otherVendorSkillId, status: 403, tag: "Forbidden" },
        { skillId: "amzn1.ask.skill.unknown", status: 404, tag: "NotFound" }
      ]
      for (const scenario of scenarios) {
        assert.strictEqual(yield* sdkStatus(sdk(emulator.url).getSkillCredentialsV1(scenario.skillId)), scenario.status)
        const result = yield* SkillCredentials.get(scenario.skillId).pipe(
          Effect.map(() => "success"),
          Effect.catchAll((e) => Effect.succeed(e._tag)),
          Effect.provide(ours(emulator.url))
        )
        assert.strictEqual(result, scenario.tag, scenario.skillId)
      }
    }))

  it.scopedLive("an expired token: our client refreshes and replays once; the SDK fails", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const layer = ours(emulator.url)
      yield* Effect.gen(function*() {
        yield* SkillCredentials.get(Emulator.demo.skillId)
        yield* emulator.expireTokens
        const after = yield* SkillCredentials.get(Emulator.demo.skillId)
        assert.strictEqual(Redacted.value(after.skillMessagingCredentials.clientSecret), "skill-messaging-secret-1")
      }).pipe(Effect.provide(layer))
      assert.strictEqual(yield* emulator.count("token"), 2)
      const client = sdk(emulator.url)
      assert.strictEqual(yield* sdkStatus(client.getSkillCredentialsV1(Emulator.demo.skillId)), 200)
      yield* emulator.expireTokens
      assert.strictEqual(yield* sdkStatus(client.getSkillCredentialsV1(Emulator.demo.skillId)), 401)
    }))

  it.scopedLive("what the README's comparison says of the SDK: no retry, untyped errors, SyntaxError on HTML", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const client = sdk(emulator.url)
      const failure = (promise: Promise<unknown>) =>
        Effect.promise(() =>
          promise.then(() => undefined, (error: Error & { statusCode?: number }) => ({
            name: error.name,
            message: error.message,
            statusCode: error.statusCode
          }))
        )
      yield* emulator.inject("credentials", Fault.status(503))
      const unavailable = yield* failure(client.getSkillCredentialsV1(Emulator.demo.skillId))
      assert.strictEqual(unavailable?.statusCode, 503, "a 503 is not retried")
      assert.strictEqual(yield* emulator.count("credentials"), 1)

      yield* emulator.inject("credentials", Fault.status(403))
      const forbidden = yield* failure(client.getSkillCredentialsV1(Emulator.demo.skillId))
      assert.strictEqual(forbidden?.message, "Unknown error", "a 403 is an untyped 'Unknown error'")

      yield* emulator.inject("credentials", Fault.status(503, { body: "<html>Service Unavailable</html>" }))
      const html = yield* failure(client.getSkillCredentialsV1(Emulator.demo.skillId))
      assert.strictEqual(html?.name, "SyntaxError", "an HTML error body throws a SyntaxError")
    }))
})
