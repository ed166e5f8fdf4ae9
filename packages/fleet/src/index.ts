/**
 * @since 0.3.0
 */
export * as Fleet from "./Fleet.js"

/**
 * @since 0.3.0
 */
export * as FleetTransport from "./FleetTransport.js"

/**
 * @since 0.3.0
 */
export * as RedisLink from "./RedisLink.js"

/**
 * @since 0.3.0
 */
export * as SharedToken from "./SharedToken.js"

/**
 * @since 0.3.0
 */
export * as TokenCipher from "./TokenCipher.js"
