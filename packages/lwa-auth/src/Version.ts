/**
 * This package's version, from its package.json.
 *
 * @since 0.2.0
 */
import pkg from "../package.json" with { type: "json" }

/**
 * @since 0.2.0
 * @category constants
 */
export const version: string = pkg.version
