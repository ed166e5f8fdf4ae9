// Writes each library's `src/internal/version.ts` from its package.json, so that the built
// JavaScript carries its own version on every runtime and bundler without importing JSON.
// `npx pnpm@10 version-packages` runs it right after `changeset version`; a test fails when a
// generated file and its package.json disagree.
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

// the libraries whose code reads their own version (the User-Agent)
const packages = ["engine", "lwa-auth"]

const root = fileURLToPath(new URL("..", import.meta.url))

const render = (version) =>
  `// Generated from package.json by scripts/version.mjs: do not edit.\nexport const moduleVersion = ${
    JSON.stringify(version)
  }\n`

for (const name of packages) {
  const { version } = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, "utf8"))
  const file = `${root}packages/${name}/src/internal/version.ts`
  let current = ""
  try {
    current = readFileSync(file, "utf8")
  } catch {
    // missing: written below, or reported as stale
  }
  if (current === render(version)) continue
  writeFileSync(file, render(version))
  console.log(`packages/${name}/src/internal/version.ts: ${version}`)
}
