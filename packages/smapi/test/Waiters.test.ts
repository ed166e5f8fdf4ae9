import { assert, describe, it } from "@effect/vitest"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as Waiters from "@smapi-effect/smapi/Waiters"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/TestClock"
import { smapiLayer } from "./harness.js"

const skillId = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012"

const skillStatus = (manifest: string, models: Record<string, string> = {}) =>
  TestHttpTransport.respond(200, {
    manifest: { lastUpdateRequest: { status: manifest } },
    interactionModel: Object.fromEntries(
      Object.entries(models).map(([locale, status]) => [locale, { lastUpdateRequest: { status } }])
    )
  })

// every look the transport answers, by the clock: what the schedule asked for
const looks = Effect.map(TestHttpTransport.requests, (requests) => requests.length)

describe("Waiters", () => {
  it.effect("skill: looks at once, then by the schedule, until the manifest and every model are built", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Waiters.skill(skillId, { schedule: Schedule.spaced("2 seconds") }))
      yield* TestClock.adjust("1 second")
      assert.strictEqual(yield* looks, 1)
      yield* TestClock.adjust("1 second")
      assert.strictEqual(yield* looks, 2)
      yield* TestClock.adjust("4 seconds")
      const status = yield* Fiber.join(fiber)
      assert.strictEqual(yield* looks, 4)
      assert.strictEqual(status.interactionModel?.["en-US"]?.lastUpdateRequest?.status, "SUCCEEDED")
      const requests = yield* TestHttpTransport.requests
      assert.strictEqual(requests[0]!.url, `https://api.amazonalexa.com/v1/skills/${skillId}/status`)
    }).pipe(Effect.provide(smapiLayer([
      skillStatus("IN_PROGRESS"),
      skillStatus("SUCCEEDED", { "en-US": "IN_PROGRESS" }),
      skillStatus("SUCCEEDED", { "en-US": "IN_PROGRESS", "de-DE": "SUCCEEDED" }),
      skillStatus("SUCCEEDED", { "en-US": "SUCCEEDED", "de-DE": "SUCCEEDED" })
    ]))))

  it.effect("skill: a failed build is WorkFailed with its status and SMAPI's own words", () =>
    Effect.gen(function*() {
      const failed = yield* Effect.flip(Waiters.skill(skillId))
      assert.strictEqual(failed._tag, "WorkFailed")
      if (failed._tag !== "WorkFailed") return
      assert.strictEqual(failed.status, "FAILED")
      assert.deepStrictEqual(failed.problems, [{ code: "INVALID_MANIFEST", message: "The manifest is invalid." }])
      assert.include(failed.message, "The manifest is invalid.")
    }).pipe(Effect.provide(smapiLayer([
      TestHttpTransport.respond(200, {
        manifest: {
          lastUpdateRequest: {
            status: "FAILED",
            errors: [{ code: "INVALID_MANIFEST", message: "The manifest is invalid." }]
          }
        }
      })
    ]))))

  it.effect("the deadline: WaitTimedOut, and no look after it", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(
        Effect.flip(Waiters.skill(skillId, { schedule: Schedule.spaced("10 seconds"), deadline: "25 seconds" }))
      )
      yield* TestClock.adjust("1 minute")
      const timedOut = yield* Fiber.join(fiber)
      assert.strictEqual(timedOut._tag, "WaitTimedOut")
      assert.strictEqual(yield* looks, 3)
    }).pipe(Effect.provide(smapiLayer(() => Effect.succeed(skillStatus("IN_PROGRESS"))))))

  it.effect("interrupting a wait stops it at once, in its sleep", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Waiters.skill(skillId, { schedule: Schedule.spaced("1 hour") }))
      yield* TestClock.adjust("1 second")
      yield* Fiber.interrupt(fiber)
      yield* TestClock.adjust("2 hours")
      assert.strictEqual(yield* looks, 1)
    }).pipe(Effect.provide(smapiLayer(() => Effect.succeed(skillStatus("IN_PROGRESS"))))))

  it.effect("interactionModel: waits for the locale asked for only, by resource=interactionModel", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(
        Waiters.interactionModel(skillId, "en-US", { schedule: Schedule.spaced("1 second") })
      )
      yield* TestClock.adjust("5 seconds")
      yield* Fiber.join(fiber)
      const requests = yield* TestHttpTransport.requests
      assert.strictEqual(requests.length, 2)
      assert.deepStrictEqual(requests[0]!.query, { resource: "interactionModel" })
    }).pipe(Effect.provide(smapiLayer([
      // the manifest still in progress, and another locale failed: neither is waited for
      skillStatus("IN_PROGRESS", { "de-DE": "FAILED" }),
      skillStatus("IN_PROGRESS", { "de-DE": "FAILED", "en-US": "SUCCEEDED" })
    ]))))

  it.effect("skillImport and skillExport: their own status operations; a rollback is a failure", () =>
    Effect.gen(function*() {
      const exported = yield* Waiters.skillExport("exp-1")
      assert.strictEqual(exported.status, "SUCCEEDED")
      const rolledBack = yield* Effect.flip(Waiters.skillImport("imp-1"))
      assert.strictEqual(rolledBack._tag, "WorkFailed")
      const [first, second] = yield* TestHttpTransport.requests
      assert.strictEqual(first!.url, "https://api.amazonalexa.com/v1/skills/exports/exp-1")
      assert.strictEqual(second!.url, "https://api.amazonalexa.com/v1/skills/imports/imp-1")
    }).pipe(Effect.provide(smapiLayer([
      TestHttpTransport.respond(200, { status: "SUCCEEDED", skill: { skillId } }),
      TestHttpTransport.respond(200, { status: "ROLLBACK_SUCCEEDED", errors: [{ message: "Rolled back." }] })
    ]))))

  it.effect("a status newer than the model is waited on, not taken for an end", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Waiters.skillImport("imp-2", { schedule: Schedule.spaced("1 second") }))
      yield* TestClock.adjust("3 seconds")
      const done = yield* Fiber.join(fiber)
      assert.strictEqual(done.status, "SUCCEEDED")
      assert.strictEqual(yield* looks, 2)
    }).pipe(Effect.provide(smapiLayer([
      TestHttpTransport.respond(200, { status: "QUEUED_FOR_LATER" }),
      TestHttpTransport.respond(200, { status: "SUCCEEDED" })
    ]))))

  it("idOfLocation: the id a 202's Location names", () => {
    assert.strictEqual(
      Waiters.idOfLocation("/v1/skills/imports/amzn1.ask-package.import.1"),
      "amzn1.ask-package.import.1"
    )
    assert.strictEqual(Waiters.idOfLocation("https://api.amazonalexa.com/v1/skills/exports/e%2F1?x=1"), "e/1")
    assert.strictEqual(Waiters.idOfLocation(undefined), undefined)
    assert.strictEqual(Waiters.idOfLocation("/"), undefined)
  })
})
