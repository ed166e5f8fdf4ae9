/**
 * @since 0.1.0
 */
export * as Endpoint from "./Endpoint.js"

/**
 * @since 0.1.0
 */
export * as HttpWire from "./HttpWire.js"

/**
 * @since 0.1.0
 */
export * as HttpTransport from "./HttpTransport.js"

/**
 * @since 0.1.0
 */
export * as TestHttpTransport from "./TestHttpTransport.js"

/**
 * @since 0.1.0
 */
export * as TransportError from "./TransportError.js"

/**
 * @since 0.2.0
 */
export * as Observability from "./Observability.js"

/**
 * @since 0.2.0
 */
export * as Optional from "./Optional.js"
