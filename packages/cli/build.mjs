// Bundles the CLI into one file: loading the unbundled effect barrel costs about half a second
// on a cold start, a bundle a small fraction of that. `node build.mjs` builds; the functions are
// shared with the checkout runner (bin/checkout.mjs) and the tests, which build only when stale.
import { randomUUID } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { dirname, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

export const bundle = here("./dist/smapi-credentials.mjs")
const inputsFile = here("./dist/inputs.json")
const root = here("../..")

// Every file esbuild read, with its size and modification time, plus the lockfile and this
// script: the bundle is stale when any of them changed or is gone.
const stamp = (path) => {
  const stat = statSync(path)
  return `${stat.size}:${stat.mtimeMs}`
}

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

export const build = async ({ clean = false } = {}) => {
  const esbuild = await import("esbuild")
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { "smapi-credentials": here("./src/bin.ts") },
    outdir: dirname(bundle),
    // what only some runs need (undici, for a proxy) is a chunk of its own, loaded when needed
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    write: false,
    banner: {
      js: [
        // some CommonJS dependencies call require()
        "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
        // One request per process: V8's optimising tier for undici's WebAssembly parser would only
        // make the process wait, at exit, for compile jobs whose result it never uses.
        "require('node:v8').setFlagsFromString('--liftoff-only');"
      ].join("\n")
    }
  })
  mkdirSync(here("./dist/chunks"), { recursive: true })
  // Written aside and renamed, chunks first: test files building at once never see half a bundle.
  const files = [...result.outputFiles].sort((a, b) => (a.path === bundle ? 1 : 0) - (b.path === bundle ? 1 : 0))
  for (const file of files) {
    const temporary = `${file.path}.${randomUUID()}`
    writeFileSync(temporary, file.contents, { mode: 0o755 })
    renameSync(temporary, file.path)
  }
  const kept = new Set(files.map((file) => file.path))
  for (const name of readdirSync(here("./dist/chunks"))) {
    const path = here(`./dist/chunks/${name}`)
    // chunk names hold a content hash: one not in this build is from an older one. A test file
    // building at the same moment may still load a recent one, unless this build is for a tarball.
    if (!kept.has(path) && (clean || statSync(path).mtimeMs < Date.now() - 60_000)) rmSync(path, { force: true })
  }
  const inputs = {}
  // metafile paths are relative to absWorkingDir, the repository's root
  for (const path of [...Object.keys(result.metafile.inputs), "pnpm-lock.yaml", relative(root, here("./build.mjs"))]) {
    inputs[path] = stamp(resolve(root, path))
  }
  const temporary = `${inputsFile}.${randomUUID()}`
  writeFileSync(temporary, JSON.stringify(inputs))
  renameSync(temporary, inputsFile)
}

export const buildIfStale = async () => {
  if (isStale()) await build()
}

// `node build.mjs` builds; `--if-stale` only when the bundle is missing or older than its sources;
// `--clean` (for packing) also removes every chunk of an earlier build at once
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await (process.argv.includes("--if-stale") ? buildIfStale() : build({ clean: process.argv.includes("--clean") }))
}
