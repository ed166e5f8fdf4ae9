/**
 * @since 0.2.0
 */
export * as Metrics from "./Metrics.js"

/**
 * @since 0.3.0
 */
export * as FleetConfig from "./FleetConfig.js"

/**
 * @since 0.2.0
 */
export * as Operation from "./Operation.js"

/**
 * @since 0.2.0
 */
export * as RetryPolicy from "./RetryPolicy.js"

/**
 * @since 0.2.0
 */
export * as SmapiClient from "./SmapiClient.js"

/**
 * @since 0.2.0
 */
export * as SmapiError from "./SmapiError.js"

/**
 * @since 0.2.0
 */
export * as Version from "./Version.js"

/**
 * @since 0.2.0
 */
export * as Wire from "./Wire.js"
