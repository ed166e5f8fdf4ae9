/**
 * The engine's metrics, as Effect `Metric`s: requests by operation, status and outcome, their
 * latency, and retries. Token refreshes are counted by `LwaAuth.tokenRefreshes`. Export them with
 * any metrics exporter (e.g. `@effect/opentelemetry`'s).
 *
 * @since 0.2.0
 */
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricKey from "effect/MetricKey"
import type * as MetricKeyType from "effect/MetricKeyType"
import * as MetricLabel from "effect/MetricLabel"

const requestsKey = MetricKey.counter("smapi_requests_total", {
  description: "SMAPI requests by operation, HTTP status and outcome",
  incremental: true
})

const latencyKey = MetricKey.histogram(
  "smapi_request_duration_ms",
  MetricBoundaries.exponential({ start: 1, factor: 2, count: 16 }),
  "SMAPI request latency in milliseconds, by operation"
)

const retriesKey = MetricKey.counter("smapi_retries_total", {
  description: "SMAPI retries by operation and the error that caused them",
  incremental: true
})

/**
 * Every attempt, tagged `operation`, `status` (the HTTP status, or `none` when no answer came)
 * and `outcome` (`success` or the error's tag).
 *
 * @since 0.2.0
 * @category metrics
 */
export const requests: Metric.Metric.Counter<number> = Metric.fromMetricKey(requestsKey)

/**
 * The latency of every attempt in milliseconds, tagged `operation`.
 *
 * @since 0.2.0
 * @category metrics
 */
export const latency: Metric.Metric.Histogram<number> = Metric.fromMetricKey(latencyKey)

/**
 * Every retry and replay, tagged `operation` and `reason` (the tag of the error retried).
 *
 * @since 0.2.0
 * @category metrics
 */
export const retries: Metric.Metric.Counter<number> = Metric.fromMetricKey(retriesKey)

// Each tagged metric is made once and found again by map lookups: `Metric.tagged` hashes a new key per update.
const tagged = <T extends MetricKeyType.MetricKeyType<number, unknown>>(
  key: MetricKey.MetricKey<T>,
  tags: Record<string, string>
): MetricKey.MetricKey<T> =>
  MetricKey.taggedWithLabels(key, Object.entries(tags).map(([name, value]) => MetricLabel.make(name, value)))

const cached = <K, A>(map: Map<K, A>, key: K, make: () => A): A => {
  let found = map.get(key)
  if (found === undefined) {
    found = make()
    map.set(key, found)
  }
  return found
}

/**
 * The metrics of one operation, each tagged once and kept: what the engine updates on every
 * attempt.
 *
 * @since 0.2.0
 * @category tagged
 */
export interface OperationMetrics {
  /** `requests`, tagged with this operation, the status and the outcome. */
  readonly requests: (status: number | undefined, outcome: string) => Metric.Metric.Counter<number>
  /** `latency`, tagged with this operation. */
  readonly latency: Metric.Metric.Histogram<number>
  /** `retries`, tagged with this operation and the reason. */
  readonly retries: (reason: string) => Metric.Metric.Counter<number>
}

const operations = new Map<string, OperationMetrics>()

/**
 * The metrics of `operation`.
 *
 * @since 0.2.0
 * @category tagged
 */
export const forOperation = (operation: string): OperationMetrics =>
  cached(operations, operation, () => {
    const byStatus = new Map<number | undefined, Map<string, Metric.Metric.Counter<number>>>()
    const byReason = new Map<string, Metric.Metric.Counter<number>>()
    return {
      requests: (status, outcome) =>
        cached(cached(byStatus, status, () => new Map()), outcome, () =>
          Metric.fromMetricKey(
            tagged(requestsKey, { operation, status: status === undefined ? "none" : String(status), outcome })
          )),
      latency: Metric.fromMetricKey(tagged(latencyKey, { operation })),
      retries: (reason) =>
        cached(byReason, reason, () => Metric.fromMetricKey(tagged(retriesKey, { operation, reason })))
    }
  })

/**
 * `requests`, tagged.
 *
 * @since 0.2.0
 * @category tagged
 */
export const requestsOf = (
  operation: string,
  status: number | undefined,
  outcome: string
): Metric.Metric.Counter<number> => forOperation(operation).requests(status, outcome)

/**
 * `latency`, tagged.
 *
 * @since 0.2.0
 * @category tagged
 */
export const latencyOf = (operation: string): Metric.Metric.Histogram<number> => forOperation(operation).latency

/**
 * `retries`, tagged.
 *
 * @since 0.2.0
 * @category tagged
 */
export const retriesOf = (operation: string, reason: string): Metric.Metric.Counter<number> =>
  forOperation(operation).retries(reason)
