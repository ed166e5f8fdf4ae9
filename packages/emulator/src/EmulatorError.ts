/**
 * Why an emulator (or the test proxy) could not start: a typed error instead of a crashed
 * process.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * @since 0.1.0
 * @category models
 */
export const Reason = Schema.Literal("AddressInUse", "PermissionDenied", "AddressNotAvailable", "Unknown")

/**
 * The server could not listen on `host`:`port`.
 *
 * @since 0.1.0
 * @category errors
 */
export class EmulatorError extends Schema.TaggedError<EmulatorError>("@smapi-effect/emulator/EmulatorError")(
  "EmulatorError",
  {
    reason: Reason,
    host: Schema.String,
    port: Schema.Number,
    /** The platform's code, e.g. `EADDRINUSE`. */
    detail: Schema.optional(Schema.String)
  }
) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    const where = `${this.host}:${this.port}`
    switch (this.reason) {
      case "AddressInUse":
        return `port ${this.port} on ${this.host} is already in use: pick another with --port, or 0 for a free one`
      case "PermissionDenied":
        return `not allowed to listen on ${where} (ports below 1024 need privileges)`
      case "AddressNotAvailable":
        return `${this.host} is not an address of this machine`
      case "Unknown":
        return `could not listen on ${where}${this.detail === undefined ? "" : ` (${this.detail})`}`
    }
  }
}

const reasons: Record<string, typeof Reason.Type> = {
  EADDRINUSE: "AddressInUse",
  EACCES: "PermissionDenied",
  EADDRNOTAVAIL: "AddressNotAvailable"
}

/**
 * The error for what `server.listen` reported.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromListenError = (error: unknown, host: string, port: number): EmulatorError => {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined
  return new EmulatorError({
    reason: (code === undefined ? undefined : reasons[code]) ?? "Unknown",
    host,
    port,
    ...(code === undefined ? {} : { detail: code })
  })
}
