/**
 * `npx pnpm@10 bench [--write] [--quick] [--rounds N] [--leak-calls N] [--no-leak]`: every
 * performance target measured in alternating rounds against one plain loopback server, each
 * client in a process of its own; medians with their range. Prints the report; `--write` also
 * writes it to bench/RESULTS.md.
 */
import { build } from "esbuild"
import { execFile, fork } from "node:child_process"
import { writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { parseArgs } from "node:util"
import { skillId } from "./clients.js"

const { values: flags } = parseArgs({
  options: {
    write: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    rounds: { type: "string" },
    "leak-calls": { type: "string" },
    "no-leak": { type: "boolean", default: false }
  }
})
const quick = flags.quick
const rounds = Number(flags.rounds ?? 3)
const warmMillis = quick ? 500 : 1000
const measureMillis = quick ? 1500 : 2500
const coldPairs = quick ? 5 : 8
const leakCalls = Number(flags["leak-calls"] ?? (quick ? 300_000 : 1_000_000))
const concurrency = 16
if (!(rounds >= 3) && !quick) {
  throw new Error("--rounds: at least 3 (a target is met only by a median of three or more)")
}

const here = (path: string) => new URL(path, import.meta.url).pathname
const cli = here("../packages/cli/dist/smapi-credentials.mjs")
const smapiCli = here("../packages/cli/dist/smapi.mjs")
const log = (line: string) => process.stderr.write(`${line}\n`)

const run = (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  new Promise<{ stdout: string; millis: number }>((resolve, reject) => {
    const start = performance.now()
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, ...env }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${args.join(" ")}: ${stderr || error.message}`))
        else resolve({ stdout, millis: performance.now() - start })
      }
    )
  })

// Every client runs as plain bundled JavaScript, as users run it: no TypeScript loader at run time.
const clientBundle = here("./dist/client.mjs")
await build({
  entryPoints: [here("./client.ts")],
  outfile: clientBundle,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
})

const measure = async <A>(args: ReadonlyArray<string | number>, nodeFlags: ReadonlyArray<string> = []): Promise<A> =>
  JSON.parse((await run([...nodeFlags, clientBundle, ...args.map(String)])).stdout) as A

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
interface Spread {
  readonly median: number
  readonly min: number
  readonly max: number
}
const spread = (xs: ReadonlyArray<number>): Spread => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs)
})
const fmt = (s: Spread, digits = 2, unit = "") =>
  `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`

const started = performance.now()
const server = fork(here("./server.mjs"), [], { stdio: ["ignore", "pipe", "inherit", "ipc"] })
const port = await new Promise<string>((resolve) => server.stdout!.once("data", (d) => resolve(String(d).trim())))
const url = `http://127.0.0.1:${port}`
const stats = async () => (await (await fetch(`${url}/__stats`)).json()) as { tokenRequests: number }
const reset = () => fetch(`${url}/__reset`)
const load = [loadavg()[0]!]

const bare = "undici.request (bare)"
const sdk = "ask-smapi-sdk"
const ours = ["smapi-effect (runPromise)", "smapi-effect (fibers)"] as const
const names = [bare, sdk, ...ours]

interface Throughput {
  readonly perSecond: number
  readonly cpuMicrosPerCall: number
  readonly bytesPerCall: number
  readonly rss: number
}
const throughput: Record<string, Array<Throughput>> = {}
const tokens: Record<string, Array<number>> = {}
const cold: {
  ours: Array<number>
  sdk: Array<number>
  ratio: Array<number>
  smapi: Array<number>
  smapiRatio: Array<number>
} = { ours: [], sdk: [], ratio: [], smapi: [], smapiRatio: [] }
const coldEnv = {
  ASK_SMAPI_SERVER_BASE_URL: url,
  ASK_LWA_TOKEN_HOST: url,
  ASK_LWA_CLIENT_ID: "amzn1.application-oa2-client.bench",
  ASK_LWA_CLIENT_CONFIRMATION: "bench-client-secret",
  ASK_REFRESH_TOKEN: "Atzr|bench-refresh"
}
let leak: { heap: Array<{ calls: number; heapUsed: number }> } | undefined

try {
  for (let round = 1; round <= rounds; round++) {
    // each round runs the clients in another order, so that none is always first after a pause
    const order = names.map((_, i) => names[(i + round - 1) % names.length]!)
    for (const name of order) {
      log(`round ${round}/${rounds}: throughput, ${name}`)
      ;(throughput[name] ??= []).push(
        await measure<Throughput>(["throughput", name, url, concurrency, warmMillis, measureMillis])
      )
    }
    for (const name of [sdk, ours[0]]) {
      log(`round ${round}/${rounds}: token economy, ${name}`)
      await reset()
      await measure(["cold-calls", name, url, 1000])
      ;(tokens[name] ??= []).push((await stats()).tokenRequests)
    }
    log(`round ${round}/${rounds}: cold process, ${coldPairs} pairs`)
    const oursMillis: Array<number> = []
    const sdkMillis: Array<number> = []
    const smapiMillis: Array<number> = []
    for (let i = 0; i < coldPairs; i++) {
      const runOurs = async () => oursMillis.push((await run([cli, "get", skillId], coldEnv)).millis)
      const runSdk = async () => sdkMillis.push((await run([here("./sdk-cold.mjs"), skillId], coldEnv)).millis)
      const runSmapi = async () =>
        smapiMillis.push((await run([smapiCli, "get-skill-status", "--skill-id", skillId], coldEnv)).millis)
      if (i % 2 === 0) await runOurs().then(runSdk).then(runSmapi)
      else await runSmapi().then(runSdk).then(runOurs)
    }
    cold.ours.push(median(oursMillis))
    cold.sdk.push(median(sdkMillis))
    cold.ratio.push(median(oursMillis) / median(sdkMillis))
    cold.smapi.push(median(smapiMillis))
    cold.smapiRatio.push(median(smapiMillis) / median(oursMillis))
    load.push(loadavg()[0]!)
  }
  if (!flags["no-leak"]) {
    log(`leak check: heap after GC from 100,000 to ${leakCalls.toLocaleString("en")} calls`)
    const checkpoints = [100_000]
    for (let n = 200_000; n < leakCalls; n += 200_000) checkpoints.push(n)
    checkpoints.push(leakCalls)
    // Effect-natively, the quicker way to a million calls on this machine
    leak = await measure(["leak", ours[1], url, concurrency, ...checkpoints], ["--expose-gc"])
    load.push(loadavg()[0]!)
  }
} finally {
  server.disconnect()
  server.kill()
}

// Ratios are taken within each round (clients measured minutes apart see different machines),
// then summarised as median and range over the rounds.
const perRound = (name: string, of: (t: Throughput) => number) => throughput[name]!.map(of)
const ratio = (name: string, base: string) =>
  spread(throughput[name]!.map((t, i) => t.perSecond / throughput[base]![i]!.perSecond))
const rssRatio = (name: string) => spread(throughput[name]!.map((t, i) => t.rss / throughput[sdk]![i]!.rss))
const mb = (bytes: number) => bytes / 1024 / 1024
const met = (ok: boolean) => (ok ? "met" : "**not met**")

const targetRows: Array<string> = []
for (const name of ours) {
  const vsSdk = ratio(name, sdk)
  const vsBare = ratio(name, bare)
  targetRows.push(`| throughput, ${name}, ≥ 1.2x ask-smapi-sdk | ${fmt(vsSdk, 2, "x")} | ${met(vsSdk.median >= 1.2)} |`)
  targetRows.push(
    `| throughput, ${name}, ≥ 0.75x bare undici.request | ${fmt(vsBare, 2, "x")} | ${met(vsBare.median >= 0.75)} |`
  )
}
const allTokens = tokens[ours[0]]!
targetRows.push(
  `| 1,000 concurrent cold calls → 1 LWA request | ${allTokens.join(", ")} (ask-smapi-sdk: ${
    tokens[sdk]!.join(", ")
  }) | ${met(allTokens.every((n) => n === 1))} |`
)
const coldRatio = spread(cold.ratio)
targetRows.push(
  `| cold CLI process ≤ 1.5x the ask-smapi-sdk script | ${fmt(coldRatio, 2, "x")} | ${met(coldRatio.median <= 1.5)} |`
)
const smapiRatio = spread(cold.smapiRatio)
targetRows.push(
  `| \`smapi get-skill-status\` cold ≤ 1.15x \`smapi-credentials get\` | ${fmt(smapiRatio, 2, "x")} | ${
    met(smapiRatio.median <= 1.15)
  } |`
)
if (leak !== undefined) {
  const first = leak.heap[0]!
  const last = leak.heap.at(-1)!
  const growth = mb(last.heapUsed - first.heapUsed)
  targetRows.push(
    `| no leak: heap after GC grows < 1 MB from ${first.calls.toLocaleString("en")} to ${
      last.calls.toLocaleString("en")
    } calls | ${growth.toFixed(2)} MB | ${met(growth < 1)} |`
  )
} else {
  targetRows.push("| no leak: heap after GC grows < 1 MB from 100,000 to 1,000,000 calls | not run (--no-leak) | |")
}
for (const name of ours) {
  const r = rssRatio(name)
  targetRows.push(
    `| steady resident size, ${name}, ≤ 1.15x ask-smapi-sdk's | ${fmt(r, 2, "x")} | ${met(r.median <= 1.15)} |`
  )
}

const clientRows = names.map((name) =>
  `| ${name} | ${fmt(spread(perRound(name, (t) => t.perSecond)), 0)} | ${
    fmt(spread(perRound(name, (t) => t.cpuMicrosPerCall)), 0)
  } | ${fmt(spread(perRound(name, (t) => t.bytesPerCall / 1024)), 1)} | ${
    fmt(spread(perRound(name, (t) => mb(t.rss))), 0)
  } |`
)

const report = `# Benchmark results

Measured by \`npx pnpm@10 bench\` (bench/run.ts) on ${
  new Date().toISOString().slice(0, 10)
}; \`--write\` saves this report as bench/RESULTS.md. Every figure
is the median of ${rounds} alternating rounds, with its range (lowest–highest) in brackets; a target
is met only when its median meets it. Ratios are taken within each round, then summarised.

Clients run one at a time, each in its own process, as one esbuild bundle of plain JavaScript
(bench/client.ts), against one plain loopback server in another process (bench/server.mjs: fixed
answers, the same for all). smapi-effect and ask-smapi-sdk both use a refresh-token grant; the bare
undici loop sends a fixed token. smapi-effect runs on its Node transport
(\`NodeHttpTransport\`), called two ways: a promise per call through \`runtime.runPromise\`, and
Effect-natively, ${concurrency} fibers in one runtime.

Machine: ${cpus().length} × ${
  cpus()[0]?.model ?? "unknown CPU"
}, Node ${process.version}, ${process.platform}/${process.arch}.
It is shared with other work (1-minute load average ${load.map((l) => l.toFixed(1)).join(", ")} over the run):
wall-clock figures move by tens of percent between runs, which is why rounds alternate and
ratios are taken within a round.

## Targets

| target | median (range) | |
|---|---|---|
${targetRows.join("\n")}

## Throughput, CPU and memory per client

Concurrency ${concurrency}; per round ${warmMillis / 1000} s of warm-up, then ${measureMillis / 1000} s measured.
CPU is the client process's user + system time per call; allocated is the bytes V8 allocated per
call (heap growth plus what each collection freed, from \`v8.GCProfiler\`); resident size is the
median of samples every 50 ms while measuring.

| client | calls/s | CPU µs/call | KB allocated/call | resident MB |
|---|---|---|---|---|
${clientRows.join("\n")}

## Token economy

1,000 concurrent calls on a client that has no access token yet (the token endpoint answers in
20 ms, as a real one takes tens of milliseconds), once per round: LWA token requests made,
smapi-effect ${allTokens.join(", ")}; ask-smapi-sdk ${tokens[sdk]!.join(", ")}.

## Cold process

Start Node, load, get one skill's credentials (token request included), exit: the installed
command, \`packages/cli/dist/smapi-credentials.mjs\` (built by \`npx pnpm@10 -s build\`), against the
minimal ask-smapi-sdk script (bench/sdk-cold.mjs). ${coldPairs} runs of each per round, alternating;
per round the median of each. smapi-credentials ${fmt(spread(cold.ours), 0, " ms")}, ask-smapi-sdk
script ${fmt(spread(cold.sdk), 0, " ms")}, ratio ${fmt(coldRatio, 2, "x")}. In the same rounds,
\`smapi get-skill-status\` (\`packages/cli/dist/smapi.mjs\`: the runtime, then the one command file it
loads) ${fmt(spread(cold.smapi), 0, " ms")}, ${fmt(smapiRatio, 2, "x")} smapi-credentials' time.

## Leak check

${
  leak === undefined
    ? "Not run (`--no-leak`)."
    : `Heap used after two forced full collections, at each checkpoint of one process calling
Effect-natively (${concurrency} fibers in one runtime):

| calls | heap used after GC (MB) |
|---|---|
${leak.heap.map((h) => `| ${h.calls.toLocaleString("en")} | ${mb(h.heapUsed).toFixed(2)} |`).join("\n")}`
}

The whole run took ${((performance.now() - started) / 1000).toFixed(0)} s. Reproduce with \`npx pnpm@10 bench\`
(\`--quick\` for a shorter run, \`--rounds N\`, \`--leak-calls N\`, \`--no-leak\`; \`--write\` updates this file).
`
process.stdout.write(report)
if (flags.write) writeFileSync(here("./RESULTS.md"), report)
