/**
 * One measurement in a process of its own, printing one line of JSON:
 *
 * - `throughput <client> <url> <concurrency> <warmMillis> <measureMillis>`: calls per second, CPU
 *   microseconds and bytes allocated per call, resident size sampled while measuring;
 * - `cold-calls <client> <url> <n>`: n concurrent calls on a client with no token yet;
 * - `leak <client> <url> <concurrency> <checkpoints…>`: heap used after a full GC at each
 *   checkpoint (a number of calls), run with `--expose-gc`.
 */
import { GCProfiler, getHeapStatistics } from "node:v8"
import { clients } from "./clients.js"

const [mode, name, url, ...rest] = process.argv.slice(2) as [string, string, string, ...Array<string>]
const client = clients[name]!(url)
const args = rest.map(Number)

const gc = () => {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect === undefined) throw new Error("run with --expose-gc")
  // twice: what the first one frees may hold the last references to more
  collect()
  collect()
}

const forMillis = (millis: number) => {
  const end = performance.now() + millis
  return () => performance.now() < end
}

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

let result: unknown
if (mode === "throughput") {
  const [concurrency, warm, measure] = args as [number, number, number]
  await client.run(concurrency, forMillis(warm)) // JIT, connection pool, token
  const rss: Array<number> = []
  const sampler = setInterval(() => rss.push(process.memoryUsage.rss()), 50)
  const profiler = new GCProfiler()
  profiler.start()
  const usedBefore = getHeapStatistics().used_heap_size
  const cpu = process.cpuUsage()
  const start = performance.now()
  const calls = await client.run(concurrency, forMillis(measure))
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  const usedAfter = getHeapStatistics().used_heap_size
  const gcs = profiler.stop().statistics
  clearInterval(sampler)
  // allocated = what the heap grew by + what every collection in between freed
  let freed = 0
  for (const s of gcs) freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize
  result = {
    calls,
    perSecond: calls / seconds,
    cpuMicrosPerCall: (used.user + used.system) / calls,
    bytesPerCall: (usedAfter - usedBefore + freed) / calls,
    rss: median(rss)
  }
} else if (mode === "cold-calls") {
  const [n] = args as [number]
  let started = 0
  await client.run(n, () => started++ < n)
  result = { calls: n }
} else if (mode === "leak") {
  const [concurrency, ...checkpoints] = args as [number, ...Array<number>]
  const heap: Array<{ calls: number; heapUsed: number }> = []
  let done = 0
  for (const checkpoint of checkpoints) {
    let next = done
    done += await client.run(concurrency, () => next++ < checkpoint)
    gc()
    heap.push({ calls: done, heapUsed: process.memoryUsage().heapUsed })
  }
  result = { heap }
}
await client.close()
console.log(JSON.stringify(result))
process.exit(0)
