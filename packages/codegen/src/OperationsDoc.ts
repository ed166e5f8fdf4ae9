/**
 * `docs/operations.md`: every operation with its method, path, whether it is paged, and the error
 * tags it adds to the seven every call may fail with.
 *
 * @since 0.3.0
 */
import * as Code from "./Code.js"
import type * as Model from "./Model.js"

const extraTags: Readonly<Record<number, string>> = { 409: "Conflict", 412: "PreconditionFailed" }

/**
 * The page.
 *
 * @since 0.3.0
 * @category emit
 */
export const emit = (model: Model.Model): string => {
  const operations = [...model.operations].sort((a, b) => a.name.localeCompare(b.name))
  const rows = operations.map((o) => {
    const extra = o.errors.flatMap((status) => extraTags[status] ?? [])
    return `| \`${o.name}\` | ${o.method} | \`${o.path}\` | ${o.pagination ? "yes" : ""} | ${extra.join(", ")} |`
  })
  const paged = operations.filter((o) => o.pagination !== undefined).length
  return [
    "# Operations",
    "",
    `${Code.generatedNote(model.version)}`,
    "",
    `The ${operations.length} operations of the Skill Management API, as \`@smapi-effect/smapi/Operations\` ` +
    "exports them and `Smapi` has them as methods. Every call may fail with the seven errors " +
    "(`BadRequest`, `Unauthorized`, `Forbidden`, `NotFound`, `RateLimited`, `ServerError`, " +
    "`Unavailable`); the last column names the ones an operation adds because the model declares " +
    `them (409 \`Conflict\`, 412 \`PreconditionFailed\`). A paged operation (${paged}) is also a ` +
    "`Stream` of its pages: `SmapiClient.pages`, or the service's `...Pages` method.",
    "",
    "| Operation | Method | Path | Paged | Extra errors |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n")
}
