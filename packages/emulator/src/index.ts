/**
 * @since 0.1.0
 */
export * as Emulator from "./Emulator.js"

/**
 * @since 0.1.0
 */
export * as EmulatorError from "./EmulatorError.js"

/**
 * @since 0.1.0
 */
export * as Fault from "./Fault.js"

/**
 * @since 0.1.0
 */
export * as TestProxy from "./TestProxy.js"
