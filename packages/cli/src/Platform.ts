/**
 * The services `@effect/cli` needs, for a command that never prompts and takes no file
 * arguments: the path module, no file system, and a terminal that only writes. It is what
 * keeps the CLI's cold start close to the official SDK's: `@effect/platform-node`'s
 * `NodeContext` also loads a file system, a readline terminal and a process executor.
 *
 * @since 0.1.0
 */
import type * as CliApp from "@effect/cli/CliApp"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import * as Terminal from "@effect/platform/Terminal"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Mailbox from "effect/Mailbox"

const terminal = Terminal.Terminal.of({
  columns: Effect.sync(() => process.stdout.columns ?? 80),
  rows: Effect.sync(() => process.stdout.rows ?? 24),
  isTTY: Effect.sync(() => process.stdout.isTTY === true),
  // nothing is ever read: interactive modes end at once
  readInput: Effect.tap(Mailbox.make<Terminal.UserInput>(), (mailbox) => mailbox.end),
  readLine: Effect.fail(new Terminal.QuitException()),
  display: (text) => Effect.sync(() => void process.stdout.write(text))
})

/**
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<CliApp.CliApp.Environment> = Layer.mergeAll(
  Path.layer,
  FileSystem.layerNoop({}),
  Layer.succeed(Terminal.Terminal, terminal)
)
