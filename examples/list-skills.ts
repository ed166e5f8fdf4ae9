/**
 * Lists every skill of a vendor, page after page, as a `Stream`: `listSkillsForVendorV1Pages`
 * asks for the next page only when the stream is pulled, following SMAPI's `nextToken`. Runs
 * against the embedded emulator after creating three skills there, two to a page.
 *
 *   npx pnpm@10 -s example list-skills
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Smapi from "@smapi-effect/smapi/Smapi"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Emulated from "./lib/emulated.js"

const vendorId = Emulator.demo.vendorId

const createSkill = (name: string) =>
  Effect.flatMap(Smapi.Smapi, (smapi) =>
    smapi.createSkillForVendorV1({
      createSkillRequest: {
        vendorId,
        manifest: {
          manifestVersion: "1.0",
          publishingInformation: { locales: { "en-US": { name, summary: `${name}, an example skill.` } } },
          apis: { custom: {} }
        }
      }
    }))

const listSkills = Effect.gen(function*() {
  const smapi = yield* Smapi.Smapi
  yield* Effect.forEach(["Tide Times", "Moon Phase", "Sunrise"], createSkill, { discard: true })

  // each element is one page; flatten them into skills, numbering the pages as they come
  const skills = smapi.listSkillsForVendorV1Pages({ vendorId, maxResults: 2 }).pipe(
    Stream.zipWithIndex,
    Stream.tap(([page, index]) => Console.log(`page ${index + 1}: ${page.skills?.length ?? 0} skills`)),
    Stream.flatMap(([page]) => Stream.fromIterable(page.skills ?? []))
  )
  yield* Stream.runForEach(
    skills,
    (skill) => Console.log(`  ${skill.skillId}  ${skill.nameByLocale?.["en-US"] ?? "(no en-US name)"}  ${skill.stage}`)
  )
})

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.make()
  yield* listSkills.pipe(
    Effect.provide(Smapi.layer({ endpoint: emulator.url }).pipe(Layer.provide(Emulated.lwa(emulator))))
  )
}).pipe(Effect.scoped)

Effect.runPromise(program).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
