/**
 * Runs one example by name: `npx pnpm@10 -s example <name>`; `--all` runs each in turn and fails
 * if any does; with no name, lists them.
 */
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"

const dir = fileURLToPath(new URL(".", import.meta.url))
const names = readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts" && !file.endsWith(".test.ts"))
  .map((file) => file.slice(0, -3))
  .sort()
const name = process.argv[2]

if (name === "--all") {
  for (const example of names) {
    console.log(`\n=== example: ${example}`)
    const run = spawnSync(process.execPath, ["--import", "tsx", `${dir}${example}.ts`], { stdio: "inherit" })
    if (run.status !== 0) {
      console.error(`example ${example} failed (exit ${run.status})`)
      process.exit(1)
    }
  }
} else if (name === undefined || !names.includes(name)) {
  console.error(`usage: npx pnpm@10 -s example <name> | --all\nexamples: ${names.join(", ")}`)
  process.exitCode = 1
} else {
  await import(`./${name}.ts`)
}
