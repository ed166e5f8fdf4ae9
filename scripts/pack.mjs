// Packs every published package into one directory, as `npm publish` would send them: each
// package's `prepack` builds it clean first, and pnpm turns workspace: ranges into versions.
//
//   npx pnpm@10 -s tarballs [directory]     default: ./tarballs (earlier tarballs there are removed)
//
// then prints the `npm install` line that installs them into a project outside this clone.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

import { published } from "./build.mjs"

const root = fileURLToPath(new URL("..", import.meta.url))
const pnpm = join(root, "node_modules", "pnpm", "bin", "pnpm.cjs")

// -> { name: absolute path of its tarball }, or throws saying which package failed to pack.
// Tarballs of an earlier run are removed first: the directory holds one version of each package.
export const pack = (destination) => {
  mkdirSync(destination, { recursive: true })
  for (const file of readdirSync(destination)) {
    if (/^smapi-effect-.*\.tgz$/.test(file)) rmSync(join(destination, file))
  }
  for (const name of published) {
    const result = spawnSync(process.execPath, [pnpm, "pack", "--pack-destination", destination], {
      cwd: join(root, "packages", name),
      encoding: "utf8"
    })
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr)
      throw new Error(`pnpm pack of @smapi-effect/${name} exited ${result.status}`)
    }
  }
  return Object.fromEntries(published.map((name) => {
    const { version } = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"))
    const file = join(destination, `smapi-effect-${name}-${version}.tgz`)
    if (!existsSync(file)) throw new Error(`pnpm pack left no ${file}`)
    return [name, file]
  }))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const destination = resolve(process.argv[2] ?? join(root, "tarballs"))
  try {
    const tarballs = pack(destination)
    console.log(`Packed into ${destination}. In a project outside this clone:\n`)
    const core = ["http-transport", "lwa-auth", "engine", "skill-credentials", "smapi"].map((name) => tarballs[name])
    console.log(`  npm install ${core.join(" ")} effect@^3.22 @effect/platform@^0.97\n`)
    console.log(`  npm install ${tarballs.fleet}   # fleet mode (SMAPI_REDIS_URL), Node only`)
    console.log(`  npm install --save-dev ${tarballs.emulator}   # the emulator, for tests`)
    console.log(`  npm install --global ${tarballs.cli}   # smapi-credentials and smapi`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  }
}
