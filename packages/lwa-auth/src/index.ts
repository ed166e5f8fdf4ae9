/**
 * @since 0.1.0
 */
export * as LwaAuth from "./LwaAuth.js"

/**
 * @since 0.1.0
 */
export * as LwaError from "./LwaError.js"
