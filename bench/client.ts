/**
 * One measurement in a process of its own: `client.ts <mode> <client> <url> [concurrency]`.
 * Prints one line of JSON.
 */
import { clients } from "./clients.js"

const [mode, name, url, concurrencyArg] = process.argv.slice(2) as [string, string, string, string?]
const client = clients[name]!(url)
const concurrency = Number(concurrencyArg ?? 1)

const runFor = async (millis: number) => {
  let calls = 0
  const end = performance.now() + millis
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      await client.call()
      calls++
    }
  }))
  return calls
}

const runCount = async (count: number) => {
  let next = 0
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < count) await client.call()
  }))
}

const gc = () => (globalThis as { gc?: () => void }).gc?.()

if (mode === "throughput") {
  await runFor(1500) // warm-up: JIT, connection pool, token
  const cpu = process.cpuUsage()
  const start = performance.now()
  const calls = await runFor(3000)
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  console.log(
    JSON.stringify({ calls, perSecond: calls / seconds, cpuMicrosPerCall: (used.user + used.system) / calls })
  )
} else if (mode === "cold-calls") {
  // n concurrent calls on a client that has no token yet
  await Promise.all(Array.from({ length: concurrency }, () => client.call()))
  console.log(JSON.stringify({ calls: concurrency }))
} else if (mode === "memory") {
  await runCount(10_000)
  gc()
  const before = process.memoryUsage().rss
  await runCount(100_000)
  gc()
  const after = process.memoryUsage().rss
  console.log(JSON.stringify({ calls: 100_000, before, after, growth: after - before }))
}
await client.close()
process.exit(0)
