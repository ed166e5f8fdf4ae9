// Bundles each command into one file (dist/cli.cjs for smapi-credentials, dist/smapi.cjs for
// smapi) and puts its launcher beside it (dist/smapi-credentials.mjs, dist/smapi.mjs, from
// launcher.mjs, which runs the bundle through a V8 code cache): loading the unbundled effect
// barrel costs about half a second on a cold start, a bundle a small fraction of that.
//
// smapi's 155 commands are not in its bundle: each is a small file of its own
// (dist/commands/<name>.cjs), its operation and the schemas it reaches and nothing else, loaded
// only when it runs. Initializing every operation and schema of the model at each start took
// about a second. What a command shares with the runtime (effect, the engine) it takes from the
// bundle at run time (see `sharedKey`), so that both use one copy of each module.
//
// `node build.mjs` builds; the functions are shared with the checkout runners (bin/*.mjs) and
// the tests, which build only when stale.
import { createHash, randomUUID } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { basename, dirname, join, relative, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

export const bundle = here("./dist/smapi-credentials.mjs")
export const smapiBundle = here("./dist/smapi.mjs")
const launcher = here("./launcher.mjs")
const inputsFile = here("./dist/inputs.json")
const commandsSource = here("./src/commands")
const commandsOut = here("./dist/commands")
const root = here("../..")
// where a command file finds the modules it shares with the bundle
const sharedKey = "@smapi-effect/cli/shared"

// Every file esbuild read, with its size and modification time, plus the lockfile and this
// script: the bundle is stale when any of them changed or is gone.
const stamp = (path) => {
  const stat = statSync(path)
  return `${stat.size}:${stat.mtimeMs}`
}

const commandNames = () =>
  readdirSync(commandsSource).filter((name) => name.endsWith(".ts") && name !== "index.ts").map((name) =>
    basename(name, ".ts")
  ).sort()

export const isStale = () => {
  let recorded
  try {
    recorded = JSON.parse(readFileSync(inputsFile, "utf8"))
    for (const path of [bundle, here("./dist/cli.cjs"), smapiBundle, here("./dist/smapi.cjs")]) statSync(path)
    for (const name of commandNames()) statSync(join(commandsOut, `${name}.cjs`))
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

const common = {
  absWorkingDir: root,
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
}

// Written aside and renamed: test files building at once never see half a build.
const writeAtomically = (path, contents, mode = 0o644) => {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${randomUUID()}`
  writeFileSync(temporary, contents, { mode })
  renameSync(temporary, path)
}

// The names a source file takes from `specifier`: `import * as X` and every `X.name` it uses, or
// `import { a, b as c }`.
const usedNames = (source, specifier) => {
  const from = `from ${JSON.stringify(specifier)}`
  const names = new Set()
  for (const line of source.split("\n")) {
    if (!line.startsWith("import ") || !line.replace(/;$/, "").endsWith(from)) continue
    const namespace = /^import \* as (\w+) /.exec(line)
    if (namespace !== null) {
      for (const match of source.matchAll(new RegExp(`\\b${namespace[1]}\\.(\\w+)`, "g"))) names.add(match[1])
    }
    const named = /^import \{([^}]*)\}/.exec(line)
    if (named !== null) {
      for (const part of named[1].split(",")) {
        const name = part.trim().replace(/^type /, "").split(/\s+as\s+/)[0]
        if (name !== "" && !part.trim().startsWith("type ")) names.add(name)
      }
    }
  }
  return names
}

// The command files: each bundles its operation and schemas from @smapi-effect/smapi (tree-shaken
// to what it reaches); every other package it imports is taken from the bundle's registry.
// Returns the outputs and the modules shared, by resolved path.
const buildCommands = async (esbuild) => {
  const shared = new Map()
  // an importer's code without its types, whose names are not values
  const sources = new Map()
  const javascript = (path) => {
    if (!sources.has(path)) {
      const source = readFileSync(path, "utf8")
      sources.set(path, path.endsWith(".ts") ? esbuild.transformSync(source, { loader: "ts" }).code : source)
    }
    return sources.get(path)
  }
  const plugin = {
    name: "smapi-shared",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "resolving" || args.path.startsWith("@smapi-effect/smapi/")) return undefined
        if (args.path.startsWith("node:")) return undefined
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          namespace: "file",
          pluginData: "resolving"
        })
        if (resolved.errors.length > 0) return { errors: resolved.errors }
        const key = relative(root, resolved.path).split(sep).join("/")
        // only the names the importer uses, so that the bundle keeps only those (a whole
        // namespace would keep, and initialize, all of effect/Schema)
        const names = shared.get(key) ?? new Set()
        shared.set(key, names)
        for (const name of usedNames(javascript(args.importer), args.path)) names.add(name)
        return { path: key, namespace: "smapi-shared" }
      })
      build.onLoad({ filter: /.*/, namespace: "smapi-shared" }, (args) => ({
        contents: `module.exports = globalThis[Symbol.for(${JSON.stringify(sharedKey)})][${JSON.stringify(args.path)}]`,
        loader: "js"
      }))
    }
  }
  const names = commandNames()
  const result = await esbuild.build({
    ...common,
    entryPoints: names.map((name) => ({ in: join(commandsSource, `${name}.ts`), out: name })),
    outdir: commandsOut,
    outExtension: { ".js": ".cjs" },
    plugins: [plugin]
  })
  return {
    result,
    shared: [...shared].sort(([a], [b]) => a < b ? -1 : 1).map(([path, names]) => [path, [...names].sort()])
  }
}

// The smapi bundle: the runtime, the index, and a registry of the modules the command files share.
const buildSmapi = async (esbuild, shared) => {
  const plugin = {
    name: "smapi-commands",
    setup(build) {
      // the index's loaders require the command files (a dynamic import would need a callback
      // that vm.Script, which the launcher runs the bundle with, does not have)
      build.onLoad({ filter: /[\\/]src[\\/]commands[\\/]index\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, "utf8").replace(
          /import\("\.\/([a-z0-9-]+)\.js"\)/g,
          (_, name) => `Promise.resolve().then(() => require("./commands/${name}.cjs"))`
        ),
        loader: "ts"
      }))
      build.onResolve({ filter: /^\.\/commands\/[a-z0-9-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }))
      build.onResolve({ filter: /^smapi-shared-registry$/ }, () => ({ path: "registry", namespace: "smapi-registry" }))
      build.onLoad({ filter: /.*/, namespace: "smapi-registry" }, () => ({
        contents: [
          ...shared.map(([path, names], i) =>
            `import { ${names.map((name) => `${name} as m${i}_${name}`).join(", ")} } from ${
              JSON.stringify(resolve(root, path))
            }`
          ),
          `globalThis[Symbol.for(${JSON.stringify(sharedKey)})] = {`,
          shared.map(([path, names], i) =>
            `  ${JSON.stringify(path)}: { ${names.map((name) => `${name}: m${i}_${name}`).join(", ")} }`
          ).join(",\n"),
          `}`
        ].join("\n"),
        resolveDir: root,
        loader: "js"
      }))
    }
  }
  return esbuild.build({
    ...common,
    // the registry first: ES modules run in the order they are imported
    stdin: {
      contents: `import "smapi-shared-registry"\nimport ${JSON.stringify(here("./src/bin-smapi.ts"))}\n`,
      resolveDir: here("./src"),
      sourcefile: "smapi-entry.js",
      loader: "js"
    },
    plugins: [plugin]
  })
}

// A bundle and its launcher, the launcher last.
const writeProgram = (code, program, launcherPath, name, loaded = []) => {
  // The launcher wraps the bundle in a function, so the bundle's own #! line goes.
  const source = code.replace(/^#!.*\n/, "")
  // The launcher keys its code caches by the hash of the bundle and of the files it loads, taken
  // here once rather than at each start.
  const hasher = createHash("sha256").update(source)
  for (const text of loaded) hasher.update(text)
  const hash = hasher.digest("hex").slice(0, 24)
  const launcherCode = readFileSync(launcher, "utf8")
    .replace("__BUNDLE_HASH__", hash)
    .replace("__PROGRAM__", `./${basename(program)}`)
    .replace("__COMMAND__", name)
  writeAtomically(program, source, 0o755)
  writeAtomically(launcherPath, launcherCode, 0o755)
}

export const build = async () => {
  const esbuild = await import("esbuild")
  const inputs = {}
  // metafile paths are relative to absWorkingDir, the repository's root
  const record = (result) => {
    for (const path of Object.keys(result.metafile.inputs)) {
      // the registry and the entry are made here, not read
      if (!path.includes(":") && !path.endsWith("smapi-entry.js")) inputs[path] = stamp(resolve(root, path))
    }
  }

  const credentials = await esbuild.build({ ...common, entryPoints: [here("./src/bin.ts")] })
  writeProgram(credentials.outputFiles[0].text, here("./dist/cli.cjs"), bundle, "smapi-credentials")
  record(credentials)

  const { result: commands, shared } = await buildCommands(esbuild)
  if (process.env.SMAPI_BUILD_REPORT) {
    for (const [out, meta] of Object.entries(commands.metafile.outputs)) {
      if (!out.endsWith(process.env.SMAPI_BUILD_REPORT)) continue
      console.log(out, meta.bytes, Object.entries(meta.inputs).map(([k, v]) => `${k} ${v.bytesInOutput}`).join("\n"))
    }
  }
  // each file replaced atomically, and only the files of commands that are gone removed: a test
  // file building at the same time never sees a command missing
  for (const file of commands.outputFiles) writeAtomically(file.path, file.text)
  const current = new Set(commands.outputFiles.map((file) => basename(file.path)))
  for (const name of readdirSync(commandsOut)) {
    if (name.endsWith(".cjs") && !current.has(name)) rmSync(join(commandsOut, name), { force: true })
  }
  record(commands)
  const smapi = await buildSmapi(esbuild, shared)
  writeProgram(
    smapi.outputFiles[0].text,
    here("./dist/smapi.cjs"),
    smapiBundle,
    "smapi",
    commands.outputFiles.map((file) => `${basename(file.path)}\n${file.text}`)
  )
  record(smapi)

  // the ESM bundle and its chunks of earlier builds
  rmSync(here("./dist/chunks"), { recursive: true, force: true })
  const own = [here("./build.mjs"), launcher].map((path) => relative(root, path))
  for (const path of ["pnpm-lock.yaml", ...own]) inputs[path] = stamp(resolve(root, path))
  writeAtomically(inputsFile, JSON.stringify(inputs))
}

export const buildIfStale = async () => {
  if (isStale()) await build()
}

// `node build.mjs` builds; `--if-stale` only when the bundle is missing or older than its sources
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await (process.argv.includes("--if-stale") ? buildIfStale() : build())
}
