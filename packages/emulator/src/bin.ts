#!/usr/bin/env node
/**
 * `npx pnpm@10 -s emulator [options] [-- command args…]`: runs the emulator in the foreground,
 * printing its URL and the environment that points the CLI and the examples at it; or, given a
 * command, runs that command with that environment and stops when it ends, exiting with its code.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { spawn } from "node:child_process"
import { parseArgs } from "node:util"
import * as Emulator from "./Emulator.js"

const usage = `Usage: smapi-emulator [options] [-- command [args…]]   (from a checkout: npx pnpm@10 -s emulator …)

A loopback SMAPI + Login with Amazon server for tests and demos: every SMAPI operation of the
model, its own vendor ${Emulator.demo.vendorId} (the owner of every skill it creates).

Options
  --port N                   port to listen on (default 0: a free one)
  --token-lifetime SECONDS   lifetime of the access tokens it issues (default 3600)
  --rotate-refresh-tokens    issue a new refresh token with every refresh, retiring the old one
  -h, --help                 this help

With a command after --, runs it with ASK_SMAPI_SERVER_BASE_URL, ASK_LWA_TOKEN_HOST,
ASK_LWA_CLIENT_ID, ASK_LWA_CLIENT_CONFIRMATION, ASK_REFRESH_TOKEN, ASK_VENDOR_ID
(${Emulator.demo.vendorId}) and SMAPI_EMULATOR_URL pointing at the emulator, then stops and exits
with the command's code.

Control route (JSON over HTTP, for test suites in any language):
${Object.entries(Emulator.controlRoutes).map(([route, what]) => `  ${route.padEnd(31)} ${what}`).join("\n")}
`

const fail = (message: string): never => {
  process.stderr.write(`emulator: ${message}\n`)
  process.exit(1)
}

const argv = process.argv.slice(2)
const split = argv.indexOf("--")
const command = split === -1 ? [] : argv.slice(split + 1)
let values: { port?: string; "token-lifetime"?: string; "rotate-refresh-tokens"?: boolean; help?: boolean }
try {
  values = parseArgs({
    args: split === -1 ? argv : argv.slice(0, split),
    options: {
      port: { type: "string" },
      "token-lifetime": { type: "string" },
      "rotate-refresh-tokens": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  }).values
} catch (error) {
  // parseArgs says what is wrong in its first line; the rest is its hint
  fail(`${String((error as Error).message).split("\n")[0]} (smapi-emulator --help lists the options)`)
  throw error
}
if (values.help) {
  process.stdout.write(usage)
  process.exit(0)
}
const port = Number(values.port ?? "0")
if (!/^\d+$/.test(values.port ?? "0") || port > 65535) fail(`--port must be a whole number from 0 to 65535`)
const tokenLifetimeSeconds = Number(values["token-lifetime"] ?? "3600")
if (!(tokenLifetimeSeconds > 0)) fail(`--token-lifetime must be a number of seconds above 0`)
if (split !== -1 && command.length === 0) fail("nothing after --: give a command to run")

const environment = (url: string) => ({
  ASK_SMAPI_SERVER_BASE_URL: url,
  ASK_LWA_TOKEN_HOST: url,
  ASK_LWA_CLIENT_ID: Emulator.demo.clientId,
  ASK_LWA_CLIENT_CONFIRMATION: Emulator.demo.clientSecret,
  ASK_REFRESH_TOKEN: Emulator.demo.refreshToken,
  ASK_VENDOR_ID: Emulator.demo.vendorId,
  SMAPI_EMULATOR_URL: url
})

// Run from a package script (`pnpm emulator -- …`), the environment holds the package manager's
// own settings; a nested `npx` would warn about each one it does not know. The command gets the
// environment the user had.
const packageManagerVariable = /^(npm_|pnpm_|PNPM_SCRIPT_SRC_DIR$)/i
const inherited = () =>
  process.env.npm_lifecycle_event === undefined
    ? process.env
    : Object.fromEntries(Object.entries(process.env).filter(([name]) => !packageManagerVariable.test(name)))

const banner = (url: string) =>
  `SMAPI + LWA emulator listening on ${url}

Point the CLI and the examples at it:

${
    Object.entries(environment(url)).filter(([name]) => name.startsWith("ASK_")).map(([name, value]) =>
      `  export ${name}='${value}'`
    ).join("\n")
  }

  its vendor:              ${Emulator.demo.vendorId} (owns every skill it creates)
  skill of this vendor:    ${Emulator.demo.skillId}
  skill of another vendor: ${Emulator.demo.otherVendorSkillId} (403)

Control it over HTTP at ${url}/__emulator (smapi-emulator --help lists the routes).
Ctrl-C stops it.
`

// Runs the command with the emulator's environment; its exit code (or 128 + signal) is ours.
const runCommand = (url: string) =>
  Effect.async<number>((resume) => {
    const child = spawn(command[0]!, command.slice(1), {
      stdio: "inherit",
      env: { ...inherited(), ...environment(url) }
    })
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
    const onInt = forward("SIGINT")
    const onTerm = forward("SIGTERM")
    process.on("SIGINT", onInt)
    process.on("SIGTERM", onTerm)
    const done = (code: number) => {
      process.off("SIGINT", onInt)
      process.off("SIGTERM", onTerm)
      resume(Effect.succeed(code))
    }
    child.once("error", (error) => {
      process.stderr.write(`emulator: could not run ${command[0]}: ${(error as NodeJS.ErrnoException).code}\n`)
      done(127)
    })
    child.once("exit", (code, signal) =>
      done(code ?? 128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : signal === "SIGKILL" ? 9 : 1)))
    return Effect.sync(() =>
      child.kill("SIGTERM")
    )
  })

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.make({
    port,
    tokenLifetimeSeconds,
    rotateRefreshTokens: values["rotate-refresh-tokens"] === true
  })
  if (command.length > 0) return yield* runCommand(emulator.url)
  process.stdout.write(banner(emulator.url))
  return yield* Effect.never
}).pipe(
  Effect.scoped,
  // a busy port and the like: one line, exit 1
  Effect.catchTag("EmulatorError", (error) =>
    Effect.sync(() => {
      process.stderr.write(`emulator: ${error.message}\n`)
      return 1
    }))
)

const fiber = Effect.runFork(program)
// Ctrl-C in the foreground stops the emulator: a normal end, exit 0.
fiber.addObserver((exit) => process.exit(Exit.isSuccess(exit) ? exit.value : 0))
if (command.length === 0) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => fiber.unsafeInterruptAsFork(fiber.id()))
  }
}
