/**
 * `npx pnpm@10 -s bench:micro [--rounds N] [--calls N]`: the engine alone, over an in-process
 * transport that answers at once, so that what is measured is the cost of the pipeline per call
 * (input checks, request building, decoding, metrics), not the network. Each operation runs in
 * alternating rounds in one process; medians and ranges of CPU microseconds and bytes allocated
 * per call, and each operation's ratio to the credentials call.
 */
import type * as Operation from "@smapi-effect/engine/Operation"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Operations from "@smapi-effect/smapi/Operations"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { parseArgs } from "node:util"
import { GCProfiler, getHeapStatistics } from "node:v8"

const { values: flags } = parseArgs({
  options: { rounds: { type: "string", default: "5" }, calls: { type: "string", default: "100000" } }
})
const rounds = Number(flags.rounds)
const calls = Number(flags.calls)
if (!(rounds >= 3)) throw new Error("--rounds: at least 3 (a target is met only by a median of three or more)")
const concurrency = 16

interface Case {
  readonly name: string
  readonly path: string
  readonly body: unknown
  readonly call: (client: SmapiClient.Service) => Effect.Effect<unknown, unknown>
}

const make = <I, A, E>(name: string, operation: Operation.Operation<I, A, E>, input: I, body: unknown): Case => ({
  name,
  path: operation.path,
  body,
  call: (client) => client.call(operation, input)
})

const cases: ReadonlyArray<Case> = [
  make("getSkillCredentialsV1 (path parameter)", SkillCredentials.operation, { skillId: "amzn1.ask.skill.bench" }, {
    skillMessagingCredentials: { clientId: "amzn1.application-oa2-client.bench", clientSecret: "secret" }
  }),
  make("generated getSkillCredentialsV1", Operations.getSkillCredentialsV1, { skillId: "amzn1.ask.skill.bench" }, {
    skillMessagingCredentials: { clientId: "amzn1.application-oa2-client.bench", clientSecret: "secret" }
  }),
  make("listSkillsForVendorV1 (query parameters)", Operations.listSkillsForVendorV1, {
    vendorId: "M1BENCHVENDOR",
    maxResults: 10
  }, { skills: [{ skillId: "amzn1.ask.skill.bench", stage: "development" }], isTruncated: false })
]

// One canned answer per URL path: the transport does no work a real one would not.
const answers = new Map<string, HttpTransport.HttpResponse>()
const transport = Layer.succeed(
  HttpTransport.HttpTransport,
  HttpTransport.HttpTransport.of({
    send: (request) => Effect.succeed(answers.get(new URL(request.url).pathname)!)
  })
)

const runtime = ManagedRuntime.make(
  SmapiClient.layer({ endpoint: "https://api.amazonalexa.com" }).pipe(
    Layer.provide(LwaAuth.layerStatic("Atza|bench-token")),
    Layer.provide(transport),
    Layer.orDie
  )
)
const client = await runtime.runPromise(SmapiClient.SmapiClient)

const encoder = new TextEncoder()
for (const c of cases) {
  // the first call tells which path the operation answers on
  const path = c.path.replace(/\{[^}]+\}/g, () => "amzn1.ask.skill.bench")
  answers.set(path, {
    status: 200,
    headers: { "content-type": "application/json" },
    body: encoder.encode(JSON.stringify(c.body))
  })
}

// `calls` calls from `concurrency` fibers; CPU and allocation per call.
const measure = async (c: Case) => {
  const perFiber = Math.ceil(calls / concurrency)
  const one = c.call(client)
  const program = Effect.forEach(
    Array.from({ length: concurrency }),
    () => Effect.repeatN(one, perFiber - 1),
    { concurrency: "unbounded", discard: true }
  )
  const profiler = new GCProfiler()
  profiler.start()
  const before = getHeapStatistics().used_heap_size
  const cpu = process.cpuUsage()
  await runtime.runPromise(program)
  const used = process.cpuUsage(cpu)
  const after = getHeapStatistics().used_heap_size
  let freed = 0
  for (const s of profiler.stop().statistics) {
    freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize
  }
  const n = perFiber * concurrency
  return { cpu: (used.user + used.system) / n, bytes: (after - before + freed) / n }
}

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const range = (xs: ReadonlyArray<number>, digits: number) =>
  `${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`

// warm-up: JIT and caches, not counted
for (const c of cases) await measure(c)
const results = cases.map(() => ({ cpu: [] as Array<number>, bytes: [] as Array<number> }))
for (let round = 0; round < rounds; round++) {
  // alternate the order, so that neither operation always runs on a warmer process
  const order = round % 2 === 0 ? cases.map((_, i) => i) : cases.map((_, i) => cases.length - 1 - i)
  for (const i of order) {
    const r = await measure(cases[i]!)
    results[i]!.cpu.push(r.cpu)
    results[i]!.bytes.push(r.bytes)
  }
}
await runtime.dispose()

const base = median(results[0]!.cpu)
console.log(
  `engine alone, in-process transport, ${calls} calls per round, ${rounds} alternating rounds, concurrency ${concurrency}\n`
)
console.log("| operation | CPU µs/call (median, range) | KB allocated/call | CPU vs credentials |")
console.log("|---|---|---|---|")
cases.forEach((c, i) => {
  const r = results[i]!
  console.log(
    `| ${c.name} | ${median(r.cpu).toFixed(2)} (${range(r.cpu, 2)}) | ${(median(r.bytes) / 1024).toFixed(1)} (${
      range(r.bytes.map((b) => b / 1024), 1)
    }) | ${(median(r.cpu) / base).toFixed(2)}x |`
  )
})
