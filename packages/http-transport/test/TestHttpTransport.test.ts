import { assert, describe, it } from "@effect/vitest"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"

const send = (url: string) =>
  Effect.flatMap(HttpTransport.HttpTransport, (t) => t.send({ method: "GET", url, headers: {} }))

describe("TestHttpTransport", () => {
  it.effect("answers a script in order and records every request", () =>
    Effect.gen(function*() {
      const first = yield* send("https://a/1")
      const second = yield* Effect.flip(send("https://a/2"))
      assert.strictEqual(first.status, 200)
      assert.deepStrictEqual(JSON.parse(new TextDecoder().decode(first.body)), { a: 1 })
      assert.strictEqual(first.headers["content-type"], "application/json")
      assert.strictEqual(second.reason, "ConnectionReset")
      assert.deepStrictEqual((yield* TestHttpTransport.requests).map((r) => r.url), ["https://a/1", "https://a/2"])
    }).pipe(Effect.provide(TestHttpTransport.layerScript([
      TestHttpTransport.respond(200, { a: 1 }),
      TestHttpTransport.fail("ConnectionReset")
    ]))))

  it.effect("delays on the test clock", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(send("https://a/"))
      yield* TestClock.adjust("999 millis")
      assert.isTrue((yield* Fiber.poll(fiber))._tag === "None")
      yield* TestClock.adjust("1 millis")
      const response = yield* Fiber.join(fiber)
      assert.strictEqual(response.status, 204)
    }).pipe(Effect.provide(TestHttpTransport.layerScript([
      TestHttpTransport.delay("1 second", TestHttpTransport.respond(204))
    ]))))

  it.effect("a request past the end of the script is a test mistake, said plainly", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(send("https://a/"))
      assert.isTrue(Exit.isFailure(exit) && Cause.isDie(exit.cause))
      assert.include(String(Exit.isFailure(exit) ? Cause.pretty(exit.cause) : ""), "has no step")
    }).pipe(Effect.provide(TestHttpTransport.layerScript([]))))

  it.effect("a handler sees each request with its index", () =>
    Effect.gen(function*() {
      const statuses = [yield* send("https://a/"), yield* send("https://a/")].map((r) => r.status)
      assert.deepStrictEqual(statuses, [200, 201])
    }).pipe(Effect.provide(TestHttpTransport.layer((_req, i) => Effect.succeed(TestHttpTransport.respond(200 + i))))))
})
