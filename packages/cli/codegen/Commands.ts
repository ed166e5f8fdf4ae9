/**
 * The `smapi` command table, generated from `ask-smapi-model`'s spec.json and ask-cli 2.30.7's
 * customizations (codegen/ask-cli), by the rules of ask-cli's `ask smapi` (its
 * `CliCustomizationProcessor` and `smapi-commander`), so that each command has ask-cli's name,
 * flags and short aliases:
 *
 * - the command name is the kebab case of `x-operation-name` less its version suffix; where two
 *   versions share a name the newest wins;
 * - a parameter's flag is the kebab case of its name, or of the name parameters.json gives it
 *   (`stageV2` is `--stage`); parameters.json `skip`s `vendorId`, which comes from `ASK_VENDOR_ID`;
 * - a body is unwrapped into one flag per property (two levels deep, `--experiment-name`), or
 *   taken whole as JSON when it has no properties or parameters.json says `skipUnwrap`; an object
 *   property, or an array of objects, is a JSON flag; `customParameters` replace a body by their
 *   own flags (`--testers-emails`);
 * - a required `--stage` defaults to `development` and so is optional.
 *
 * `generate` is pure: the files it returns are written by `codegen/run.ts`.
 *
 * @since 0.3.0
 */

/**
 * The parts of a Swagger 2.0 document the table is made from.
 *
 * @since 0.3.0
 * @category models
 */
export interface Spec {
  readonly paths: Readonly<Record<string, Readonly<Record<string, SpecOperation>>>>
  readonly definitions: Readonly<Record<string, Definition>>
}

/**
 * @since 0.3.0
 * @category models
 */
export interface SpecOperation {
  readonly "x-operation-name"?: string
  readonly summary?: string
  readonly description?: string
  readonly parameters?: ReadonlyArray<SpecParameter>
}

/**
 * @since 0.3.0
 * @category models
 */
