/**
 * `Operations.ts`: one `Operation` description per operation of the model, exported under its
 * `x-operation-name`, with the model's words as its doc comment.
 *
 * @since 0.3.0
 */
import * as Code from "./Code.js"
import type * as Model from "./Model.js"
import * as Names from "./Names.js"
import * as SchemaModules from "./SchemaModules.js"

const pure = SchemaModules.pure

const parameterCode = (scope: SchemaModules.Scope, parameter: Model.Parameter): string => {
  const schema = SchemaModules.schemaCode(scope, parameter.type)
  const field = parameter.required ? schema : `${pure}Schema.optional(${schema})`
  switch (parameter.in) {
    case "path":
      return `${pure}Operation.path(${field})`
    case "body":
      return `${pure}Operation.body(${field})`
    case "query":
      return parameter.wireName === parameter.key
        ? `${pure}Operation.query(${field})`
        : `${pure}Operation.query(${field}, ${JSON.stringify(parameter.wireName)})`
    case "header":
      return `${pure}Operation.header(${field}, ${JSON.stringify(parameter.wireName)})`
  }
}

const responseCode = (scope: SchemaModules.Scope, response: Model.Response): string => {
  const schema = () => response.type === undefined ? "Schema.Unknown" : SchemaModules.schemaCode(scope, response.type)
  const body = response.body === "redirect"
    ? "Operation.redirect"
    : response.body === "empty"
    ? "Operation.empty"
    : `${pure}Operation.${response.body}(${schema()})`
  return response.headers.length === 0
    ? body
    : `${pure}Operation.withHeaders(${body}, [${response.headers.map((h) => JSON.stringify(h)).join(", ")}])`
}

const access = (path: ReadonlyArray<string> | undefined): string =>
  path === undefined ? "undefined" : `page.${path.join("?.")}`

const operationDoc = (operation: Model.Operation): string => {
  const parameters = operation.parameters.map((p) =>
    `- \`${p.key}\`${p.required ? "" : " (optional)"}${
      p.in === "body" ? ", the body" : p.key === p.wireName ? "" : `, \`${p.wireName}\``
    }${p.description === undefined ? "" : `: ${p.description.replaceAll("\n", " ")}`}`
  )
  return Code.doc(
    [
      operation.summary,
      operation.description === operation.summary ? undefined : operation.description,
      `\`${operation.method} ${operation.path}\`${operation.pagination ? ", paged" : ""}`,
      parameters.length === 0 ? undefined : parameters.join("\n")
    ],
    Code.tags("operations")
  )
}

const operationCode = (scope: SchemaModules.Scope, operation: Model.Operation): string => {
  const parameters = operation.parameters.map((p) => `    ${Names.propertyKey(p.key)}: ${parameterCode(scope, p)}`)
  const responses = operation.responses.map((r) => `    ${r.status}: ${responseCode(scope, r)}`)
  const make = `${pure}Operation.make({
  id: ${JSON.stringify(operation.name)},
  method: ${JSON.stringify(operation.method)},
  path: ${JSON.stringify(operation.path)},
  parameters: ${parameters.length === 0 ? "{}" : `{\n${parameters.join(",\n")}\n  }`},
  responses: {\n${responses.join(",\n")}\n  },
  errors: [${operation.errors.join(", ")}]
})`
  const p = operation.pagination
  const value = p === undefined
    ? make
    : `${pure}Operation.paginated(${make.replaceAll("\n", "\n  ")}, {
  inputToken: ${JSON.stringify(p.inputToken)},
  nextToken: (page) => Paging.next(${access(p.truncated)}, ${access(p.token)}, ${access(p.link)})
})`
  return `${operationDoc(operation)}export const ${operation.name} = ${value}\n`
}

/**
 * The `Operations` module.
 *
 * @since 0.3.0
 * @category emit
 */
export const emit = (model: Model.Model): string => {
  const imports = new Map<string, { value: boolean }>()
  const uses = new Set<"Open" | "Redacted" | "Schema">()
  const scope: SchemaModules.Scope = {
    model,
    module: undefined,
    ready: new Set(),
    cyclic: new Set(),
    imports,
    uses,
    open: false
  }
  const operations = [...model.operations].sort((a, b) => a.name.localeCompare(b.name))
  const bodies = operations.map((operation) => operationCode(scope, operation))
  const header = Code.doc(
    [
      "Every operation of the Skill Management API, as a description the engine runs " +
      "(`SmapiClient.call(operation, input)`, or `SmapiClient.pages` for a paged one), exported under " +
      "the name the official model gives it. The input is one object keyed by the official SDK's " +
      "argument names; every constraint of the model is checked before anything is sent.",
      Code.generatedNote(model.version)
    ],
    [`@since ${Code.since}`]
  )
  const paged = operations.some((o) => o.pagination !== undefined)
  const lines = [
    `import * as Operation from "@smapi-effect/engine/Operation"`,
    `import * as Schema from "effect/Schema"`,
    ...(uses.has("Open") ? [`import * as Open from "./internal/Open.js"`] : []),
    ...(paged ? [`import * as Paging from "./internal/Paging.js"`] : []),
    ...[...imports].sort(([a], [b]) => a.localeCompare(b)).map(([m, { value }]) =>
      `import ${value ? "" : "type "}* as ${m} from "./${m}.js"`
    )
  ]
  return `${header}${lines.join("\n")}\n\n${bodies.join("\n")}`
}
