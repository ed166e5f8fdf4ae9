/**
 * What both commands' processes share: the Node environment (terminals, the transport) and the
 * main loop that exits with the command's code as soon as the output is written. Ctrl-C
 * interrupts the call, which aborts the request in flight.
 *
 * @since 0.3.0
 */
import * as NodeCoreTransport from "@smapi-effect/http-transport/NodeCoreTransport"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import type * as Cli from "./Cli.js"

const interrupted = 130

/**
 * This process's environment.
 *
 * @since 0.3.0
 * @category environment
 */
export const environment = (): Cli.Environment => ({
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  // Node's own http for a request or two: undici (the proxy-capable transport) costs ~80 ms of
  // start-up, so it is loaded only when a proxy is set.
  transport: ({ proxied, proxy }) =>
    proxied
      ? Layer.unwrapEffect(
        Effect.promise(() => import("@smapi-effect/http-transport/NodeHttpTransport")).pipe(
          Effect.map((NodeHttpTransport) => NodeHttpTransport.layer({ proxy }))
        )
      )
      : NodeCoreTransport.layer(),
  // bundled, but evaluated only in fleet mode, and ioredis only with SMAPI_REDIS_URL
  fleet: () => import("@smapi-effect/fleet/Fleet")
})

/**
 * Runs a command to its exit code and exits with it.
 *
 * @since 0.3.0
 * @category running
 */
export const runMain = (command: Effect.Effect<number>): void => {
  const fiber = Effect.runFork(command)
  const interrupt = () => fiber.unsafeInterruptAsFork(fiber.id())
  process.once("SIGINT", interrupt)
  process.once("SIGTERM", interrupt)
  fiber.addObserver((exit) => {
    process.exitCode = Exit.isSuccess(exit) ? exit.value : interrupted
    // idle keep-alive sockets must not hold the process once the output is written
    process.stdout.write("", () => process.stderr.write("", () => process.exit()))
  })
}
