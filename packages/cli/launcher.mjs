#!/usr/bin/env node
// smapi-credentials and smapi: each runs its bundled command (cli.cjs, smapi.cjs: the build fills
// in which) through a V8 code cache. Compiling the bundle is the largest part of a cold start;
// with the cache a `get` took about 250 ms against about 295 ms for the plain ESM bundle (20
// alternating runs; the first run, which writes the cache, about 330 ms). Node 20 has no code
// cache for ES modules, hence a CommonJS bundle run through `vm.Script`. The cache lives in
// $XDG_CACHE_HOME/<command> (else ~/.cache/<command>), keyed by the bundle (its hash, written in
// by the build), the Node version and the architecture; NODE_DISABLE_COMPILE_CACHE=1 turns it
// off. A cache that cannot be read or written only costs the time it would have saved.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { homedir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { setFlagsFromString } from "node:v8"
import { Script } from "node:vm"

// One request per process: V8's optimising tier for undici's WebAssembly parser would only make
// the process wait, at exit, for compile jobs whose result it never uses. Set before compiling,
// so that every run compiles, and caches, under the same flags.
setFlagsFromString("--liftoff-only")

// the hash of the bundle and of every file it loads (smapi's command files), written in by the build
const bundleHash = "__BUNDLE_HASH__"
const filename = fileURLToPath(new URL("__PROGRAM__", import.meta.url))

const cacheBase = (() => {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined
  try {
    const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache")
    return join(base, "__COMMAND__", `${bundleHash}-${process.version}-${process.arch}`)
  } catch {
    return undefined
  }
})()

// Runs a CommonJS file through a code cache of its own (the bundle's is `<base>.v8`, a command
// file's `<base>.<name>.v8`).
const run = (file, cacheFile, require) => {
  const source = readFileSync(file, "utf8")
  let cachedData
  try {
    if (cacheFile !== undefined) cachedData = readFileSync(cacheFile)
  } catch {
    // no cache yet
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData
  })
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // written at exit, so that it holds every function this run compiled; other versions' files go
    process.once("exit", () => {
      try {
        const directory = dirname(cacheFile)
        mkdirSync(directory, { recursive: true, mode: 0o700 })
        for (const name of readdirSync(directory)) {
          if (name.endsWith(".v8") && !join(directory, name).startsWith(`${cacheBase}.`)) {
            rmSync(join(directory, name), { force: true })
          }
        }
        const temporary = `${cacheFile}.${process.pid}`
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 })
        renameSync(temporary, cacheFile)
      } catch {
        // a read-only or full disk: the next run compiles again
      }
    })
  }
  const module = { exports: {} }
  script.runInThisContext()(module.exports, require, module, file, dirname(file))
  return module.exports
}

// The bundle requires Node's modules, and smapi's bundle its command files, which are run
// through the cache too.
const nodeRequire = createRequire(filename)
const loaded = new Map()
const require = (id) => {
  const command = /^\.\/commands\/([a-z0-9-]+)\.cjs$/.exec(id)
  if (command === null) return nodeRequire(id)
  if (!loaded.has(id)) {
    const file = fileURLToPath(new URL(id, import.meta.url))
    loaded.set(id, run(file, cacheBase === undefined ? undefined : `${cacheBase}.${command[1]}.v8`, nodeRequire))
  }
  return loaded.get(id)
}

run(filename, cacheBase === undefined ? undefined : `${cacheBase}.v8`, require)
