/**
 * `npx pnpm@10 -s bench:fleet [--write] [--rounds N]`: fleet mode's costs, in alternating rounds,
 * each process configured from the environment as users do (median and range of the rounds):
 *
 * 1. the cost of a hot call (token in the in-process L1) in fleet mode against the plain
 *    in-process path, against one plain loopback server; and with a fleet rate limit, which costs
 *    a Redis round trip per request;
 * 2. token requests for N processes, fleet against not, on the emulator with short-lived tokens,
 *    and what that makes per hour with LWA's one-hour tokens.
 *
 * It starts its own redis-server (Debian's package) on a free loopback port, without persistence.
 * It prints; `--write` also writes bench/FLEET.md.
 */
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Scope from "effect/Scope"
import { execFile, fork, spawn } from "node:child_process"
import { writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { cpus, loadavg } from "node:os"
import { parseArgs } from "node:util"

const { values: flags } = parseArgs({
  options: { write: { type: "boolean", default: false }, rounds: { type: "string" } }
})
const rounds = Number(flags.rounds ?? 5)
const here = (path: string) => new URL(path, import.meta.url).pathname
const log = (line: string) => process.stderr.write(`${line}\n`)

const client = (args: ReadonlyArray<string>, env: Record<string, string>) =>
  new Promise<Record<string, number>>((resolve, reject) =>
    execFile(
      process.execPath,
      ["--import", "tsx", here("./fleet-client.ts"), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout))
    )
  )

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0))
    })
  })

