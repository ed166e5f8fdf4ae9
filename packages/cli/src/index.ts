/**
 * @since 0.1.0
 */
export * as Args from "./Args.js"

/**
 * @since 0.1.0
 */
export * as Cli from "./Cli.js"

/**
 * @since 0.1.0
 */
export * as CliError from "./CliError.js"

/**
 * @since 0.3.0
 */
export * as NodeMain from "./NodeMain.js"

/**
 * @since 0.3.0
 */
export * as Report from "./Report.js"

/**
 * @since 0.3.0
 */
export * as Smapi from "./Smapi.js"

/**
 * @since 0.3.0
 */
export * as SmapiCommand from "./SmapiCommand.js"
