/**
 * `npx pnpm@10 -s emulator [--port N] [--token-lifetime SECONDS] [--rotate-refresh-tokens]`:
 * runs the emulator in the foreground, printing its URL and the environment that points the CLI
 * and the examples at it. Ctrl-C stops it.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { parseArgs } from "node:util"
import * as Emulator from "./Emulator.js"

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    "token-lifetime": { type: "string", default: "3600" },
    "rotate-refresh-tokens": { type: "boolean", default: false }
  }
})

const port = Number(values.port)
const tokenLifetimeSeconds = Number(values["token-lifetime"])
if (!Number.isInteger(port) || port < 0 || port > 65535 || !(tokenLifetimeSeconds > 0)) {
  console.error("usage: emulator [--port 0-65535] [--token-lifetime SECONDS] [--rotate-refresh-tokens]")
  process.exit(1)
}

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.make({
    port,
    tokenLifetimeSeconds,
    rotateRefreshTokens: values["rotate-refresh-tokens"]
  })
  console.log(`SMAPI + LWA emulator listening on ${emulator.url}

Point the CLI and the examples at it:

  export ASK_SMAPI_SERVER_BASE_URL=${emulator.url}
  export ASK_LWA_TOKEN_HOST=${emulator.url}
  export ASK_LWA_CLIENT_ID=${Emulator.demo.clientId}
  export ASK_LWA_CLIENT_CONFIRMATION=${Emulator.demo.clientSecret}
  export ASK_REFRESH_TOKEN='${Emulator.demo.refreshToken}'

  skill of this vendor:    ${Emulator.demo.skillId}
  skill of another vendor: ${Emulator.demo.otherVendorSkillId} (403)

Ctrl-C stops it.`)
  return yield* Effect.never
}).pipe(Effect.scoped)

const fiber = Effect.runFork(program)
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    Effect.runFork(Fiber.interrupt(fiber)).addObserver(() => process.exit(0))
  })
}
