import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import type * as net from "node:net"
import * as EmulatorError from "../EmulatorError.js"

/** Listens on loopback for the life of the scope; a failure to listen is a typed error. */
export const listen = (
  server: net.Server,
  port: number,
  host: string
): Effect.Effect<net.AddressInfo, EmulatorError.EmulatorError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<net.AddressInfo, EmulatorError.EmulatorError>((resume) => {
      const onError = (error: unknown) => resume(Effect.fail(EmulatorError.fromListenError(error, host, port)))
      server.once("error", onError)
      server.listen(port, host, () => {
        server.off("error", onError)
        resume(Effect.succeed(server.address() as net.AddressInfo))
      })
    }),
    () =>
      Effect.async<void>((resume) => {
        if ("closeAllConnections" in server && typeof server.closeAllConnections === "function") {
          server.closeAllConnections()
        }
        server.close(() => resume(Effect.void))
      })
  )

/** `http://host:port` of a listening address. */
export const urlOf = (address: net.AddressInfo): string =>
  `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`
