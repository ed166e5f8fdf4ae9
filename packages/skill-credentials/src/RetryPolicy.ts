/**
 * The retry policy: which failures are retried, how long to wait, and when to give up. It is the
 * engine's (`@smapi-effect/engine/RetryPolicy`), the same for every SMAPI operation.
 *
 * @since 0.1.0
 */
export * from "@smapi-effect/engine/RetryPolicy"
