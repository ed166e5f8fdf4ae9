#!/usr/bin/env node
/**
 * The `smapi-credentials` process: runs the command, exits with its code. Ctrl-C interrupts the
 * call, which aborts the request in flight.
 *
 * @since 0.1.0
 */
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Cli from "./Cli.js"

let code: number = Cli.exitCodes.usage
Cli.run(process.argv.slice(2), { stdoutIsTty: process.stdout.isTTY === true }).pipe(
  Effect.tap((c) => (code = c)),
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain({
    disableErrorReporting: true,
    teardown: (exit, onExit) => onExit(Exit.isSuccess(exit) ? code : Cli.exitCodes.interrupted)
  })
)
