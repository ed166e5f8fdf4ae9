/**
 * Starting up: a busy port is a typed error in-process, and one line and exit 1 from the command;
 * so is a bad flag. `--help` lists the options, the vendor and the control route; `-- command`
 * runs the command against the emulator. The command runs from its bundle, as a checkout runs it.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as TestProxy from "@smapi-effect/emulator/TestProxy"
import * as Effect from "effect/Effect"
import { execFile, execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const bundle = fileURLToPath(new URL("../dist/smapi-emulator.mjs", import.meta.url))
execFileSync(process.execPath, [fileURLToPath(new URL("../build.mjs", import.meta.url)), "--if-stale"], {
  stdio: "inherit"
})

const emulator = (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  Effect.async<{ code: number; stdout: string; stderr: string }>((resume) => {
    const child = execFile(
      process.execPath,
      [bundle, ...args],
      { timeout: 30_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resume(Effect.succeed({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }))
    )
    return Effect.sync(() => child.kill())
  })

const portOf = (url: string) => Number(new URL(url).port)

describe("Emulator start-up", () => {
  it.scopedLive("a busy port is an EmulatorError, and the process goes on", () =>
    Effect.gen(function*() {
      const first = yield* Emulator.make()
      const error = yield* Effect.flip(Emulator.make({ port: portOf(first.url) }))
      assert.strictEqual(error._tag, "EmulatorError")
      assert.strictEqual(error.reason, "AddressInUse")
      assert.include(error.message, `port ${portOf(first.url)}`)
      const proxyError = yield* Effect.flip(TestProxy.make({ port: portOf(first.url) }))
      assert.strictEqual(proxyError.reason, "AddressInUse")
    }))

  it.scopedLive("the command: a busy port or a bad flag is one line and exit 1", () =>
    Effect.gen(function*() {
      const running = yield* Emulator.make()
      for (
        const [args, says] of [
          [["--port", String(portOf(running.url))], "is already in use"],
          [["--bogus"], "--bogus"],
          [["--port", "http"], "--port"],
          [["--token-lifetime", "0"], "--token-lifetime"],
          [["--"], "nothing after --"]
        ] as const
      ) {
        const result = yield* emulator(args)
        assert.strictEqual(result.code, 1, args.join(" "))
        assert.strictEqual(result.stderr.trim().split("\n").length, 1, result.stderr)
        assert.match(result.stderr, /^emulator: /)
        assert.include(result.stderr, says)
        assert.notInclude(result.stderr, "    at ")
      }
    }))

  it.live("--help lists the options and the control route, exit 0", () =>
    Effect.gen(function*() {
      const result = yield* emulator(["--help"])
      assert.strictEqual(result.code, 0)
      for (
        const text of [
          "--port",
          "--token-lifetime",
          "--rotate-refresh-tokens",
          "POST /__emulator/faults",
          "ASK_VENDOR_ID",
          Emulator.demo.vendorId
        ]
      ) {
        assert.include(result.stdout, text)
      }
    }))

  it.live("-- command: runs it with the environment pointing at the emulator, and exits with its code", () =>
    Effect.gen(function*() {
      const script = `
        const url = process.env.ASK_SMAPI_SERVER_BASE_URL
        const res = await fetch(url + "/auth/o2/token", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            grant_type: "refresh_token",
            refresh_token: process.env.ASK_REFRESH_TOKEN,
            client_id: process.env.ASK_LWA_CLIENT_ID,
            client_secret: process.env.ASK_LWA_CLIENT_CONFIRMATION
          })
        })
        console.log(res.status, url === process.env.ASK_LWA_TOKEN_HOST, url === process.env.SMAPI_EMULATOR_URL,
          process.env.ASK_VENDOR_ID, process.env.npm_config_reporter, process.env.KEPT)
        process.exit(7)`
      // as `pnpm emulator -- …` runs it: the package manager's settings stay out of the command's environment
      const result = yield* emulator(["--", process.execPath, "--input-type=module", "-e", script], {
        npm_lifecycle_event: "emulator",
        npm_config_reporter: "silent",
        KEPT: "kept"
      })
      assert.strictEqual(result.code, 7, result.stderr)
      assert.strictEqual(result.stdout.trim(), `200 true true ${Emulator.demo.vendorId} undefined kept`)
    }))

  it.live("-- npm …, as `pnpm emulator -- npx …` runs it: no npm warning about pnpm's settings", () =>
    Effect.gen(function*() {
      const pnpmSettings = {
        npm_lifecycle_event: "emulator",
        npm_config_reporter: "silent",
        npm_config_verify_deps_before_run: "false",
        npm_config__jsr_registry: "https://npm.jsr.io/"
      }
      const result = yield* emulator(["--", "npm", "config", "get", "registry"], pnpmSettings)
      assert.strictEqual(result.code, 0, result.stderr)
      assert.notInclude(result.stderr, "npm warn", result.stderr)
    }))

  it.live("the banner names the vendor and ASK_VENDOR_ID", () =>
    Effect.async<string>((resume) => {
      const child = execFile(process.execPath, [bundle], { timeout: 30_000 })
      let out = ""
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes("Ctrl-C")) child.kill("SIGINT")
      })
      child.once("exit", () => resume(Effect.succeed(out)))
      return Effect.sync(() => child.kill())
    }).pipe(Effect.map((banner) => {
      assert.include(banner, `export ASK_VENDOR_ID='${Emulator.demo.vendorId}'`)
      assert.include(banner, `its vendor:              ${Emulator.demo.vendorId}`)
    })))
})