export interface SpecParameter {
  readonly name: string
  readonly in: "path" | "query" | "header" | "body"
  readonly description?: string
  readonly required?: boolean
  readonly type?: string
  readonly enum?: ReadonlyArray<string>
  readonly items?: { readonly $ref?: string; readonly type?: string }
  readonly schema?: { readonly $ref?: string }
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Definition {
  readonly type?: string
  readonly description?: string
  readonly required?: ReadonlyArray<string>
  readonly enum?: ReadonlyArray<string>
  readonly properties?: Readonly<Record<string, Property>>
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Property {
  readonly type?: string
  readonly description?: string
  readonly $ref?: string
  readonly items?: { readonly $ref?: string; readonly type?: string }
}

/**
 * One entry of ask-cli's parameters.json.
 *
 * @since 0.3.0
 * @category models
 */
export interface Customization {
  readonly name?: string
  readonly skip?: boolean
  readonly skipUnwrap?: boolean
  readonly customParameters?: ReadonlyArray<{
    readonly name: string
    readonly description: string
    readonly required: boolean
    readonly isArray?: boolean
  }>
}

/**
 * ask-cli's two customization files.
 *
 * @since 0.3.0
 * @category models
 */
export interface Customizations {
  readonly parameters: Readonly<Record<string, Customization>>
  readonly aliases: Readonly<Record<string, string>>
}

/**
 * How a flag's text becomes a value.
 *
 * @since 0.3.0
 * @category models
 */
export type Kind = "string" | "number" | "boolean" | "json"

/**
 * One flag of a command, and where its value goes in the operation's input.
 *
 * @since 0.3.0
 * @category models
 */
export interface Flag {
  /** Kebab case, without the dashes: `skill-id`. */
  readonly name: string
  readonly alias?: string
  readonly required: boolean
  readonly kind: Kind
  /** Comma-separated values, as ask-cli splits them. */
  readonly array?: true
  /** Each value of an array is wrapped as `{ [wrap]: value }` (ask-cli's testers' emails). */
  readonly wrap?: string
  readonly enum?: ReadonlyArray<string>
  readonly default?: string
  /** The path in the input: the SDK's argument name, then the body's property path. */
  readonly target: ReadonlyArray<string>
  readonly description: string
}

/**
 * One command.
 *
 * @since 0.3.0
 * @category models
 */
export interface CommandSpec {
  readonly name: string
  /** The operation's `x-operation-name`: its export in `@smapi-effect/smapi/Operations`. */
  readonly operation: string
  readonly summary: string
  readonly description: string
  readonly flags: ReadonlyArray<Flag>
  /** Where `ASK_VENDOR_ID` goes in the input, when the operation takes a vendor. */
  readonly vendor?: ReadonlyArray<string>
  /** The input key of an unwrapped body, sent as an object even when none of its flags is given. */
  readonly body?: string
}

/**
 * The official SDK's argument name of a model parameter: lower camel case of its words
 * (`If-Match` -> `ifMatch`, `dialogAct.name` -> `dialogActName`).
 *
 * @since 0.3.0
 * @category naming
 */
export const argumentName = (name: string): string =>
  name.split(/[^A-Za-z0-9]+/).filter((part) => part !== "").map((part, i) =>
    i === 0 ? part[0]!.toLowerCase() + part.slice(1) : part[0]!.toUpperCase() + part.slice(1)
  ).join("")

/**
 * ask-cli's kebab case (its `string-utils.kebabCase`): `getSkillStatus` -> `get-skill-status`,
 * `experiment plannedDuration` -> `experiment-planned-duration`.
 *
 * @since 0.3.0
 * @category naming
 */
export const kebabCase = (name: string): string =>
  (name.match(/[A-Z]{2,}(?=[A-Z][a-z]+[0-9]*|\b)|[A-Z]?[a-z]+[0-9]*|[A-Z]|[0-9]+/g) ?? []).map((word) =>
    word.toLowerCase()
  ).join("-")

/**
 * The command name of an operation: `getSkillStatusV1` -> `get-skill-status`.
 *
 * @since 0.3.0
 * @category naming
 */
export const commandName = (operationName: string): string => kebabCase(operationName.replace(/V\d+$/, ""))

const versionOf = (operationName: string): number => Number(/V(\d+)$/.exec(operationName)?.[1] ?? 0)

// The first sentence, for the list of commands.
const firstSentence = (text: string): string => {
  const flat = text.replace(/\s+/g, " ").trim()
  const end = flat.search(/\.(\s|$)/)
  return end === -1 ? flat : flat.slice(0, end + 1)
}

const tidy = (text: string | undefined): string => (text ?? "").replace(/[ \t]+\n/g, "\n").trim()

const definitionOf = (spec: Spec, ref: string | undefined): Definition | undefined =>
  ref === undefined ? undefined : spec.definitions[ref.replace("#/definitions/", "")]

// ask-cli's flat parameter, before it becomes a flag
interface Flat {
  readonly name: string
  readonly description: string | undefined
  readonly required: boolean
  readonly type: string | undefined
  readonly json: boolean
  readonly enum: ReadonlyArray<string> | undefined
  readonly root: string | undefined
  readonly bodyPath: ReadonlyArray<string> | undefined
  readonly isArray?: boolean
}

const isJsonProperty = (spec: Spec, property: Property): boolean =>
  property.type === "object" ||
  (property.type === "array" && property.items?.$ref !== undefined &&
    definitionOf(spec, property.items.$ref)?.type === "object")

const maxProperties = 10

const flatten = (spec: Spec, operation: SpecOperation, customizations: Customizations): Array<Flat> => {
  const out: Array<Flat> = []
  const customization = (name: string): Customization => customizations.parameters[name] ?? {}
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== "body") {
      const items = definitionOf(spec, parameter.items?.$ref)
      out.push({
        name: parameter.name,
        description: items === undefined ? parameter.description : items.description ?? parameter.description,
        required: parameter.required === true,
        type: parameter.type,
        json: false,
        enum: items === undefined ? parameter.enum : items.enum,
        root: undefined,
        bodyPath: undefined
      })
      continue
    }
    const root = parameter.name
    const definition = definitionOf(spec, parameter.schema?.$ref)
    const custom = customization(root)
    if (definition?.properties === undefined || custom.skipUnwrap === true) {
      out.push({
        name: root,
        description: parameter.description,
        required: parameter.required === true,
        type: undefined,
        json: true,
        enum: undefined,
        root: undefined,
        bodyPath: undefined
      })
      continue
    }
    if (custom.customParameters !== undefined) {
      for (const p of custom.customParameters) {
        out.push({
          name: p.name,
          description: p.description,
          required: p.required,
          type: p.isArray === true ? "array" : undefined,
          json: false,
          enum: undefined,
          root: undefined,
          bodyPath: undefined
        })
      }
      continue
    }
    const properties = definition.properties
    if (Object.keys(properties).length >= maxProperties) {
      throw new Error(`${root}: ${maxProperties} or more body properties; ask-cli would need customParameters`)
    }
    const rootRequired = definition.required
    const required = (d: Definition, key: string, parent: boolean) =>
      d.required !== undefined ? d.required.includes(key) : parent
    for (const [key, property] of Object.entries(properties)) {
      const parentRequired = rootRequired?.includes(key) === true
      const second = definitionOf(spec, property.$ref)
      if (second === undefined) {
        out.push({
          name: key,
          description: property.description,
          required: required(definition, key, parentRequired),
          type: property.type,
          json: isJsonProperty(spec, property),
          enum: undefined,
          root,
          bodyPath: [key]
        })
        continue
      }
      const secondRequired = required(second, key, parentRequired)
      if (second.properties !== undefined && Object.keys(second.properties).length >= maxProperties) {
        throw new Error(`${root}: ${maxProperties} or more body properties; ask-cli would need customParameters`)
      }
      for (const [inner, innerProperty] of Object.entries(second.properties ?? {})) {
        let description = innerProperty.description ?? second.description
        let values: ReadonlyArray<string> | undefined
        if (innerProperty.$ref !== undefined) {
          const schema = definitionOf(spec, innerProperty.$ref)
          if (schema?.enum === undefined) {
            throw new Error(`${root}: cannot unwrap more than 2 levels deep at ${key}.${inner}`)
          }
          values = schema.enum
          description = schema.description ?? description
        }
        out.push({
          name: `${key} ${inner}`,
          description,
          required: required(second, inner, secondRequired),
          type: innerProperty.type,
          json: isJsonProperty(spec, innerProperty),
          enum: values,
          root,
          bodyPath: [key, inner]
        })
      }
      if (second.enum !== undefined) {
        out.push({
          name: key,
          description: second.description,
          required: secondRequired,
          type: second.type,
          json: false,
          enum: second.enum,
          root,
          bodyPath: [key]
        })
      }
    }
  }
  return out.filter((flat) => customization(flat.name).skip !== true)
}

