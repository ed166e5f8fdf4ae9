import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"

const response = TestHttpTransport.respond(200, { skillMessagingCredentials: { clientId: "a", clientSecret: "b" } })
const instant = Layer.succeed(HttpTransport.HttpTransport, {
  send: () =>
    process.env.ASYNC
      ? Effect.async((resume) => {
        setImmediate(() => resume(Effect.succeed(response)))
      })
      : Effect.succeed(response)
})
const runtime = ManagedRuntime.make(
  SkillCredentials.layer().pipe(Layer.provide(LwaAuth.layerStatic("Atza|x")), Layer.provide(instant), Layer.orDie)
)
const get = SkillCredentials.get("amzn1.ask.skill.bench")
const N = 50_000
for (const label of ["warm", "measure"]) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  await Promise.all(Array.from({ length: 16 }, async (_, w) => {
    for (let i = w; i < N; i += 16) await runtime.runPromise(get)
  }))
  const u = process.cpuUsage(cpu)
  if (label === "measure") {
    console.log(
      `${((u.user + u.system) / N).toFixed(1)} µs CPU/call, ${
        ((performance.now() - start) * 1000 / N).toFixed(1)
      } µs wall/call`
    )
  }
}
const bare = Effect.succeed(1)
const s2 = performance.now()
for (let i = 0; i < N; i++) await runtime.runPromise(bare)
console.log(`runPromise(succeed): ${((performance.now() - s2) * 1000 / N).toFixed(1)} µs`)
await runtime.dispose()
