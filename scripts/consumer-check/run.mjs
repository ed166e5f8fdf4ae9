// The consumer check: the packages as a stranger meets them, outside this workspace.
//
//   npx pnpm@10 -s consumer-check [--keep]
//
// 1. packs every published package (each one's `prepack` builds it clean) and reads each
//    tarball: only the files it should hold, no workspace: ranges, every export and bin present;
//    then `npm publish --dry-run` of each tarball shows npm would publish the same (nothing is sent);
// 2. in an empty project in the system's temporary directory, `npm install`s the tarballs, with
//    pinned TypeScript, @types/node, bun and deno from the npm registry;
// 3. type-checks a consumer program using every import path the README shows, strict, once with
//    NodeNext and once with Bundler resolution, and the browser programs once more without Node's
//    types;
// 4. runs it with plain `node` against the emulator, itself run from its tarball's
//    `smapi-emulator`: a success, a NotFound and a 401 refreshed and replayed, and one generated
//    operation of @smapi-effect/smapi, over fetch, the undici transport and a proxy; then the
//    fetch-only program the same way with `bun` and `deno`;
// 5. bundles for the browser with esbuild (any Node built-in fails it) the core, one generated
//    operation and the Smapi service (all 158), prints each one's minified and gzipped size, and
//    fails when the one operation costs more than 10 kB gzipped beyond the core;
// 6. installs the CLI tarball globally into a temporary prefix and runs `smapi-credentials
//    --version`, a `get` against the emulator, and a `get` with nothing configured (exit 1); then
//    `smapi --version`, one `smapi` command against the emulator, and an unknown command (exit 1).
import { execFileSync, spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { libraries, published } from "../build.mjs"
import { pack } from "../pack.mjs"

const root = fileURLToPath(new URL("../..", import.meta.url))
const files = fileURLToPath(new URL("./files", import.meta.url))
const require = createRequire(import.meta.url)
const pnpm = join(root, "node_modules", "pnpm", "bin", "pnpm.cjs")

// pinned, so that a run is the same run tomorrow
const pins = [
  "typescript@5.9.3",
  "@types/node@20.19.25",
  "bun@1.4.5",
  "deno@2.9.6",
  "effect@3.22.4",
  "@effect/platform@0.97.2"
]

const started = Date.now()
const step = (what) => console.log(`consumer-check: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`)

const fail = (what) => {
  throw new Error(what)
}

const work = mkdtempSync(join(tmpdir(), "smapi-effect-consumer-"))

// runs a command; its output is shown only when it fails, or returned when asked for
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    // the CLI's code cache goes in the temporary directory, not the user's own cache
    env: { ...process.env, NO_COLOR: "1", XDG_CACHE_HOME: join(work, "cache"), ...options.env }
  })
  const expected = options.status ?? 0
  if (result.error !== undefined || result.status !== expected) {
    process.stderr.write(result.stdout ?? "")
    process.stderr.write(result.stderr ?? "")
    fail(`${[command, ...args].join(" ")} exited ${result.error?.message ?? result.status}, expected ${expected}`)
  }
  return result
}

const tarballs = join(work, "tarballs")
const project = join(work, "project")

// What a tarball may hold, and nothing else: built files and their sources for a library, the
// bundle for the CLI, and the package's own documents.
const documents = new Set(["package.json", "README.md", "LICENSE", "CHANGELOG.md"])
const allowed = (name, path) =>
  documents.has(path) || (name === "cli"
    ? /^dist\/(smapi-credentials\.mjs|cli\.cjs|smapi\.mjs|smapi\.cjs|commands\/[a-z0-9-]+\.cjs)$/.test(path)
    : /^build\/src\/[\w/-]+\.(js|js\.map|d\.ts|d\.ts\.map)$/.test(path) || /^src\/[\w/-]+(\.d)?\.ts$/.test(path))

const checkFiles = (name, paths, who) => {
  for (const path of paths) if (!allowed(name, path)) fail(`${name}: ${who} carries ${path}`)
  for (const path of documents) if (!paths.has(path)) fail(`${name}: ${who} has no ${path}`)
}

