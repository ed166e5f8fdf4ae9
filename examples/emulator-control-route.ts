/**
 * The emulator driven over HTTP, as a test suite in any language (or curl) would: register a
 * security profile and a skill, queue faults, read the request log and the counts, all through
 * its control route under /__emulator/. This starts the emulator in-process for a self-contained
 * run; `npx pnpm@10 -s emulator` serves the same route from its own process.
 *
 *   npx pnpm@10 -s example emulator-control-route
 *
 * The same with curl, against a running emulator at $URL:
 *
 *   curl -X POST $URL/__emulator/faults -d '{"route":"credentials","faults":[{"_tag":"Status","status":503}]}'
 *   curl $URL/__emulator/log
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"

// Plain fetch, nothing from this library: what a suite in another language does.
const control = (url: string, method: "GET" | "POST", path: string, body?: unknown) =>
  Effect.promise(async () => {
    const response = await fetch(`${url}/__emulator${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return await response.json() as Record<string, unknown>
  })

const program = Effect.gen(function*() {
  const { url } = yield* Emulator.make()
  yield* Console.log(`emulator at ${url}; control route at ${url}/__emulator`)

  // a security profile of our own, with a refresh token, and a skill of its vendor
  yield* control(url, "POST", "/clients", {
    clientId: "amzn1.application-oa2-client.example",
    clientSecret: "example-client-secret",
    vendorId: "M9EXAMPLE",
    refreshTokens: ["Atzr|example-refresh-token"]
  })
  yield* control(url, "POST", "/skills", {
    skillId: "amzn1.ask.skill.example",
    vendorId: "M9EXAMPLE",
    clientId: "amzn1.application-oa2-client.example-messaging",
    clientSecret: "example-messaging-secret"
  })

  // the next two credentials requests fail: a 503, then a 429 asking for a one-second wait
  const queued = yield* control(url, "POST", "/faults", {
    route: "credentials",
    faults: [{ _tag: "Status", status: 503 }, { _tag: "Status", status: 429, retryAfter: 1 }]
  })
  yield* Console.log(`queued faults: ${queued.queued}`)

  // a client under test (here, this library) rides through both
  const { skillMessagingCredentials } = yield* SkillCredentials.get("amzn1.ask.skill.example").pipe(
    Effect.provide(SkillCredentials.layerConfig({
      onRetry: (event) => Console.log(`  retrying after ${event.error._tag} (attempt ${event.nextAttempt})`)
    })),
    Effect.withConfigProvider(ConfigProvider.fromJson({
      ASK_SMAPI_SERVER_BASE_URL: url,
      ASK_LWA_TOKEN_HOST: url,
      ASK_LWA_CLIENT_ID: "amzn1.application-oa2-client.example",
      ASK_LWA_CLIENT_CONFIRMATION: "example-client-secret",
      ASK_REFRESH_TOKEN: "Atzr|example-refresh-token"
    }))
  )
  yield* Console.log(`got clientId ${skillMessagingCredentials.clientId}`)

  // what the emulator saw, read back over HTTP
  const log = yield* control(url, "GET", "/log")
  for (const entry of log.entries as Array<{ method: string; path: string; outcome: unknown }>) {
    yield* Console.log(`  ${entry.method} ${entry.path} -> ${entry.outcome}`)
  }
  const counts = yield* control(url, "GET", "/counts")
  yield* Console.log(`counts: ${counts.token} token request(s), ${counts.credentials} credentials request(s)`)
  if (counts.credentials !== 3) {
    return yield* Effect.dieMessage(`expected 3 credentials requests, saw ${counts.credentials}`)
  }
}).pipe(Effect.scoped)

Effect.runPromise(program).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
