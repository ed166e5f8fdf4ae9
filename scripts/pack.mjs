// Packs every published package into one directory, as `npm publish` would send them: each
// package's `prepack` builds it clean first, and pnpm turns workspace: ranges into versions.
//
//   npx pnpm@10 -s tarballs [directory]     default: ./tarballs
//
// then prints the `npm install` line that installs them into a project outside this clone.
import { spawnSync } from "node:child_process"
import { mkdirSync, readdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const libraries = ["http-transport", "lwa-auth", "engine", "skill-credentials", "emulator"]
export const published = [...libraries, "cli"]

const root = fileURLToPath(new URL("..", import.meta.url))
const pnpm = join(root, "node_modules", "pnpm", "bin", "pnpm.cjs")

// -> { name: absolute path of its tarball }, or throws saying which package failed to pack
export const pack = (destination) => {
  mkdirSync(destination, { recursive: true })
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
  const files = readdirSync(destination)
  return Object.fromEntries(published.map((name) => {
    const file = files.filter((file) => file.startsWith(`smapi-effect-${name}-`)).sort().at(-1)
    if (file === undefined) throw new Error(`no tarball for @smapi-effect/${name} in ${destination}`)
    return [name, join(destination, file)]
  }))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const destination = resolve(process.argv[2] ?? join(root, "tarballs"))
  try {
    const tarballs = pack(destination)
    console.log(`Packed into ${destination}. In a project outside this clone:\n`)
    const core = ["http-transport", "lwa-auth", "engine", "skill-credentials"].map((name) => tarballs[name])
    console.log(`  npm install ${core.join(" ")} effect@^3.22 @effect/platform@^0.97\n`)
    console.log(`  npm install --save-dev ${tarballs.emulator}   # the emulator, for tests`)
    console.log(`  npm install --global ${tarballs.cli}   # smapi-credentials`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  }
}
