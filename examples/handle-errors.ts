/**
 * Every failure is one of seven tagged errors, so handling them is a `catchTags` away. This runs
 * one scenario per error against the embedded emulator and its fault injection.
 *
 *   npx pnpm@10 -s example handle-errors
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

const describe = (skillId: string) =>
  SkillCredentials.get(skillId).pipe(
    Effect.map(({ skillMessagingCredentials }) => `ok: clientId ${skillMessagingCredentials.clientId}`),
    Effect.catchTags({
      BadRequest: (e) => Effect.succeed(`BadRequest: fix the request (${e.code}): ${e.message}`),
      Unauthorized: (e) => Effect.succeed(`Unauthorized: refresh your LWA credentials (${e.code ?? e.status})`),
      Forbidden: () => Effect.succeed("Forbidden: this skill belongs to another vendor"),
      NotFound: () => Effect.succeed("NotFound: check the skill id"),
      RateLimited: (e) =>
        Effect.succeed(
          `RateLimited: try again in ${
            e.retryAfter ? Duration.format(e.retryAfter) : "a while"
          } (${e.attempts} attempt)`
        ),
      ServerError: (e) => Effect.succeed(`ServerError: Amazon's side failed (${e.code ?? e.status})`),
      Unavailable: (e) => Effect.succeed(`Unavailable after ${e.attempts} attempts: try again later`)
    })
  )

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.make()
  const stack = (refreshToken: string) =>
    SkillCredentials.layer({
      endpoint: emulator.url,
      retry: RetryPolicy.make({ baseDelay: "10 millis" })
    }).pipe(
      Layer.provide(LwaAuth.layerRefreshToken({
        clientId: Emulator.demo.clientId,
        clientSecret: Redacted.make(Emulator.demo.clientSecret),
        refreshToken: Redacted.make(refreshToken),
        endpoint: emulator.url
      })),
      Layer.provide(HttpTransport.layerFetch())
    )
  const run = (
    title: string,
    effect: Effect.Effect<string, never, SkillCredentials.SkillCredentials>,
    token: string = Emulator.demo.refreshToken
  ) => Effect.flatMap(Effect.provide(effect, stack(token)), (line) => Console.log(`${title.padEnd(34)} ${line}`))

  yield* run("a skill of ours", describe(Emulator.demo.skillId))
  yield* run("a 256-character skill id", describe("x".repeat(256)))
  yield* run("a revoked refresh token", describe(Emulator.demo.skillId), "Atzr|revoked")
  yield* run("another vendor's skill", describe(Emulator.demo.otherVendorSkillId))
  yield* run("an unknown skill", describe("amzn1.ask.skill.unknown"))
  yield* emulator.inject("credentials", Fault.status(429, { retryAfter: 3600 }))
  yield* run("429 with Retry-After: 1 hour", describe(Emulator.demo.skillId))
  yield* emulator.inject("credentials", Fault.raw("<html>oops</html>"))
  yield* run("a 200 that is not JSON", describe(Emulator.demo.skillId))
  yield* emulator.inject("credentials", ...Array.from({ length: 4 }, () => Fault.status(503)))
  yield* run("503 on every attempt", describe(Emulator.demo.skillId))
}).pipe(Effect.scoped, Effect.orDie)

Effect.runPromise(program).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
