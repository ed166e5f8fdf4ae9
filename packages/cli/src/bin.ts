#!/usr/bin/env node
/**
 * The `smapi-credentials` process: runs the command and exits with its code as soon as the
 * output is written. Ctrl-C interrupts the call, which aborts the request in flight.
 *
 * @since 0.1.0
 */
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Cli from "./Cli.js"
import * as Platform from "./Platform.js"

const fiber = Effect.runFork(
  Cli.run(process.argv.slice(2), {
    stdoutIsTty: process.stdout.isTTY === true,
    transport: NodeHttpTransport.layer()
  }).pipe(Effect.provide(Platform.layer))
)

const interrupt = () => fiber.unsafeInterruptAsFork(fiber.id())
process.once("SIGINT", interrupt)
process.once("SIGTERM", interrupt)

fiber.addObserver((exit) => {
  process.exitCode = Exit.isSuccess(exit) ? exit.value : Cli.exitCodes.interrupted
  // idle keep-alive sockets must not hold the process once the output is written
  process.stdout.write("", () => process.stderr.write("", () => process.exit()))
})
