/**
 * Writes the `smapi` command table (src/commands/) from ask-smapi-model's spec.json, as pinned in
 * this package's devDependencies, and ask-cli's customizations; `--check` writes nothing and fails
 * when the checked-in table differs.
 *
 *   npx pnpm@10 -s generate:cli [--check]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as Commands from "./Commands.js"

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const require = createRequire(import.meta.url)
const out = here("../src/commands")
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"))

const model = readJson(require.resolve("ask-smapi-model/package.json")) as { readonly version: string }
const spec = readJson(require.resolve("ask-smapi-model/spec.json")) as Commands.Spec
const files = Commands.generate(spec, {
  parameters: readJson(here("./ask-cli/parameters.json")),
  aliases: readJson(here("./ask-cli/aliases.json"))
}, `ask-smapi-model ${model.version} and ask-cli 2.30.7's customizations`)

const existing = (() => {
  try {
    return readdirSync(out).filter((name) => name.endsWith(".ts"))
  } catch {
    return []
  }
})()

if (process.argv.includes("--check")) {
  const stale = [
    ...[...files].filter(([name, text]) => {
      try {
        return readFileSync(join(out, name), "utf8") !== text
      } catch {
        return true
      }
    }).map(([name]) => name),
    ...existing.filter((name) => !files.has(name))
  ]
  if (stale.length > 0) {
    console.error(
      `generate:cli: ${stale.length} file(s) of packages/cli/src/commands are stale (${stale.slice(0, 5).join(", ")}${
        stale.length > 5 ? ", …" : ""
      }); run npx pnpm@10 -s generate:cli`
    )
    process.exit(1)
  }
  console.log(`generate:cli: ${files.size - 1} commands, up to date`)
} else {
  mkdirSync(out, { recursive: true })
  for (const name of existing) if (!files.has(name)) rmSync(join(out, name))
  for (const [name, text] of files) writeFileSync(join(out, name), text)
  console.log(`generate:cli: ${files.size - 1} commands written to packages/cli/src/commands`)
}
