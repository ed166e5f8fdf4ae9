/**
 * Gets a skill's messaging credentials, configured from the environment by the ASK CLI's names:
 * ASK_REFRESH_TOKEN, ASK_LWA_CLIENT_ID and ASK_LWA_CLIENT_CONFIRMATION (or ASK_ACCESS_TOKEN);
 * ASK_SMAPI_SERVER_BASE_URL and ASK_LWA_TOKEN_HOST to point elsewhere; SKILL_ID for the skill.
 *
 * With no ASK_* credentials set, it starts the embedded emulator and talks to that instead.
 *
 *   npx pnpm@10 -s example get-credentials
 *   SKILL_ID=amzn1.ask.skill.… ASK_REFRESH_TOKEN=… ASK_LWA_CLIENT_ID=… ASK_LWA_CLIENT_CONFIRMATION=… \
 *     npx pnpm@10 -s example get-credentials
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Config from "effect/Config"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"

const getCredentials = Effect.gen(function*() {
  const skillId = yield* Config.string("SKILL_ID").pipe(Config.withDefault(Emulator.demo.skillId))
  const { skillMessagingCredentials } = yield* SkillCredentials.get(skillId).pipe(
    Effect.provide(SkillCredentials.layerConfig())
  )
  yield* Console.log(`skill         ${skillId}`)
  yield* Console.log(`clientId      ${skillMessagingCredentials.clientId}`)
  yield* Console.log(`clientSecret  ${skillMessagingCredentials.clientSecret} (Redacted; Redacted.value unwraps it)`)
})

// No credentials configured: run against the embedded emulator, and say so.
const onEmulator = Effect.gen(function*() {
  const emulator = yield* Emulator.make()
  const lines = [
    "No ASK_* credentials are set: using the embedded SMAPI + LWA emulator",
    `at ${emulator.url}. Set ASK_REFRESH_TOKEN, ASK_LWA_CLIENT_ID and`,
    "ASK_LWA_CLIENT_CONFIRMATION (and SKILL_ID) to ask Amazon instead."
  ]
  const width = Math.max(...lines.map((l) => l.length))
  yield* Console.log(
    [`┌${"─".repeat(width + 2)}┐`, ...lines.map((l) => `│ ${l.padEnd(width)} │`), `└${"─".repeat(width + 2)}┘`].join(
      "\n"
    )
  )
  yield* Effect.withConfigProvider(
    getCredentials,
    ConfigProvider.fromJson({
      ASK_SMAPI_SERVER_BASE_URL: emulator.url,
      ASK_LWA_TOKEN_HOST: emulator.url,
      ASK_LWA_CLIENT_ID: Emulator.demo.clientId,
      ASK_LWA_CLIENT_CONFIRMATION: Emulator.demo.clientSecret,
      ASK_REFRESH_TOKEN: Emulator.demo.refreshToken
    })
  )
}).pipe(Effect.scoped)

const program = Effect.gen(function*() {
  const configured = yield* Config.all([
    Config.option(Config.string("ASK_REFRESH_TOKEN")),
    Config.option(Config.string("ASK_ACCESS_TOKEN"))
  ])
  return yield* configured.some(Option.isSome) ? getCredentials : onEmulator
})

program.pipe(
  Effect.catchAll((error) =>
    Effect.zipRight(
      Console.error(`${"_tag" in error ? error._tag : "Error"}: ${error.message}`),
      Effect.sync(() => (process.exitCode = 1))
    )
  ),
  Effect.runPromise
)
