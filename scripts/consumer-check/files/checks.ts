// What every runtime must do with the installed packages, against the emulator that runs this
// program (`smapi-emulator -- <runtime> …` sets the ASK_* variables and SMAPI_EMULATOR_URL):
// a success, a NotFound, and a 401 that is refreshed and replayed; then one generated operation
// of @smapi-effect/smapi, its success and its NotFound. Only fetch and the portable packages are
// used here, so Bun, Deno and Node all run it.
import type { HttpTransport } from "@smapi-effect/http-transport"
import { RetryPolicy, SkillCredentials } from "@smapi-effect/skill-credentials"
import { Smapi } from "@smapi-effect/smapi"
import { Effect, Layer, Redacted } from "effect"

const variable = (name: string): string => {
  const value = process.env[name]
  if (value === undefined || value === "") throw new Error(`${name} is not set: run this under smapi-emulator -- …`)
  return value
}

// the emulator's control route, with plain fetch
const control = (path: string, method: "GET" | "POST" = "GET") =>
  Effect.promise(async () => {
    const response = await fetch(`${variable("SMAPI_EMULATOR_URL")}/__emulator${path}`, { method })
    return await response.json() as { readonly credentials: number; readonly token: number }
  })

const expect = (ok: boolean, what: string) => ok ? Effect.void : Effect.dieMessage(`consumer check: ${what}`)

export const checks = (
  runtime: string,
  skillId: string,
  transport: Layer.Layer<HttpTransport.HttpTransport>
): Effect.Effect<void> =>
  Effect.gen(function*() {
    const { skillMessagingCredentials } = yield* SkillCredentials.get(skillId)
    const secret = skillMessagingCredentials.clientSecret
    yield* expect(skillMessagingCredentials.clientId.length > 0, "no clientId")
    yield* expect(Redacted.isRedacted(secret) && String(secret) === "<redacted>", "the secret is not Redacted")
    yield* expect(!JSON.stringify(skillMessagingCredentials).includes(Redacted.value(secret)), "JSON shows the secret")

    const missing = yield* Effect.either(SkillCredentials.get("amzn1.ask.skill.00000000-0000-4000-8000-0000000dead0"))
    yield* expect(
      missing._tag === "Left" && missing.left._tag === "NotFound",
      `expected NotFound, got ${missing._tag === "Left" ? missing.left._tag : "credentials"}`
    )

    // every token issued so far expires: the next call meets a 401, refreshes once and replays
    const before = yield* control("/counts")
    yield* control("/tokens/expire", "POST")
    yield* SkillCredentials.get(skillId)
    const after = yield* control("/counts")
    yield* expect(after.token === before.token + 1, `expected one token refresh, saw ${after.token - before.token}`)
    yield* expect(
      after.credentials === before.credentials + 2,
      `expected the 401 and its replay, saw ${after.credentials - before.credentials} requests`
    )
    console.log(`${runtime}: a success, a NotFound, and a 401 refreshed and replayed`)

    // a generated operation, through the Smapi service
    const smapi = yield* Smapi.Smapi
    const status = yield* smapi.getSkillStatusV1({ skillId })
    yield* expect(
      status.manifest?.lastUpdateRequest?.status === "SUCCEEDED",
      `getSkillStatusV1 answered ${JSON.stringify(status)}`
    )
    const gone = yield* Effect.either(smapi.getSkillStatusV1({ skillId: "amzn1.ask.skill.no-such-skill" }))
    yield* expect(
      gone._tag === "Left" && gone.left._tag === "NotFound",
      `expected NotFound from getSkillStatusV1, got ${gone._tag === "Left" ? gone.left._tag : "a status"}`
    )
    console.log(`${runtime}: Smapi.getSkillStatusV1 (generated), a success and a NotFound`)
  }).pipe(
    Effect.catchAll((error) => Effect.dieMessage(`consumer check: unexpected ${error._tag}: ${error.message}`)),
    Effect.provide(Layer.merge(
      SkillCredentials.layerConfig({ transport, retry: RetryPolicy.make({ maxAttempts: 2 }) }),
      Smapi.layerConfig({ transport, retry: RetryPolicy.make({ maxAttempts: 2 }) })
    )),
    Effect.orDie
  )