// ask-cli keys its flat parameters by a standardized name: a later one of the same name replaces
// an earlier one in place
const standardize = (name: string): string =>
  name.replace(/(?:^\w|[A-Z]|\b\w)/g, (word, index) => index === 0 ? word.toLowerCase() : word.toUpperCase())
    .replace(/\s+/g, "").replace(/-/g, "").toLowerCase().replace(/[^a-zA-Z0-9-]+/g, "")

const toFlag = (flat: Flat, customizations: Customizations): Flag => {
  const renamed = customizations.parameters[flat.name]?.name ?? flat.name
  const name = kebabCase(renamed)
  const alias = customizations.aliases[name]
  // smapi-commander: a required --stage defaults to development, and so is optional
  const defaulted = flat.required && renamed === "stage"
  const array = flat.type === "array" && !flat.json
  const kind: Kind = flat.json
    ? "json"
    : flat.type === "number" || flat.type === "integer"
    ? "number"
    : flat.type === "boolean"
    ? "boolean"
    : "string"
  const testers = flat.name === "testersEmails"
  return {
    name,
    ...(alias === undefined ? {} : { alias }),
    required: flat.required && !defaulted,
    kind,
    ...(array ? { array: true as const } : {}),
    ...(testers ? { wrap: "emailId" } : {}),
    ...(flat.enum === undefined ? {} : { enum: flat.enum }),
    ...(defaulted ? { default: "development" } : {}),
    target: testers
      ? ["testersRequest", "testers"]
      : flat.root === undefined
      ? [argumentName(flat.name)]
      : [argumentName(flat.root), ...flat.bodyPath!],
    description: tidy(flat.description)
  }
}