const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const range = (values: ReadonlyArray<number>, digits: number) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`

const main = async () => {
  const redisPort = await freePort()
  const redis = spawn("redis-server", [
    "--port",
    String(redisPort),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no"
  ], {
    stdio: "ignore"
  })
  const server = fork(here("./server.mjs"), [], { stdio: ["ignore", "pipe", "inherit", "ipc"] })
  const serverPort = await new Promise<number>((resolve) =>
    server.stdout!.once("data", (d) => resolve(Number(String(d).trim())))
  )
  const scope = await Effect.runPromise(Scope.make())
  try {
    await new Promise((resolve) => setTimeout(resolve, 300))
    const redisUrl = `redis://127.0.0.1:${redisPort}/0`
    const plain = {
      ASK_SMAPI_SERVER_BASE_URL: `http://127.0.0.1:${serverPort}`,
      ASK_LWA_TOKEN_HOST: `http://127.0.0.1:${serverPort}`,
      ASK_LWA_CLIENT_ID: "amzn1.application-oa2-client.bench",
      ASK_LWA_CLIENT_CONFIRMATION: "bench-secret",
      ASK_REFRESH_TOKEN: "Atzr|bench",
      SMAPI_REDIS_URL: "",
      SMAPI_RATE_LIMIT: ""
    }
    // [environment, concurrency]: the rate limit costs a Redis round trip per request, measured
    // one call at a time (at 16, waiting fibers would ask again and again for the one slot)
    const modes = {
      "in-process": [plain, 16],
      "fleet (hot, L1)": [{ ...plain, SMAPI_REDIS_URL: redisUrl }, 16],
      "in-process, 1 at a time": [plain, 1],
      "fleet + SMAPI_RATE_LIMIT, 1 at a time": [
        { ...plain, SMAPI_REDIS_URL: redisUrl, SMAPI_RATE_LIMIT: "1000000/s" },
        1
      ]
    } as const
    const throughput: Record<string, Array<Record<string, number>>> = {}
    for (let round = 1; round <= rounds; round++) {
      for (const [name, [env, concurrency]] of Object.entries(modes)) {
        const result = await client(["throughput", "1500", "3000", String(concurrency)], env)
        ;(throughput[name] ??= []).push(result)
        log(
          `round ${round}: ${name}: ${result.callsPerSecond!.toFixed(0)} calls/s, ${
            result.cpuMicrosPerCall!.toFixed(1)
          } µs CPU/call`
        )
      }
    }

    // token requests: N processes calling for T seconds with 4-second tokens (refreshed at half life)
    const processes = 6
    const seconds = 12
    const lifetime = 4
    const emulator = await Effect.runPromise(Scope.extend(Emulator.make({ tokenLifetimeSeconds: lifetime }), scope))
    const tokens: Record<string, Array<number>> = {}
    for (let round = 1; round <= Math.min(rounds, 3); round++) {
      for (const [name, fleet] of [["not fleet", ""], ["fleet", redisUrl]] as const) {
        await Effect.runPromise(emulator.reset)
        await new Promise<void>((resolve, reject) => {
          const r = spawn("redis-cli", ["-p", String(redisPort), "flushall"], { stdio: "ignore" })
          r.once("exit", () => resolve())
          r.once("error", reject)
        })
        const env = {
          ...plain,
          ASK_SMAPI_SERVER_BASE_URL: emulator.url,
          ASK_LWA_TOKEN_HOST: emulator.url,
          ASK_LWA_CLIENT_ID: Emulator.demo.clientId,
          ASK_LWA_CLIENT_CONFIRMATION: Emulator.demo.clientSecret,
          ASK_REFRESH_TOKEN: Emulator.demo.refreshToken,
          BENCH_SKILL_ID: Emulator.demo.skillId,
          SMAPI_REDIS_URL: fleet
        }
        const results = await Promise.all(
          Array.from({ length: processes }, () => client(["loop", String(seconds * 1000)], env))
        )
        const failed = results.reduce((n, r) => n + r.failed!, 0)
        const count = await Effect.runPromise(emulator.count("token"))
        ;(tokens[name] ??= []).push(count)
        log(
          `round ${round}: ${name}: ${processes} processes, ${seconds} s: ${count} token requests (${failed} failed calls)`
        )
      }
    }

    const baseOf = (name: string) =>
      throughput[name.endsWith("1 at a time") ? "in-process, 1 at a time" : "in-process"]!.map((r) => r.callsPerSecond!)
    const lines = [
      `# Fleet mode: measured costs`,
      ``,
      `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}, load average ${
        loadavg()[0]!.toFixed(1)
      } at the end; ${rounds} alternating rounds, median (lowest–highest).`,
      ``,
      `## A hot call (token in the in-process L1), one loopback server; against in-process at the same concurrency`,
      ``,
      `| path | calls/s | CPU µs/call | calls/s against in-process |`,
      `|---|---|---|---|`,
      ...Object.keys(modes).map((name) => {
        const results = throughput[name]!
        const base = baseOf(name)
        const ratios = results.map((r, i) => r.callsPerSecond! / base[i]!)
        return `| ${name} | ${range(results.map((r) => r.callsPerSecond!), 0)} | ${
          range(results.map((r) => r.cpuMicrosPerCall!), 1)
        } | ${range(ratios, 2)}x |`
      }),
      ``,
      `## Token requests, ${processes} processes calling for ${seconds} s with ${lifetime}-second tokens`,
      ``,
      `| | token requests | per process |`,
      `|---|---|---|`,
      ...Object.entries(tokens).map(([name, counts]) =>
        `| ${name} | ${range(counts, 0)} | ${range(counts.map((c) => c / processes), 1)} |`
      ),
      ``,
      `With LWA's one-hour tokens refreshed 5 minutes before expiry (one refresh per 55 minutes), that is`,
      `about ${(processes * 60 / 55).toFixed(1)} token requests per hour for ${processes} processes alone, and ${
        (60 / 55).toFixed(1)
      } for the fleet, whatever its size.`
    ]
    const report = lines.join("\n")
    console.log(report)
    if (flags.write) writeFileSync(here("./FLEET.md"), `${report}\n`)
  } finally {
    await Effect.runPromise(Scope.close(scope, Exit.void))
    server.kill()
    redis.kill("SIGKILL")
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})
