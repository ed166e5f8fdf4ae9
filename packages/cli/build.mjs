// Bundles each command into one file (dist/cli.cjs for smapi-credentials, dist/smapi.cjs for smapi)
// and puts its launcher beside it (dist/smapi-credentials.mjs, dist/smapi.mjs, from launcher.mjs,
// which runs the bundle through a V8 code cache). smapi's commands are in its bundle, each behind
// a lazy module initializer, so that a run initializes only its own command.
// loading the unbundled effect barrel costs about half a second on a cold start, a bundle a
// small fraction of that. `node build.mjs` builds; the functions are shared with the checkout
// runner (bin/checkout.mjs) and the tests, which build only when stale.
import { createHash, randomUUID } from "node:crypto"
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { basename, dirname, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

export const bundle = here("./dist/smapi-credentials.mjs")
export const smapiBundle = here("./dist/smapi.mjs")
// each command: its entry, its bundle, its launcher, and the name of its code cache directory
const commands = [
  { entry: here("./src/bin.ts"), program: here("./dist/cli.cjs"), launcher: bundle, name: "smapi-credentials" },
  { entry: here("./src/bin-smapi.ts"), program: here("./dist/smapi.cjs"), launcher: smapiBundle, name: "smapi" }
]
const launcher = here("./launcher.mjs")
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
    for (const command of commands) {
      statSync(command.program)
      statSync(command.launcher)
    }
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
  const inputs = {}
  for (const command of commands) {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [command.entry],
      // CommonJS, so that launcher.mjs can run it through a V8 code cache (see there)
      format: "cjs",
      bundle: true,
      platform: "node",
      target: "node20",
      minify: true,
      legalComments: "none",
      logLevel: "warning",
      metafile: true,
      write: false
    })
    mkdirSync(dirname(command.program), { recursive: true })
    // Written aside and renamed, the launcher last: test files building at once never see half a
    // build. The launcher wraps the bundle in a function, so the bundle's own #! line goes.
    const code = result.outputFiles[0].text.replace(/^#!.*\n/, "")
    // the launcher keys its code cache by the bundle's hash, taken here once rather than at each start
    const hash = createHash("sha256").update(code).digest("hex").slice(0, 24)
    const launcherCode = readFileSync(launcher, "utf8")
      .replace("__BUNDLE_HASH__", hash)
      .replace("__PROGRAM__", `./${basename(command.program)}`)
      .replace("__COMMAND__", command.name)
    for (const [path, contents] of [[command.program, code], [command.launcher, launcherCode]]) {
      const temporary = `${path}.${randomUUID()}`
      writeFileSync(temporary, contents, { mode: 0o755 })
      renameSync(temporary, path)
    }
    // metafile paths are relative to absWorkingDir, the repository's root
    for (const path of Object.keys(result.metafile.inputs)) inputs[path] = stamp(resolve(root, path))
  }
  // the ESM bundle and its chunks of earlier builds
  rmSync(here("./dist/chunks"), { recursive: true, force: true })
  const own = [here("./build.mjs"), launcher].map((path) => relative(root, path))
  for (const path of ["pnpm-lock.yaml", ...own]) inputs[path] = stamp(resolve(root, path))
  const temporary = `${inputsFile}.${randomUUID()}`
  writeFileSync(temporary, JSON.stringify(inputs))
  renameSync(temporary, inputsFile)
}

export const buildIfStale = async () => {
  if (isStale()) await build()
}

// `node build.mjs` builds; `--if-stale` only when the bundle is missing or older than its sources
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await (process.argv.includes("--if-stale") ? buildIfStale() : build())
}
