/**
 * The built command, as users run it: node and the bundle, built once when stale.
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Effect from "effect/Effect"
import { execFile, execFileSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const bundle = fileURLToPath(new URL("../dist/smapi-credentials.mjs", import.meta.url))
export const checkout = fileURLToPath(new URL("../bin/checkout.mjs", import.meta.url))

/** Builds the bundle if it is missing or older than its sources. */
export const ensureBuilt = () => {
  execFileSync(process.execPath, [fileURLToPath(new URL("../build.mjs", import.meta.url)), "--if-stale"], {
    stdio: "inherit"
  })
}

export interface Result {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The variables that point the command at an emulator at `url`, with its demo credentials. */
export const envFor = (url: string, overrides: Record<string, string> = {}): Record<string, string> => ({
  ASK_SMAPI_SERVER_BASE_URL: url,
  ASK_LWA_TOKEN_HOST: url,
  ASK_LWA_CLIENT_ID: Emulator.demo.clientId,
  ASK_LWA_CLIENT_CONFIRMATION: Emulator.demo.clientSecret,
  ASK_REFRESH_TOKEN: Emulator.demo.refreshToken,
  ...overrides
})

/** Where the runs of this test file keep the launcher's code cache: never the user's own. */
export const cacheHome = mkdtempSync(join(tmpdir(), "smapi-credentials-cache-"))

/** Runs the bundle with exactly `env` (and PATH, and a cache home of its own), stdout and stderr piped. */
export const cli = (args: ReadonlyArray<string>, env: Record<string, string>, script = bundle) =>
  Effect.async<Result>((resume) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      { env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: cacheHome, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resume(Effect.succeed({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }))
    )
    return Effect.sync(() => child.kill())
  })

export const smapiBundle = fileURLToPath(new URL("../dist/smapi.mjs", import.meta.url))

/** Runs the smapi bundle with exactly `env` (and PATH, and a cache home of its own). */
export const smapi = (args: ReadonlyArray<string>, env: Record<string, string>) => cli(args, env, smapiBundle)
