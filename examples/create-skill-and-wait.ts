/**
 * Creates a skill, waits until SMAPI has built it, then reads its manifest back. Creating a skill
 * answers `202 Accepted` at once; `Waiters.skill` asks `getSkillStatusV1` on a `Schedule` until
 * the manifest and every interaction model are built, and gives up at a deadline. Runs against
 * the embedded emulator, as the vendor it owns.
 *
 *   npx pnpm@10 -s example create-skill-and-wait
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Smapi from "@smapi-effect/smapi/Smapi"
import * as Waiters from "@smapi-effect/smapi/Waiters"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Emulated from "./lib/emulated.js"

const createAndWait = Effect.gen(function*() {
  const smapi = yield* Smapi.Smapi
  const created = yield* smapi.createSkillForVendorV1({
    createSkillRequest: {
      vendorId: Emulator.demo.vendorId,
      manifest: {
        manifestVersion: "1.0",
        publishingInformation: {
          locales: { "en-US": { name: "Tide Times", summary: "When the tide turns." } },
          category: "WEATHER"
        },
        apis: { custom: {} }
      }
    }
  })
  // the id is in the body; its status resource is the `Location`
  const skillId = yield* Effect.fromNullable(created.body?.skillId).pipe(
    Effect.orElseFail(() => new Error("createSkillForVendorV1 answered no skillId"))
  )
  yield* Console.log(`created  ${skillId} (status at ${created.location})`)

  const status = yield* Waiters.skill(skillId, { deadline: "1 minute" })
  yield* Console.log(`built    manifest ${status.manifest?.lastUpdateRequest?.status}`)

  const read = yield* smapi.getSkillManifestV1({ skillId, stageV2: "development" })
  // the model also allows a 303 (a redirect to the manifest), which has no body
  if (!("body" in read)) return yield* Console.log(`manifest moved to ${read.location}`)
  const locales = read.body.manifest?.publishingInformation?.locales ?? {}
  yield* Console.log(`manifest ETag ${read.etag}`)
  for (const [locale, info] of Object.entries(locales)) {
    yield* Console.log(`  ${locale}: ${info.name} — ${info.summary}`)
  }
})

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.make()
  yield* createAndWait.pipe(
    Effect.provide(Smapi.layer({ endpoint: emulator.url }).pipe(Layer.provide(Emulated.lwa(emulator))))
  )
}).pipe(Effect.scoped)

Effect.runPromise(program).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
