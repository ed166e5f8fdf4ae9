/**
 * Fleet mode in the built commands: the two variables are read, a malformed one is a
 * configuration error naming it (exit 1), and a Redis that is down costs one warning on stderr,
 * never the call.
 */
import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Effect from "effect/Effect"
import { createServer } from "node:net"
import { cli, ensureBuilt, envFor, smapi } from "./bundle.js"

beforeAll(ensureBuilt, 120_000)

const { skillId } = Emulator.demo

// a loopback port on which nothing listens: a Redis that is down
const closedPort = Effect.async<number>((resume) => {
  const server = createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    server.close(() => resume(Effect.succeed(typeof address === "object" && address !== null ? address.port : 0)))
  })
})

describe("smapi-credentials in fleet mode", () => {
  it.live("a malformed SMAPI_RATE_LIMIT or SMAPI_REDIS_URL: exit 1, naming the variable, nothing sent", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      for (
        const [name, value] of [["SMAPI_RATE_LIMIT", "fast"], [
          "SMAPI_REDIS_URL",
          "http://cache.internal:6379"
        ]] as const
      ) {
        const result = yield* cli(["get", skillId, "--output", "json"], envFor(emulator.url, { [name]: value }))
        assert.strictEqual(result.code, 1, result.stderr)
        assert.include(result.stderr, `configuration error: ${name} must be`)
        assert.notInclude(result.stderr, value)
        assert.strictEqual(JSON.parse(result.stdout).error._tag, "ConfigurationError")
      }
      assert.strictEqual(yield* emulator.count("token"), 0)
      assert.strictEqual(yield* emulator.count("credentials"), 0)
    }).pipe(Effect.scoped))

  it.live("SMAPI_REDIS_URL at a Redis that is down: the call succeeds, with one warning on stderr", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const port = yield* closedPort
      const result = yield* cli(
        ["get", skillId, "--output", "json"],
        envFor(emulator.url, { SMAPI_REDIS_URL: `redis://127.0.0.1:${port}/0`, SMAPI_RATE_LIMIT: "10/s" })
      )
      assert.strictEqual(result.code, 0, result.stderr)
      assert.isString(JSON.parse(result.stdout).skillMessagingCredentials.clientId)
      const lines = result.stderr.split("\n").filter((line) => line !== "")
      assert.strictEqual(lines.length, 1, result.stderr)
      assert.match(lines[0]!, new RegExp(`^warning: Redis at 127\\.0\\.0\\.1:${port} is unavailable`))
    }).pipe(Effect.scoped))
})

describe("smapi in fleet mode", () => {
  it.live("SMAPI_REDIS_URL at a Redis that is down: the answer alone on stdout, one warning on stderr", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const port = yield* closedPort
      const result = yield* smapi(
        ["get-skill-credentials", "-s", skillId],
        envFor(emulator.url, { SMAPI_REDIS_URL: `redis://127.0.0.1:${port}/0` })
      )
      assert.strictEqual(result.code, 0, result.stderr)
      assert.isString(JSON.parse(result.stdout).skillMessagingCredentials.clientId)
      const lines = result.stderr.split("\n").filter((line) => line !== "")
      assert.strictEqual(lines.length, 1, result.stderr)
      assert.match(lines[0]!, new RegExp(`^warning: Redis at 127\\.0\\.0\\.1:${port} is unavailable`))
    }).pipe(Effect.scoped))
})
