/**
 * This package's version, the one in its package.json.
 *
 * @since 0.2.0
 */
import { moduleVersion } from "./internal/version.js"

/**
 * @since 0.2.0
 * @category constants
 */
export const version: string = moduleVersion
