/**
 * The built command through a loopback CONNECT proxy that counts what passed: `--proxy`, or
 * HTTP_PROXY and NO_PROXY from the environment. The proxy's credentials are never printed.
 */
import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as TestProxy from "@smapi-effect/emulator/TestProxy"
import * as Effect from "effect/Effect"
import { cli, ensureBuilt, envFor } from "./bundle.js"

beforeAll(ensureBuilt, 120_000)

const { skillId } = Emulator.demo

describe("smapi-credentials through a proxy", () => {
  it.scopedLive("--proxy with credentials: every request goes through it; the password is never printed", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const proxy = yield* TestProxy.make({ credentials: { username: "carol", password: "s3cret-proxy-pw" } })
      const port = new URL(proxy.url).port
      const ok = yield* cli(
        ["get", skillId, "--proxy", `http://carol:s3cret-proxy-pw@127.0.0.1:${port}`],
        envFor(emulator.url)
      )
      assert.strictEqual(ok.code, 0, ok.stderr)
      const passages = yield* proxy.passages
      assert.isAtLeast(passages.length, 1)
      assert.isTrue(passages.every((p) => p.method === "CONNECT" && p.status === 200))
      assert.strictEqual(yield* emulator.count("credentials"), 1)

      const refused = yield* cli(
        ["get", skillId, "--max-attempts", "1", "--proxy", `http://carol:wrong-pw-123@127.0.0.1:${port}`],
        envFor(emulator.url)
      )
      assert.strictEqual(refused.code, 16, refused.stderr)
      assert.strictEqual((yield* proxy.passages).at(-1)!.status, 407)
      assert.notInclude(refused.stdout + refused.stderr, "wrong-pw-123")
      const invalid = yield* cli(["get", skillId, "--proxy", `http://carol:s3cret-proxy-pw@127.0.0.1:${port}/path`], {})
      assert.strictEqual(invalid.code, 1)
      assert.include(invalid.stderr, "--proxy")
      assert.notInclude(invalid.stdout + invalid.stderr, "s3cret-proxy-pw")
    }))

  it.scopedLive("HTTP_PROXY from the environment, and NO_PROXY", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const proxy = yield* TestProxy.make()
      const through = yield* cli(["get", skillId], envFor(emulator.url, { HTTP_PROXY: proxy.url }))
      assert.strictEqual(through.code, 0, through.stderr)
      const seen = (yield* proxy.passages).length
      assert.isAtLeast(seen, 1)
      const direct = yield* cli(
        ["get", skillId],
        envFor(emulator.url, { HTTP_PROXY: proxy.url, NO_PROXY: "127.0.0.1" })
      )
      assert.strictEqual(direct.code, 0, direct.stderr)
      assert.strictEqual((yield* proxy.passages).length, seen, "nothing more through the proxy")
    }))
})
