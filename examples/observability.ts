/**
 * Spans and metrics, exported with OpenTelemetry: every public call is one span (operation,
 * attempts, status, outcome), with the LWA token refresh nested in it, and the engine's Effect
 * metrics (requests by operation, status and outcome; latency; retries; token refreshes) are read
 * by an OpenTelemetry metric reader. Here both go to in-memory exporters and are printed; in
 * production, swap in an OTLP exporter. With no tracer installed, no span is made at all.
 *
 *   npx pnpm@10 -s example observability
 */
import * as NodeSdk from "@effect/opentelemetry/NodeSdk"
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  PeriodicExportingMetricReader
} from "@opentelemetry/sdk-metrics"
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Emulated from "./lib/emulated.js"

const spans = new InMemorySpanExporter()
const reader = new PeriodicExportingMetricReader({
  exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
  exportIntervalMillis: 60_000
})

const Telemetry = NodeSdk.layer(() => ({
  resource: { serviceName: "smapi-effect-example" },
  spanProcessor: new SimpleSpanProcessor(spans),
  metricReader: reader
}))

const program = Effect.gen(function*() {
  const emulator = yield* Emulator.make()
  // one transient failure, so that the span shows two attempts and a retry is counted
  yield* emulator.inject("credentials", Fault.status(503))
  const layer = SkillCredentials.layer({ endpoint: emulator.url }).pipe(
    Layer.provide(Emulated.lwa(emulator))
  )
  yield* Effect.gen(function*() {
    yield* SkillCredentials.get(Emulator.demo.skillId)
    yield* Effect.flip(SkillCredentials.get("amzn1.ask.skill.no-such-skill"))
  }).pipe(Effect.provide(layer))
}).pipe(Effect.scoped)

// What an exporter would receive: the reader collects the Effect metrics on demand.
const report = Effect.gen(function*() {
  yield* Console.log("spans:")
  for (const span of spans.getFinishedSpans()) {
    // header attributes left out for brevity (the Authorization header is recorded as "<redacted>")
    const attributes = Object.entries(span.attributes).filter(([key]) => !/header|server\.|scheme/.test(key))
    yield* Console.log(`  ${span.name}  ${JSON.stringify(Object.fromEntries(attributes))}`)
  }
  yield* Console.log("metrics:")
  const { resourceMetrics } = yield* Effect.promise(() => reader.collect())
  for (const metric of resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics)) {
    if (!/^(smapi|lwa)_/.test(metric.descriptor.name)) continue
    for (const point of metric.dataPoints) {
      const value = typeof point.value === "number" ? point.value : `count ${(point.value as { count: number }).count}`
      yield* Console.log(`  ${metric.descriptor.name} ${JSON.stringify(point.attributes)} ${value}`)
    }
  }
})

Effect.runPromise(Effect.zipRight(program, report).pipe(Effect.provide(Telemetry))).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
