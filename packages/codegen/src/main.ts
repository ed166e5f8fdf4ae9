/**
 * `pnpm generate` writes the output of the pinned model; `pnpm generate:check` fails, naming the
 * stale files, when the checked-in output differs from it.
 *
 * @since 0.3.0
 */
import { fileURLToPath } from "node:url"
import * as Generate from "./Generate.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const check = process.argv.includes("--check")

const output = await Generate.generate(root)
if (check) {
  const stale = Generate.stale(root, output)
  if (stale.length > 0) {
    console.error(
      `The generated SMAPI surface is stale; run \`pnpm generate\` and commit:\n${
        stale.map((p) => `  ${p}`).join("\n")
      }`
    )
    process.exit(1)
  }
  console.log(`generated SMAPI surface up to date (${output.size} files)`)
} else {
  Generate.write(root, output)
  console.log(`wrote ${output.size} files`)
}
