#!/usr/bin/env node
/**
 * The `smapi` process: runs the command and exits with its code as soon as the output is written.
 *
 * @since 0.3.0
 */
import { commands } from "./commands/index.js"
import * as NodeMain from "./NodeMain.js"
import * as Smapi from "./Smapi.js"

NodeMain.runMain(Smapi.run(process.argv.slice(2), NodeMain.environment(), commands))
