// Bundles the CLI into one file: loading the unbundled effect barrel costs about half a second
// on a cold start, a bundle a small fraction of that.
import { build } from "esbuild"
import { fileURLToPath } from "node:url"

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

await build({
  entryPoints: [here("./src/bin.ts")],
  outfile: here("./dist/smapi-credentials.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
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
