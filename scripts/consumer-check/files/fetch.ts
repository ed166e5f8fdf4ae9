// The fetch-only program: plain `node`, `bun` and `deno` run its compiled JavaScript.
import { HttpTransport } from "@smapi-effect/http-transport"
import { Effect } from "effect"
import { checks } from "./checks.js"

const runtime = "Bun" in globalThis ? "bun" : "Deno" in globalThis ? "deno" : "node"
const skillId = process.env.CONSUMER_SKILL_ID ?? "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"

Effect.runPromiseExit(checks(`${runtime} (fetch)`, skillId, HttpTransport.layerFetch())).then((exit) => {
  if (exit._tag === "Failure") {
    console.error(String(exit.cause))
    process.exitCode = 1
  }
})
