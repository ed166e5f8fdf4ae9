/**
 * The engine's metrics, as Effect `Metric`s: requests by operation, status and outcome, their
 * latency, and retries. Token refreshes are counted by `LwaAuth.tokenRefreshes`. Export them with
 * any metrics exporter (e.g. `@effect/opentelemetry`'s).
 *
 * @since 0.2.0
 */
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"

/**
 * Every attempt, tagged `operation`, `status` (the HTTP status, or `none` when no answer came)
 * and `outcome` (`success` or the error's tag).
 *
 * @since 0.2.0
 * @category metrics
 */
export const requests = Metric.counter("smapi_requests_total", {
  description: "SMAPI requests by operation, HTTP status and outcome",
  incremental: true
})

/**
 * The latency of every attempt in milliseconds, tagged `operation`.
 *
 * @since 0.2.0
 * @category metrics
 */
export const latency = Metric.histogram(
  "smapi_request_duration_ms",
  MetricBoundaries.exponential({ start: 1, factor: 2, count: 16 }),
  "SMAPI request latency in milliseconds, by operation"
)

/**
 * Every retry and replay, tagged `operation` and `reason` (the tag of the error retried).
 *
 * @since 0.2.0
 * @category metrics
 */
export const retries = Metric.counter("smapi_retries_total", {
  description: "SMAPI retries by operation and the error that caused them",
  incremental: true
})

// Tagging a metric per update costs more than the rest of the update: each tagged metric is made once.
const cache = new Map<string, Metric.Metric.Counter<number> | Metric.Metric.Histogram<number>>()
const once = <M extends Metric.Metric.Counter<number> | Metric.Metric.Histogram<number>>(
  key: string,
  make: () => M
) => {
  let metric = cache.get(key)
  if (metric === undefined) {
    metric = make()
    cache.set(key, metric)
  }
  return metric as M
}

/**
 * @since 0.2.0
 * @category tagged
 */
export const requestsOf = (
  operation: string,
  status: number | undefined,
  outcome: string
): Metric.Metric.Counter<number> =>
  once(`requests|${operation}|${status}|${outcome}`, () =>
    requests.pipe(
      Metric.tagged("operation", operation),
      Metric.tagged("status", status === undefined ? "none" : String(status)),
      Metric.tagged("outcome", outcome)
    ))

/**
 * @since 0.2.0
 * @category tagged
 */
export const latencyOf = (operation: string): Metric.Metric.Histogram<number> =>
  once(`latency|${operation}`, () => Metric.tagged(latency, "operation", operation))

/**
 * @since 0.2.0
 * @category tagged
 */
export const retriesOf = (operation: string, reason: string): Metric.Metric.Counter<number> =>
  once(
    `retries|${operation}|${reason}`,
    () => retries.pipe(Metric.tagged("operation", operation), Metric.tagged("reason", reason))
  )
