/**
 * @since 0.1.0
 */
export * as LwaAuth from "./LwaAuth.js"

/**
 * @since 0.1.0
 */
export * as LwaError from "./LwaError.js"

/**
 * @since 0.1.0
 */
export * as TokenCache from "./TokenCache.js"

/**
 * @since 0.1.0
 */
export * as TokenEndpoint from "./TokenEndpoint.js"