const checkTarball = (name, tarball) => {
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean)
  const paths = new Set(listing.map((path) => path.replace(/^package\//, "")))
  checkFiles(name, paths, "the tarball")
  const manifest = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }))
  if (JSON.stringify(manifest).includes("workspace:")) fail(`${name}: its package.json still has a workspace: range`)
  for (const [command, file] of Object.entries(manifest.bin ?? {})) {
    if (!paths.has(file.replace(/^\.\//, ""))) fail(`${name}: the bin ${command} (${file}) is not in the tarball`)
  }
  if (name === "cli") {
    if (Object.keys(manifest.dependencies ?? {}).length > 0) fail("cli: the bundle should install no dependencies")
    return paths
  }
  // every export target is in the tarball (a pattern is checked on its index module)
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (target === null) continue
    const targets = typeof target === "string" ? [target] : Object.values(target)
    for (const file of targets) {
      const path = file.replace(/^\.\//, "").replace("*", "index")
      if (!paths.has(path)) fail(`${name}: export ${subpath} points at ${file}, which is not in the tarball`)
      if (path.endsWith(".js") && !paths.has(`${path}.map`)) fail(`${name}: ${path} has no source map`)
    }
  }
  return paths
}

// npm's own view of what it would publish (nothing is sent). npm refuses a dry run of a version
// already on the registry: then there is nothing to publish, and that is said, not failed.
const publishDryRun = (name, tarball, paths) => {
  const dry = spawnSync("npm", ["publish", "--dry-run", "--json", tarball], { cwd: work, encoding: "utf8" })
  if (dry.status !== 0) {
    if (/previously published/.test(dry.stderr + dry.stdout)) return "already published at this version"
    process.stderr.write(dry.stderr)
    fail(`${name}: npm publish --dry-run exited ${dry.status}`)
  }
  const report = JSON.parse(dry.stdout.slice(dry.stdout.indexOf("{")))
  const entry = report[`@smapi-effect/${name}`] ?? report
  const files = new Set(entry.files.map((file) => file.path))
  checkFiles(name, files, "npm publish")
  if (files.size !== paths.size) fail(`${name}: npm would publish ${files.size} files, the tarball holds ${paths.size}`)
  return `npm publish --dry-run: ${files.size} files, ${(entry.size / 1024).toFixed(1)} kB`
}

const main = () => {
  // 1. pack
  const tarballOf = pack(tarballs)
  for (const name of published) {
    const paths = checkTarball(name, tarballOf[name])
    step(`@smapi-effect/${name}: packed, only the files it should hold; ${publishDryRun(name, tarballOf[name], paths)}`)
  }

  // 2. install, outside the workspace
  mkdirSync(project)
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }))
  cpSync(files, project, { recursive: true })
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    ...libraries.map((name) => tarballOf[name]),
    ...pins
  ], {
    cwd: project
  })
  step("tarballs installed with npm into an empty project")

  // 3. type-check, both resolutions; the NodeNext pass also emits the JavaScript the runtimes run
  const tsc = join(project, "node_modules", "typescript", "bin", "tsc")
  run(process.execPath, [tsc, "-p", "tsconfig.bundler.json"], { cwd: project })
  run(process.execPath, [tsc, "-p", "tsconfig.nodenext.json"], { cwd: project })
  // the browser programs' declarations (the core's, the engine's, smapi's) need nothing of Node's:
  // no @types/node, only the DOM's lib
  run(process.execPath, [tsc, "-p", "tsconfig.core.json"], { cwd: project })
  step(
    "consumer program type-checks (strict) with NodeNext and with Bundler resolution; the browser programs without Node's types"
  )

  // 4. run it on node, bun and deno, each under the emulator from its tarball
  const bin = (name) => join(project, "node_modules", ".bin", name)
  const underEmulator = (command, ...args) => {
    const result = run(bin("smapi-emulator"), ["--", command, ...args], { cwd: project })
    for (const line of result.stdout.split("\n").filter((line) => /^(node|bun|deno)/.test(line))) step(line)
    return result
  }
  underEmulator(process.execPath, "out/node.js")
  underEmulator(process.execPath, "out/fetch.js")
  underEmulator(bin("bun"), "out/fetch.js")
  underEmulator(bin("deno"), "run", "--allow-all", "--no-lock", "out/fetch.js")

  // 5. browser bundles: the core, one generated operation, and all 158 (the Smapi service)
  const esbuild = require("esbuild")
  const bundle = (entry, what) => {
    const bundled = esbuild.buildSync({
      absWorkingDir: project,
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      metafile: true,
      logLevel: "silent"
    })
    // esbuild fails the build on any Node built-in (node:http, or a bare "http") for platform browser
    const code = bundled.outputFiles[0].contents
    // A schema annotation that imports effect/Arbitrary drags fast-check into every browser bundle
    // (it once took the core from 108 to 162 kB gzipped): nothing published may.
    const included = Object.values(bundled.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([input]) => input)
    )
    const testOnly = included.filter((input) => /fast-check|effect\/dist\/esm\/Arbitrary/.test(input))
    if (testOnly.length > 0) fail(`the browser bundle of ${what} holds test-only modules: ${testOnly.join(", ")}`)
    const size = { minified: code.length / 1024, gzipped: gzipSync(code).length / 1024 }
    step(`browser bundle of ${what}: ${size.minified.toFixed(1)} kB minified, ${size.gzipped.toFixed(1)} kB gzipped`)
    return size
  }
  const core = bundle("browser.ts", "the core (skill-credentials, lwa-auth, http-transport fetch, effect)")
  const one = bundle("browser-operation.ts", "one generated operation (engine, smapi/Operations getSkillStatusV1)")
  bundle("browser-smapi.ts", "every generated operation (the Smapi service, 158)")
  // tree-shaking holds: an operation brings its description and its schemas, not the other 157
  const budget = 10
  const beyond = (one.gzipped - core.gzipped).toFixed(1)
  if (one.gzipped - core.gzipped > budget) {
    fail(`one generated operation takes the browser bundle ${beyond} kB gzipped past the core, over ${budget} kB`)
  }
  step(`one generated operation costs ${beyond} kB gzipped beyond the core (budget ${budget} kB)`)

  // 6. the CLI, installed globally into a prefix of its own
  const prefix = join(work, "global")
  run(
    "npm",
    ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", tarballOf.cli],
    {
      cwd: work
    }
  )
  const cli = join(prefix, "bin", "smapi-credentials")
  const { version } = JSON.parse(readFileSync(join(root, "packages", "cli", "package.json"), "utf8"))
  const printed = run(cli, ["--version"], { cwd: work }).stdout.trim()
  if (printed !== version) fail(`smapi-credentials --version printed ${printed}, not ${version}`)
  const got = run(bin("smapi-emulator"), ["--", cli, "get", "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"], {
    cwd: work
  })
  const answer = JSON.parse(got.stdout)
  if (answer.skillMessagingCredentials?.clientSecret !== "<redacted>") {
    fail(`smapi-credentials get printed ${got.stdout}`)
  }
  const unconfigured = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("ASK_")))
  const bare = spawnSync(cli, ["get", "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"], {
    cwd: work,
    encoding: "utf8",
    env: { ...unconfigured, XDG_CACHE_HOME: join(work, "cache") }
  })
  if (bare.status !== 1 || !bare.stderr.includes("ASK_")) fail(`with nothing configured the CLI exited ${bare.status}`)
  step(`smapi-credentials ${version} installed globally from its tarball: --version, get, and exit 1 unconfigured`)

  // the same tarball's second command
  const smapi = join(prefix, "bin", "smapi")
  const smapiVersion = run(smapi, ["--version"], { cwd: work }).stdout.trim()
  if (smapiVersion !== version) fail(`smapi --version printed ${smapiVersion}, not ${version}`)
  const credentials = run(bin("smapi-emulator"), [
    "--",
    smapi,
    "get-skill-credentials",
    "--skill-id",
    "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"
  ], { cwd: work })
  if (JSON.parse(credentials.stdout).skillMessagingCredentials?.clientSecret !== "<redacted>") {
    fail(`smapi get-skill-credentials printed ${credentials.stdout}`)
  }
  const unknown = spawnSync(smapi, ["get-skil-status"], { cwd: work, encoding: "utf8", env: { ...process.env } })
  if (unknown.status !== 1 || !unknown.stderr.includes("get-skill-status")) {
    fail(`smapi with an unknown command exited ${unknown.status}: ${unknown.stderr}`)
  }
  step(`smapi ${version} from the same tarball: --version, get-skill-credentials, and exit 1 for an unknown command`)
}

let status = 0
try {
  if (!existsSync(pnpm)) fail("run `npx --yes pnpm@10 install --frozen-lockfile` first")
  main()
  step("all good")
} catch (error) {
  console.error(`consumer-check failed: ${error instanceof Error ? error.message : String(error)}`)
  status = 1
} finally {
  if (process.argv.includes("--keep")) console.log(`consumer-check: kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
process.exitCode = status
