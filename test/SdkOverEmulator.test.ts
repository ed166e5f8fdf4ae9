/**
 * The official ask-smapi-sdk against the built emulator, configured only from the variables
 * `smapi-emulator --` sets: every operation of the model answers a declared success with a body
 * the model's schema accepts; a skill lives from creation to deletion; invalid input is a 400.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Operations from "@smapi-effect/smapi/Operations"
import { CustomSmapiClientBuilder } from "ask-smapi-sdk"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { execFile, execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const emulatorBin = fileURLToPath(new URL("../packages/emulator/dist/smapi-emulator.mjs", import.meta.url))
const script = fileURLToPath(new URL("./sdk/smapi-sdk.ts", import.meta.url))
execFileSync(process.execPath, [
  fileURLToPath(new URL("../packages/emulator/build.mjs", import.meta.url)),
  "--if-stale"
], {
  stdio: "inherit"
})

// `smapi-emulator -- node <script> <mode>` with nothing of ours in the environment but PATH.
// the script's JSON lines, read field by field in the assertions
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Line = Record<string, any>

const underEmulator = (mode: "all" | "lifecycle") =>
  Effect.async<ReadonlyArray<Line>, string>((resume) => {
    const child = execFile(
      process.execPath,
      [emulatorBin, "--", process.execPath, "--import", "tsx", script, mode],
      { env: { PATH: process.env.PATH ?? "" }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resume(
          error
            ? Effect.fail(`exit ${error.code}: ${stderr}`)
            : Effect.succeed(stdout.trim().split("\n").map((line) => JSON.parse(line)))
        )
    )
    return Effect.sync(() => child.kill())
  })

const operationCount =
  Object.values(Operations).filter((value) =>
    typeof value === "object" && value !== null && "id" in value && "responses" in value
  ).length

describe("the official SDK over the emulator", () => {
  it.live(
    "every operation: a declared success with a model-valid body; every Location is answered",
    () =>
      Effect.gen(function*() {
        const lines = yield* underEmulator("all")
        assert.strictEqual(operationCount, 158)
        assert.strictEqual(lines.length, operationCount)
        const problems = lines.filter((line) => line.problem !== undefined)
        assert.deepStrictEqual(problems, [])
        assert.sameMembers(
          lines.map((line) => line.operation),
          Object.keys(Operations).filter((key) => key.match(/V\d$/))
        )

        // every Location names an operation the emulator answers; a 202's, a GET that reports the work
        const accepted = lines.filter((line) => line.status === 202)
        assert.isAbove(accepted.length, 10)
        assert.deepStrictEqual(accepted.filter((line) => line.location === undefined), [], "every 202 has a Location")
        const followed = lines.filter((line) => line.location !== undefined)
        assert.deepStrictEqual(followed.filter((line) => line.followed.status !== 200), [])
        const methods = new Map(
          Object.values(Operations).map((o) => [(o as { id?: string }).id, (o as { method?: string }).method])
        )
        for (const line of followed) assert.strictEqual(methods.get(line.followed.operation), "GET", line.operation)
        const reporter = (id: string) => followed.find((line) => line.operation === id)?.followed.operation
        assert.strictEqual(reporter("createSkillForVendorV1"), "getSkillStatusV1")
        assert.strictEqual(reporter("importSkillPackageV1"), "getImportStatusV1")
        assert.strictEqual(reporter("createExportRequestForSkillV1"), "getStatusOfExportRequestV1")
      }),
    { timeout: 180_000 }
  )

  it.live(
    "a skill from creation to deletion, then 404 on every operation of it; invalid input is a 400",
    () =>
      Effect.gen(function*() {
        const lines = yield* underEmulator("lifecycle")
        const step = (name: string) => lines.find((line) => line.step === name)!
        assert.strictEqual(step("create").status, 202)
        assert.isNull(step("create").problem)
        const skillId: string = step("create").body.skillId
        assert.match(skillId, /^amzn1\.ask\.skill\./)
        assert.strictEqual(step("location").location, `/v1/skills/${encodeURIComponent(skillId)}/status`)
        assert.deepStrictEqual(step("status").body, { manifest: { lastUpdateRequest: { status: "SUCCEEDED" } } })
        assert.strictEqual(step("manifest").body.manifest.publishingInformation.locales["en-US"].name, "Lifecycle")
        assert.isString(step("credentials").body.skillMessagingCredentials.clientSecret)
        for (const name of ["status", "manifest", "credentials", "delete"]) assert.isNull(step(name).problem, name)
        assert.deepStrictEqual(step("list").listed, [Emulator.demo.skillId, skillId])
        assert.strictEqual(step("list").pages, 2, "one skill a page, followed by nextToken")
        assert.strictEqual(step("delete").status, 204)
        const after = Object.entries(step("after delete").statuses as Record<string, number>)
        assert.isAbove(after.length, 60)
        assert.deepStrictEqual(after.filter(([, status]) => status !== 404), [])
        for (
          const [name, says] of [["invalid", "'maxResults'"], ["wrong enum", "'stage'"], [
            "missing in body",
            "'simulationsApiRequest.input' is required"
          ]]
        ) {
          assert.strictEqual(step(name!).status, 400, name)
          assert.include(step(name!).body.message, says, name)
          assert.isAtLeast(step(name!).body.violations.length, 1, name)
        }
      }),
    { timeout: 180_000 }
  )

  it.scopedLive("SkillCredentials.get of a skill the SDK created; NotFound once it is deleted", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const sdk = new CustomSmapiClientBuilder()
        .withApiEndpoint(emulator.url)
        .withAuthEndpoint(emulator.url)
        .withRefreshTokenConfig({
          clientId: Emulator.demo.clientId,
          clientSecret: Emulator.demo.clientSecret,
          refreshToken: Emulator.demo.refreshToken
        })
        .client()
      const { skillId } = yield* Effect.promise(() =>
        sdk.createSkillForVendorV1({ vendorId: Emulator.demo.vendorId, manifest: {} })
      )
      const ours = SkillCredentials.layer({ endpoint: emulator.url }).pipe(
        Layer.provide(LwaAuth.layerRefreshToken({
          clientId: Emulator.demo.clientId,
          clientSecret: Redacted.make(Emulator.demo.clientSecret),
          refreshToken: Redacted.make(Emulator.demo.refreshToken),
          endpoint: emulator.url
        })),
        Layer.provide(HttpTransport.layerFetch()),
        Layer.orDie
      )
      const created = (yield* emulator.skills).find((s) => s.skillId === skillId)!
      const credentials = yield* SkillCredentials.get(skillId!).pipe(Effect.provide(ours))
      assert.strictEqual(credentials.skillMessagingCredentials.clientId, created.clientId)
      assert.strictEqual(Redacted.value(credentials.skillMessagingCredentials.clientSecret), created.clientSecret)
      yield* Effect.promise(() => sdk.deleteSkillV1(skillId!))
      const gone = yield* Effect.flip(SkillCredentials.get(skillId!).pipe(Effect.provide(ours)))
      assert.strictEqual(gone._tag, "NotFound")
    }))
})
