#!/usr/bin/env node
/**
 * The `smapi-credentials` process: runs the command and exits with its code as soon as the
 * output is written.
 *
 * @since 0.1.0
 */
import * as Cli from "./Cli.js"
import * as NodeMain from "./NodeMain.js"

NodeMain.runMain(Cli.run(process.argv.slice(2), NodeMain.environment()))
