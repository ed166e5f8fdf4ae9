// Builds what is published: every library's JavaScript, declarations and source maps with plain
// `tsc -b` (into packages/*/build/src), and the CLI's bundle (packages/cli/dist).
//
//   node scripts/build.mjs            incremental: what changed since the last build
//   node scripts/build.mjs --clean    every library's build directory removed first, so that no
//                                     file of a deleted or renamed module can reach a tarball
//   node ../../scripts/build.mjs --this-package
//                                     a clean build of the library in the working directory (its
//                                     `prepack`): `pnpm pack` and `pnpm publish` never ship stale files
import { execFileSync } from "node:child_process"
import { rmSync } from "node:fs"
import { createRequire } from "node:module"
import { basename } from "node:path"
import { fileURLToPath } from "node:url"

// the packages that are published: the libraries, built by tsc, and the CLI, bundled
export const libraries = ["http-transport", "lwa-auth", "engine", "skill-credentials", "smapi", "fleet", "emulator"]
export const published = [...libraries, "cli"]

const root = fileURLToPath(new URL("..", import.meta.url))
const require = createRequire(import.meta.url)

// the tsc projects of a library: http-transport has a second one for its Node-only modules
const projectsOf = (name) =>
  name === "http-transport"
    ? [`packages/${name}/tsconfig.src.json`, `packages/${name}/tsconfig.node.json`]
    : [`packages/${name}/tsconfig.src.json`]

const tsc = (projects) =>
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", ...projects], {
    cwd: root,
    stdio: "inherit"
  })

const build = ({ clean }) => {
  if (clean) {
    for (const name of libraries) rmSync(`${root}packages/${name}/build`, { recursive: true, force: true })
  }
  tsc(libraries.flatMap(projectsOf))
  execFileSync(process.execPath, ["packages/cli/build.mjs"], {
    cwd: root,
    stdio: "inherit"
  })
}

const buildThisPackage = () => {
  const name = basename(process.cwd())
  if (!libraries.includes(name)) throw new Error(`${process.cwd()} is not one of ${libraries.join(", ")}`)
  rmSync(`${root}packages/${name}/build`, { recursive: true, force: true })
  tsc(projectsOf(name))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes("--this-package")) buildThisPackage()
    else build({ clean: process.argv.includes("--clean") })
  } catch (error) {
    // tsc and esbuild have printed their own errors; anything else is said in one line
    if (!(error && typeof error === "object" && "status" in error)) console.error(String(error))
    process.exitCode = 1
  }
}
