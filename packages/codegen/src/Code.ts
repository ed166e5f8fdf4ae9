/**
 * Small pieces every emitted module shares: doc comments and the generated-file header.
 *
 * @since 0.3.0
 */

/**
 * The version every generated export is documented with.
 *
 * @since 0.3.0
 * @category constants
 */
export const since = "0.3.0"

/**
 * A JSDoc comment: the text's lines (a `*\/` in the model's words cannot close it early), then
 * the tags.
 *
 * @since 0.3.0
 * @category code
 */
export const doc = (
  lines: ReadonlyArray<string | undefined>,
  tags: ReadonlyArray<string> = [],
  indent = ""
): string => {
  const body = lines
    .filter((line): line is string => line !== undefined)
    .join("\n\n")
    .replaceAll("*/", "*\\/")
    .split("\n")
    .map((line) => line.trimEnd())
  const all = tags.length === 0 ? body : [...body, ...(body.length > 0 ? [""] : []), ...tags]
  return `${indent}/**\n${all.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`
}

/**
 * A one-line doc comment.
 *
 * @since 0.3.0
 * @category code
 */
export const docLine = (line: string, indent = ""): string => `${indent}/** ${line.replaceAll("*/", "*\\/")} */\n`

/**
 * The tags of a generated export.
 *
 * @since 0.3.0
 * @category code
 */
export const tags = (category: string): ReadonlyArray<string> => [`@since ${since}`, `@category ${category}`]

/**
 * The note at the top of every generated file.
 *
 * @since 0.3.0
 * @category code
 */
export const generatedNote = (version: string): string =>
  `Generated from ask-smapi-model ${version} by @smapi-effect/codegen (\`pnpm generate\`): do not edit.`
