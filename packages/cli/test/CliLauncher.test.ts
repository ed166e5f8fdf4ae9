/**
 * The launcher's V8 code cache: written once per bundle and Node version under XDG_CACHE_HOME,
 * used after that, never in the way: a corrupt, unwritable or disabled cache changes no answer.
 */
import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Effect from "effect/Effect"
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { cli, ensureBuilt, envFor, smapi } from "./bundle.js"

beforeAll(ensureBuilt, 120_000)

const { skillId } = Emulator.demo
// the variables for an emulator at `url`, with the code cache in `cacheHome`
const withCache = (url: string, cacheHome: string, more: Record<string, string> = {}) =>
  envFor(url, { XDG_CACHE_HOME: cacheHome, ...more })
const fresh = () => mkdtempSync(join(tmpdir(), "smapi-credentials-launcher-"))
const cacheFiles = (home: string) => {
  try {
    return readdirSync(join(home, "smapi-credentials"))
  } catch {
    return []
  }
}

describe("the launcher's code cache", () => {
  it.live("the first run writes one cache file, the next runs use it and answer the same", () =>
    Effect.scoped(Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const home = fresh()
      const first = yield* cli(["get", skillId], withCache(url, home))
      assert.strictEqual(first.code, 0, first.stderr)
      const files = cacheFiles(home)
      assert.strictEqual(files.length, 1)
      assert.match(files[0]!, new RegExp(`^[0-9a-f]{24}-${process.version}-${process.arch}\\.v8$`))
      const second = yield* cli(["get", skillId], withCache(url, home))
      assert.strictEqual(second.code, 0, second.stderr)
      assert.strictEqual(second.stdout, first.stdout)
      assert.deepStrictEqual(cacheFiles(home), files)
    })))

  it.live("a corrupt cache is rejected by V8 and replaced; the answer is the same", () =>
    Effect.scoped(Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const home = fresh()
      yield* cli(["--version"], withCache(url, home))
      const [file] = cacheFiles(home)
      writeFileSync(join(home, "smapi-credentials", file!), "not a code cache")
      const result = yield* cli(["get", skillId], withCache(url, home))
      assert.strictEqual(result.code, 0, result.stderr)
      assert.include(result.stdout, "skillMessagingCredentials")
      assert.deepStrictEqual(cacheFiles(home), [file])
      assert.notStrictEqual(readFileSync(join(home, "smapi-credentials", file!), "utf8"), "not a code cache")
    })))

  it.live("NODE_DISABLE_COMPILE_CACHE=1 writes nothing; an unwritable cache home changes nothing", () =>
    Effect.scoped(Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const disabled = fresh()
      const off = yield* cli(["get", skillId], withCache(url, disabled, { NODE_DISABLE_COMPILE_CACHE: "1" }))
      assert.strictEqual(off.code, 0, off.stderr)
      assert.deepStrictEqual(cacheFiles(disabled), [])

      // a file where the cache directory should be: the write fails, quietly
      const blocked = fresh()
      writeFileSync(join(blocked, "smapi-credentials"), "")
      const result = yield* cli(["get", skillId], withCache(url, blocked))
      assert.strictEqual(result.code, 0, result.stderr)
      assert.strictEqual(result.stderr, "")
      assert.strictEqual(result.stdout, off.stdout)
    })))

  it.live("the files of an older bundle or Node version are removed when a new one is written", () =>
    Effect.scoped(Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const home = fresh()
      mkdirSync(join(home, "smapi-credentials"))
      writeFileSync(
        join(home, "smapi-credentials", `000000000000000000000000-${process.version}-${process.arch}.v8`),
        "old"
      )
      chmodSync(join(home, "smapi-credentials"), 0o700)
      const result = yield* cli(["--version"], withCache(url, home))
      assert.strictEqual(result.code, 0, result.stderr)
      const files = cacheFiles(home)
      assert.strictEqual(files.length, 1)
      assert.notStrictEqual(files[0], `000000000000000000000000-${process.version}-${process.arch}.v8`)
    })))

  it.live("smapi: the bundle and each command file it ran get a cache of their own; an older bundle's go", () =>
    Effect.scoped(Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const home = fresh()
      mkdirSync(join(home, "smapi"), { mode: 0o700 })
      const old = `000000000000000000000000-${process.version}-${process.arch}.get-skill-credentials.v8`
      writeFileSync(join(home, "smapi", old), "old")
      const env = withCache(url, home)
      const first = yield* smapi(["get-skill-credentials", "--skill-id", skillId], env)
      assert.strictEqual(first.code, 0, first.stderr)
      const files = readdirSync(join(home, "smapi")).sort()
      assert.strictEqual(files.length, 2, files.join(", "))
      const [bundleCache, commandCache] = files[0]!.endsWith(".get-skill-credentials.v8") ? [files[1]!, files[0]!] : [
        files[0]!,
        files[1]!
      ]
      assert.match(bundleCache, new RegExp(`^[0-9a-f]{24}-${process.version}-${process.arch}\\.v8$`))
      assert.strictEqual(commandCache, bundleCache.replace(/\.v8$/, ".get-skill-credentials.v8"))
      const second = yield* smapi(["get-skill-credentials", "--skill-id", skillId], env)
      assert.strictEqual(second.stdout, first.stdout)
      assert.deepStrictEqual(readdirSync(join(home, "smapi")).sort(), files)
      // a corrupt command cache is rejected and replaced, the answer the same
      writeFileSync(join(home, "smapi", commandCache), "not a code cache")
      const third = yield* smapi(["get-skill-credentials", "--skill-id", skillId], env)
      assert.strictEqual(third.stdout, first.stdout)
      assert.notStrictEqual(readFileSync(join(home, "smapi", commandCache), "utf8"), "not a code cache")
    })))
})
