// Bundles the emulator's command into one file (dist/smapi-emulator.mjs) for running it from a
// checkout (`npx pnpm@10 -s emulator`): the sources are TypeScript, and through tsx a start took
// seconds. `node build.mjs` builds; the checkout runner (bin/checkout.mjs) and the tests build
// only when the bundle is missing or older than any file it was built from.
import { randomUUID } from "node:crypto"
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs"
import { dirname, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

export const bundle = here("./dist/smapi-emulator.mjs")
const inputsFile = here("./dist/inputs.json")
const root = here("../..")

const stamp = (path) => {
  const stat = statSync(path)
  return `${stat.size}:${stat.mtimeMs}`
}

// Every file esbuild read, the lockfile and this script, by size and modification time.
export const isStale = () => {
  let recorded
  try {
    recorded = JSON.parse(readFileSync(inputsFile, "utf8"))
    statSync(bundle)
  } catch {
    return true
  }
  for (const [path, value] of Object.entries(recorded)) {
    try {
      if (stamp(resolve(root, path)) !== value) return true
    } catch {
      return true
    }
  }
  return false
}

export const build = async () => {
  const esbuild = await import("esbuild")
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [here("./src/bin.ts")],
    format: "esm",
    bundle: true,
    platform: "node",
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    write: false
  })
  mkdirSync(dirname(bundle), { recursive: true })
  // written aside and renamed: a test building at the same time never runs half a bundle
  const write = (path, contents) => {
    const temporary = `${path}.${randomUUID()}`
    writeFileSync(temporary, contents, { mode: 0o755 })
    renameSync(temporary, path)
  }
  write(bundle, result.outputFiles[0].text)
  const inputs = {}
  for (const path of [...Object.keys(result.metafile.inputs), "pnpm-lock.yaml", relative(root, here("./build.mjs"))]) {
    inputs[path] = stamp(resolve(root, path))
  }
  write(inputsFile, JSON.stringify(inputs))
}

export const buildIfStale = async () => {
  if (isStale()) await build()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await (process.argv.includes("--if-stale") ? buildIfStale() : build())
}
