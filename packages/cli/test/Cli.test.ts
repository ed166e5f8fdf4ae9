/**
 * Every exit code of `smapi-credentials`, from the built command (node and the bundle) against
 * the emulator.
 */
import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as Effect from "effect/Effect"
import { cli, ensureBuilt, envFor } from "./bundle.js"

beforeAll(ensureBuilt, 120_000)

const { otherVendorSkillId, skillId } = Emulator.demo

describe("smapi-credentials", () => {
  it.scopedLive("0: prints the credentials, secret masked; JSON when stdout is not a terminal", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const result = yield* cli(["get", skillId], envFor(emulator.url))
      assert.strictEqual(result.code, 0, result.stderr)
      assert.deepStrictEqual(JSON.parse(result.stdout), {
        skillMessagingCredentials: {
          clientId: "amzn1.application-oa2-client.skill-messaging-1",
          clientSecret: "<redacted>"
        }
      })
      assert.notInclude(result.stdout + result.stderr, "skill-messaging-secret-1")
      assert.notInclude(result.stdout + result.stderr, Emulator.demo.clientSecret)
    }))

  it.scopedLive("0: --reveal shows the secret; --output text", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const result = yield* cli(["get", skillId, "--reveal", "--output", "text"], envFor(emulator.url))
      assert.strictEqual(result.code, 0, result.stderr)
      assert.include(result.stdout, "clientSecret  skill-messaging-secret-1")
    }))

  it.scopedLive("1: a usage error, a bad flag value, or no credentials configured", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      for (
        const [args, env, says] of [
          [["get"], envFor(emulator.url), "skill id"],
          [["get", skillId, "--max-attempts", "0"], envFor(emulator.url), "--max-attempts"],
          [["get", skillId, "--output", "yaml"], envFor(emulator.url), "--output must be json or text"],
          [["get", skillId], {}, "ASK_REFRESH_TOKEN"],
          [["get", skillId, "--api-endpoint", "http://example.com"], envFor(emulator.url), "plain http"]
        ] as const
      ) {
        const result = yield* cli(
          (args as ReadonlyArray<string>).includes("--output") ? args : [...args, "--output", "text"],
          env
        )
        assert.strictEqual(result.code, 1, `${args.join(" ")}: ${result.stderr}`)
        assert.strictEqual(result.stdout, (args as ReadonlyArray<string>).includes("--output") ? result.stdout : "")
        assert.include(result.stderr, says)
      }
    }))

  const failure = (
    name: string,
    code: number,
    tag: string,
    setup: (emulator: Emulator.Emulator) => Effect.Effect<void>,
    args: ReadonlyArray<string> = ["get", skillId],
    env: (url: string) => Record<string, string> = envFor
  ) =>
    it.scopedLive(`${code}: ${name}`, () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.make()
        yield* setup(emulator)
        const text = yield* cli([...args, "--output", "text"], env(emulator.url))
        assert.strictEqual(text.code, code, text.stderr)
        assert.strictEqual(text.stdout, "", "stdout is empty on failure")
        const lines = text.stderr.trim().split("\n")
        assert.match(lines[lines.length - 1]!, new RegExp(`^${tag}: `))
        yield* setup(emulator)
        const json = yield* cli([...args, "--output", "json"], env(emulator.url))
        assert.strictEqual(json.code, code)
        const parsed = JSON.parse(json.stdout)
        assert.deepStrictEqual(Object.keys(parsed.error), ["_tag", "status", "code", "message", "attempts"])
        assert.strictEqual(parsed.error._tag, tag)
      }))

  failure("BadRequest from the server", 10, "BadRequest", (e) => e.inject("credentials", Fault.status(400)))
  failure("BadRequest before sending: a 256-character skill id", 10, "BadRequest", () => Effect.void, [
    "get",
    "x".repeat(256)
  ])
  failure(
    "Unauthorized: LWA refuses the refresh token",
    11,
    "Unauthorized",
    () => Effect.void,
    undefined,
    (url) => envFor(url, { ASK_REFRESH_TOKEN: "Atzr|revoked" })
  )
  failure("Forbidden: another vendor's skill", 12, "Forbidden", () => Effect.void, ["get", otherVendorSkillId])
  failure("NotFound: no such skill", 13, "NotFound", () => Effect.void, ["get", "amzn1.ask.skill.missing"])
  failure(
    "ServerError: a 200 that is not credentials",
    15,
    "ServerError",
    (e) => e.inject("credentials", Fault.raw("{\"skillMessagingCredentials\":"))
  )

  it.scopedLive("14: RateLimited after retries, saying each wait on stderr", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.inject("credentials", Fault.status(429, { retryAfter: 1 }), Fault.status(429, { retryAfter: 1 }))
      const result = yield* cli(["get", skillId, "--max-attempts", "2"], envFor(emulator.url))
      assert.strictEqual(result.code, 14, result.stderr)
      assert.include(result.stderr, "rate limited (429), retrying in 1.0 s (attempt 2 of 2)")
      assert.strictEqual(JSON.parse(result.stdout).error.attempts, 2)
    }))

  it.scopedLive("16: Unavailable after retries; a transient 503 is retried to success", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.inject("credentials", Fault.status(503), Fault.status(503))
      const failed = yield* cli(["get", skillId, "--max-attempts", "2"], envFor(emulator.url))
      assert.strictEqual(failed.code, 16, failed.stderr)
      assert.include(failed.stderr, "unavailable (503), retrying in")
      yield* emulator.inject("credentials", Fault.status(503))
      const recovered = yield* cli(["get", skillId], envFor(emulator.url))
      assert.strictEqual(recovered.code, 0, recovered.stderr)
    }))

  it.scopedLive("16: a stalled server hits --timeout on each attempt", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.inject("credentials", Fault.stallAfterHeaders, Fault.stallAfterHeaders)
      const result = yield* cli(["get", skillId, "--max-attempts", "2", "--timeout", "0.5"], envFor(emulator.url))
      assert.strictEqual(result.code, 16, result.stderr)
      assert.include(result.stderr, "ATTEMPT_TIMEOUT")
    }))
})
