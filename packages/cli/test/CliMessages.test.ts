/**
 * What the built command says: help and usage, flags and variables named, JSON errors with their
 * own `_tag`, no ANSI codes off a terminal, nothing claimed to be sent when nothing was.
 */
import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Effect from "effect/Effect"
import { readFileSync } from "node:fs"
import { checkout, cli, ensureBuilt, envFor } from "./bundle.js"

beforeAll(ensureBuilt, 120_000)

const { skillId } = Emulator.demo
// the escape that starts every ANSI colour code
const ESC = "\u001b["

describe("smapi-credentials says", () => {
  it.live("--help: exit 0, plain text off a terminal, only what works", () =>
    Effect.gen(function*() {
      for (const args of [["--help"], ["-h"], ["get", "--help"]]) {
        const result = yield* cli(args, {})
        assert.strictEqual(result.code, 0, result.stderr)
        assert.notInclude(result.stdout, ESC)
        for (
          const text of [
            "get <skillId>",
            "--reveal",
            "--output",
            "--api-endpoint",
            "--lwa-endpoint",
            "--max-attempts",
            "--timeout",
            "--proxy",
            "ASK_REFRESH_TOKEN"
          ]
        ) {
          assert.include(result.stdout, text)
        }
        for (const text of ["--wizard", "--completions", "--log-level"]) assert.notInclude(result.stdout, text)
      }
    }))

  it.live("no command: usage on stderr, exit 1; with --output json the error is on stdout too", () =>
    Effect.gen(function*() {
      const text = yield* cli(["--output", "text"], {})
      assert.strictEqual(text.code, 1)
      assert.strictEqual(text.stdout, "")
      assert.match(text.stderr, /^usage error: no command given\n/)
      assert.include(text.stderr, "Usage: smapi-credentials get <skillId>")
      assert.notInclude(text.stderr, ESC)
      const json = yield* cli(["--output", "json"], {})
      assert.strictEqual(json.code, 1)
      assert.deepStrictEqual(JSON.parse(json.stdout), {
        error: { _tag: "UsageError", status: null, code: "MISSING_COMMAND", message: "no command given", attempts: 0 }
      })
    }))

  it.live("--version: the package's version", () =>
    Effect.gen(function*() {
      const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
      const result = yield* cli(["--version"], {})
      assert.deepStrictEqual([result.code, result.stdout], [0, `${version}\n`])
    }))

  it.scopedLive("usage errors name the flag, configuration errors the variable; as JSON with their own _tag", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const cases = [
        [["get", skillId, "--max-attempts", "abc"], {}, "UsageError", "INVALID_FLAG_VALUE", "--max-attempts"],
        [["get", skillId, "--timeout", "soon"], {}, "UsageError", "INVALID_FLAG_VALUE", "--timeout"],
        [["get", skillId, "--output", "yaml"], {}, "UsageError", "INVALID_FLAG_VALUE", "--output"],
        [["get", skillId, "--bogus"], {}, "UsageError", "UNKNOWN_FLAG", "--bogus"],
        [["get", skillId, "--reveal=yes"], {}, "UsageError", "INVALID_FLAG_VALUE", "--reveal"],
        [["get", skillId, "--timeout"], {}, "UsageError", "MISSING_FLAG_VALUE", "--timeout"],
        [["get", skillId, "--proxy", "ftp://proxy"], {}, "UsageError", "INVALID_FLAG_VALUE", "--proxy"],
        [["frob", skillId], {}, "UsageError", "UNKNOWN_COMMAND", "frob"],
        [["get", skillId, "extra"], {}, "UsageError", "UNEXPECTED_ARGUMENT", "extra"],
        [
          ["get", skillId, "--lwa-endpoint", "http://example.com"],
          {},
          "UsageError",
          "INVALID_FLAG_VALUE",
          "--lwa-endpoint"
        ],
        [["get", skillId, "--api-endpoint", "ftp://x"], {}, "UsageError", "INVALID_FLAG_VALUE", "--api-endpoint"],
        [
          ["get", skillId],
          { ASK_LWA_TOKEN_HOST: "http://example.com" },
          "ConfigurationError",
          "INVALID_VARIABLE",
          "ASK_LWA_TOKEN_HOST"
        ],
        [
          ["get", skillId],
          { ASK_SMAPI_SERVER_BASE_URL: "ftp://x" },
          "ConfigurationError",
          "INVALID_VARIABLE",
          "ASK_SMAPI_SERVER_BASE_URL"
        ],
        [["get", skillId], { HTTPS_PROXY: "proxy:3128" }, "ConfigurationError", "INVALID_VARIABLE", "HTTPS_PROXY"],
        [["get", skillId], { ASK_LWA_CLIENT_ID: "" }, "ConfigurationError", "MISSING_VARIABLE", "ASK_LWA_CLIENT_ID"]
      ] as const
      for (const [args, overrides, tag, code, names] of cases) {
        const env = envFor(emulator.url, overrides)
        // with --output itself at fault (or a flag missing its value last), the default applies:
        // JSON, as stdout is not a terminal
        const asIs = (args as ReadonlyArray<string>).includes("--output") || args.at(-1) === "--timeout"
        const text = yield* cli(asIs ? args : [...args, "--output", "text"], env)
        assert.strictEqual(text.code, 1, `${args.join(" ")}: ${text.stderr}`)
        if (!asIs) assert.strictEqual(text.stdout, "")
        assert.strictEqual(text.stderr.trim().split("\n").length, 1, text.stderr)
        assert.include(text.stderr, names)
        const json = yield* cli(asIs ? args : [...args, "--output", "json"], env)
        assert.strictEqual(json.code, 1)
        const error = JSON.parse(json.stdout).error
        assert.deepStrictEqual(
          [error._tag, error.code, error.status, error.attempts],
          [tag, code, null, 0],
          args.join(" ")
        )
        assert.include(error.message, names)
      }
      // a flag and a variable with the same fault: each names its own source
      const flag = yield* cli(
        ["get", skillId, "--lwa-endpoint", "http://example.com", "--output", "text"],
        envFor(emulator.url)
      )
      assert.notInclude(flag.stderr, "ASK_LWA_TOKEN_HOST")
      assert.strictEqual(yield* emulator.count("token"), 0, "nothing was sent for any of them")
    }))

  it.scopedLive("a skill id that cannot be sent: BadRequest that says nothing was sent, claiming no HTTP status", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const text = yield* cli(["get", "x".repeat(300), "--output", "text"], envFor(emulator.url))
      assert.strictEqual(text.code, 10, text.stderr)
      assert.match(text.stderr, /nothing was sent/i)
      assert.notInclude(text.stderr, "HTTP 400")
      const json = yield* cli(["get", "x".repeat(300), "--output", "json"], envFor(emulator.url))
      const error = JSON.parse(json.stdout).error
      assert.deepStrictEqual([error._tag, error.status, error.attempts], ["BadRequest", null, 0])
      assert.strictEqual(yield* emulator.count("credentials"), 0)
    }))

  it.scopedLive("no ANSI codes when the output is not a terminal, on success or failure", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      for (
        const args of [["get", skillId, "--output", "text"], ["get", "amzn1.ask.skill.missing", "--output", "text"], [
          "get"
        ]]
      ) {
        const result = yield* cli(args, envFor(emulator.url))
        assert.notInclude(result.stdout + result.stderr, ESC, args.join(" "))
      }
    }))

  it.live("npx pnpm@10 -s cli runs the same built command", () =>
    Effect.gen(function*() {
      const viaCheckout = yield* cli(["--help"], {}, checkout)
      const direct = yield* cli(["--help"], {})
      assert.strictEqual(viaCheckout.code, 0, viaCheckout.stderr)
      assert.strictEqual(viaCheckout.stdout, direct.stdout)
      const root = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"))
      assert.strictEqual(root.scripts.cli, "node packages/cli/bin/checkout.mjs")
    }))
})
