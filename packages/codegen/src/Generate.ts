/**
 * The whole output from the model: every file of `packages/smapi/src` the generator owns and
 * `docs/operations.md`, formatted by the repository's own lint rules, then written, or compared
 * with what is checked in.
 *
 * @since 0.3.0
 */
import { ESLint } from "eslint"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import * as Model from "./Model.js"
import * as OperationsDoc from "./OperationsDoc.js"
import * as OperationsModule from "./OperationsModule.js"
import * as SchemaModules from "./SchemaModules.js"
import * as ServiceModule from "./ServiceModule.js"
import * as Spec from "./Spec.js"

/**
 * Where the output goes, from the repository's root.
 *
 * @since 0.3.0
 * @category constants
 */
export const outputs = { sources: "packages/smapi/src", docs: "docs/operations.md" } as const

/**
 * The generated files, by path from the repository's root, unformatted.
 *
 * @since 0.3.0
 * @category emit
 */
export const files = (model: Model.Model): Map<string, string> => {
  const out = new Map<string, string>()
  const schemas = SchemaModules.emit(model)
  for (const [file, text] of schemas) out.set(`${outputs.sources}/${file}`, text)
  out.set(`${outputs.sources}/Operations.ts`, OperationsModule.emit(model))
  out.set(`${outputs.sources}/Smapi.ts`, ServiceModule.emit(model))
  out.set(`${outputs.sources}/index.ts`, ServiceModule.index(model, [...schemas.keys()]))
  out.set(outputs.docs, OperationsDoc.emit(model))
  return out
}

/**
 * The files formatted as the repository's lint rules format them (dprint, through ESLint's fix).
 *
 * @since 0.3.0
 * @category emit
 */
export const format = async (root: string, generated: ReadonlyMap<string, string>): Promise<Map<string, string>> => {
  const eslint = new ESLint({ cwd: root, fix: true })
  const out = new Map<string, string>()
  for (const [path, text] of generated) {
    if (!path.endsWith(".ts")) {
      out.set(path, text)
      continue
    }
    const [result] = await eslint.lintText(text, { filePath: join(root, path) })
    const problems = result?.messages.filter((m) => m.severity === 2) ?? []
    if (problems.length > 0) {
      throw new Error(`${path}: ${problems.map((m) => `${m.line}:${m.column} ${m.message}`).slice(0, 5).join("; ")}`)
    }
    out.set(path, result?.output ?? text)
  }
  return out
}

// The generated sources on disk (every .ts file of the package's src, but for internal/).
const onDisk = (root: string): Array<string> => {
  const dir = join(root, outputs.sources)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(dir, entry.name)))
}

/**
 * Writes the output, removing generated modules the model no longer has.
 *
 * @since 0.3.0
 * @category run
 */
export const write = (root: string, output: ReadonlyMap<string, string>): void => {
  for (const stale of onDisk(root)) if (!output.has(stale)) rmSync(join(root, stale))
  for (const [path, text] of output) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

/**
 * The paths whose checked-in content differs from the output (missing, changed or extra).
 *
 * @since 0.3.0
 * @category run
 */
export const stale = (root: string, output: ReadonlyMap<string, string>): Array<string> => {
  const changed = [...output].filter(([path, text]) =>
    !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text
  ).map(([path]) => path)
  const extra = onDisk(root).filter((path) => !output.has(path))
  return [...changed, ...extra].sort()
}

/**
 * The output of the pinned model, formatted.
 *
 * @since 0.3.0
 * @category run
 */
export const generate = async (root: string): Promise<Map<string, string>> => {
  const model = Model.make(await Spec.load(), Spec.modelVersion())
  return format(root, files(model))
}
