// The Node program: every import path the README shows, type-checked here and run with plain node.
import { Emulator } from "@smapi-effect/emulator"
import * as TestProxy from "@smapi-effect/emulator/TestProxy"
import { SmapiClient } from "@smapi-effect/engine"
import { HttpTransport, TestHttpTransport } from "@smapi-effect/http-transport"
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import { LwaAuth } from "@smapi-effect/lwa-auth"
import { RetryPolicy, SkillCredentials } from "@smapi-effect/skill-credentials"
import { Effect, Layer, Redacted } from "effect"
import { checks } from "./checks.js"

const skillId = Emulator.demo.skillId

// the engine directly, on the skill-credentials operation
const engineCall = SmapiClient.call(SkillCredentials.operation, { skillId }).pipe(
  Effect.provide(SmapiClient.layerConfig({ transport: NodeHttpTransport.layer() })),
  Effect.tap(() => console.log("node: SmapiClient.call on an Operation description"))
)

// layers composed by hand, over the test transport: no network at all
const scripted = SkillCredentials.get(skillId).pipe(
  Effect.provide(
    SkillCredentials.layer({ retry: RetryPolicy.make({ maxAttempts: 1 }) }).pipe(
      Layer.provide(LwaAuth.layerStatic(Redacted.make("Atza|a-test-token"))),
      Layer.provideMerge(TestHttpTransport.layerScript([
        TestHttpTransport.respond(200, { skillMessagingCredentials: { clientId: "scripted", clientSecret: "s" } })
      ]))
    )
  ),
  Effect.flatMap((credentials) =>
    credentials.skillMessagingCredentials.clientId === "scripted"
      ? Effect.sync(() => console.log("node: TestHttpTransport scripted answer"))
      : Effect.dieMessage("consumer check: the scripted answer was not decoded")
  )
)

// the fast transport through a loopback proxy from the emulator package
const proxied = Effect.scoped(Effect.gen(function*() {
  const proxy = yield* TestProxy.make()
  yield* checks("node (NodeHttpTransport via TestProxy)", skillId, NodeHttpTransport.layer({ proxy: proxy.url }))
  const passages = yield* proxy.passages
  if (passages.length === 0) return yield* Effect.dieMessage("consumer check: nothing went through the proxy")
}))

const program = Effect.gen(function*() {
  yield* checks("node (fetch)", skillId, HttpTransport.layerFetch())
  yield* checks("node (NodeHttpTransport)", skillId, NodeHttpTransport.layer())
  yield* proxied
  yield* engineCall
  yield* scripted
})

Effect.runPromiseExit(program).then((exit) => {
  if (exit._tag === "Failure") {
    console.error(String(exit.cause))
    process.exitCode = 1
  }
})
