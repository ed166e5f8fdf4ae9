// One process of the fleet bench: configured from the environment as users do
// (SkillCredentials.layerConfig; SMAPI_REDIS_URL / SMAPI_RATE_LIMIT turn fleet mode on).
//   throughput WARM_MS MEASURE_MS [C]  calls at concurrency C (16) in fibers; prints {"callsPerSecond","cpuMicrosPerCall"}
//   loop MS                         one call after another for MS milliseconds; prints {"ok","failed"}
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Effect from "effect/Effect"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"

const [mode, a, b, c] = process.argv.slice(2)
const skillId = process.env.BENCH_SKILL_ID ?? "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"
const call = SkillCredentials.get(skillId)

const forMillis = (millis: number, concurrency: number) =>
  Effect.suspend(() => {
    const end = performance.now() + millis
    let calls = 0
    let failed = 0
    const worker = Effect.whileLoop({
      while: () => performance.now() < end,
      body: () => Effect.either(call),
      step: (result) => {
        if (result._tag === "Right") calls++
        else failed++
      }
    })
    return Effect.map(
      Effect.all(Array.from({ length: concurrency }, () => worker), { concurrency: "unbounded", discard: true }),
      () => ({ calls, failed })
    )
  })

const program = Effect.gen(function*() {
  if (mode === "throughput") {
    const concurrency = Number(c ?? 16)
    yield* forMillis(Number(a), concurrency)
    const cpu = process.cpuUsage()
    const start = performance.now()
    const { calls, failed } = yield* forMillis(Number(b), concurrency)
    const seconds = (performance.now() - start) / 1000
    const used = process.cpuUsage(cpu)
    return { callsPerSecond: calls / seconds, cpuMicrosPerCall: (used.user + used.system) / calls, failed }
  }
  const { calls, failed } = yield* forMillis(Number(a), 1)
  return { ok: calls, failed }
}).pipe(
  Effect.provide(SkillCredentials.layerConfig({ transport: NodeHttpTransport.layer() })),
  Logger.withMinimumLogLevel(LogLevel.Error)
)

Effect.runPromise(program).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`)
    process.exit(0)
  },
  (error) => {
    process.stderr.write(`${String(error)}\n`)
    process.exit(1)
  }
)