// before-send-processor: the vendor is a parameter of its own, or a property of a required body
const vendorTarget = (spec: Spec, operation: SpecOperation): ReadonlyArray<string> | undefined => {
  const parameters = operation.parameters ?? []
  if (parameters.some((p) => p.name === "vendorId")) return ["vendorId"]
  const body = parameters.find((p) => p.in === "body")
  if (body === undefined || body.required !== true) return undefined
  const definition = definitionOf(spec, body.schema?.$ref)
  return definition?.properties?.vendorId === undefined ? undefined : [argumentName(body.name), "vendorId"]
}

/**
 * The commands of a model, by name, as ask-cli makes them.
 *
 * @since 0.3.0
 * @category generating
 */
export const commands = (spec: Spec, customizations: Customizations): ReadonlyArray<CommandSpec> => {
  const byName = new Map<string, CommandSpec>()
  for (const methods of Object.values(spec.paths)) {
    for (const operation of Object.values(methods)) {
      const id = operation["x-operation-name"]
      if (id === undefined) continue
      const name = commandName(id)
      const known = byName.get(name)
      if (known !== undefined && versionOf(known.operation) >= versionOf(id)) continue
      const flats = new Map<string, Flat>()
      for (const flat of flatten(spec, operation, customizations)) flats.set(standardize(flat.name), flat)
      const flags = [...flats.values()].map((flat) => toFlag(flat, customizations))
      const body = [...flats.values()].find((flat) => flat.root !== undefined)?.root
      const vendor = vendorTarget(spec, operation)
      // an operation the model describes only in its summary (getAnnotationsForNLUAnnotationSetsV1)
      const description = tidy(operation.description) || tidy(operation.summary)
      byName.set(name, {
        name,
        operation: id,
        summary: firstSentence(operation.summary ?? operation.description ?? id),
        description,
        flags,
        ...(vendor === undefined ? {} : { vendor }),
        ...(body === undefined ? {} : { body: argumentName(body) })
      })
    }
  }
  return [...byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
}

const header = (source: string) =>
  `// Generated by packages/cli/codegen/Commands.ts from ${source}: do not edit (npx pnpm@10 -s generate:cli).\n`

/**
 * The checked-in files, by path under `packages/cli/src/commands/`: an index (each name, its
 * summary and a loader) and one module per command, so that a run loads only its own command.
 *
 * @since 0.3.0
 * @category generating
 */
export const generate = (
  spec: Spec,
  customizations: Customizations,
  source: string
): ReadonlyMap<string, string> => {
  const table = commands(spec, customizations)
  const files = new Map<string, string>()
  const index = [
    header(source),
    `import type { Entry } from "../SmapiCommand.js"`,
    ``,
    `/** Every command: its one-line summary and its module, loaded only when it runs. */`,
    `export const commands: Readonly<Record<string, Entry>> = {`,
    table.map((command) =>
      `  ${JSON.stringify(command.name)}: {\n    summary: ${JSON.stringify(command.summary)},\n` +
      `    load: () => import(${JSON.stringify(`./${command.name}.js`)})\n  }`
    ).join(",\n"),
    `}`,
    ``
  ]
  files.set("index.ts", index.join("\n"))
  for (const command of table) {
    const { name: _name, operation, summary: _summary, ...data } = command
    const body = JSON.stringify({ name: command.name, ...data }, null, 2)
      // a list of strings on one line
      .replace(
        /\[\n\s+("[^"\n]*"(?:,\n\s+"[^"\n]*")*)\n\s+\]/g,
        (_, items: string) => `[${items.replace(/,\n\s+/g, ", ")}]`
      )
      .slice(0, -1)
    files.set(
      `${command.name}.ts`,
      [
        header(source),
        `import { ${operation} } from "@smapi-effect/smapi/Operations"`,
        `import type { Command } from "../SmapiCommand.js"`,
        ``,
        `/** \`smapi ${command.name}\`: ${operation}. */`,
        `export const command: Command = ${body}  "operation": ${operation}\n}`,
        ``
      ].join("\n").replace(/\n {2}"operation"/, `,\n  "operation"`)
    )
  }
  return files
}
