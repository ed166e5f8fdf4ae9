/**
 * One module per namespace of the model (`v1.skill.Manifest` -> `V1SkillManifest.ts`), holding
 * for each definition its TypeScript type (and `Encoded` type when that differs, for secrets)
 * and its `Schema`, annotated with that type so that tsc checks it rather than infers it.
 *
 * @since 0.3.0
 */
import * as Code from "./Code.js"
import * as Model from "./Model.js"
import * as Names from "./Names.js"

/**
 * How one module refers to definitions: in the module by name, elsewhere through the other
 * module's namespace import, and lazily (`Schema.suspend`) where evaluation order cannot
 * guarantee the definition exists yet (a cycle).
 *
 * @since 0.3.0
 * @category models
 */
export interface Scope {
  readonly model: Model.Model
  readonly module: string | undefined
  /** Definitions of this module already emitted. */
  readonly ready: ReadonlySet<string>
  /** Modules in a cycle with this one. */
  readonly cyclic: ReadonlySet<string>
  /** Imported modules and whether a value of each is used. */
  readonly imports: Map<string, { value: boolean }>
  /** Whether the type of an open definition is written: enums and unions accept newer values. */
  readonly open: boolean
  readonly uses: Set<"Open" | "Redacted" | "Schema">
}

const moduleOf = (name: string): string => Names.moduleName(Names.split(name)[0])

const qualified = (scope: Scope, name: string, value: boolean): string => {
  const module = moduleOf(name)
  const exported = Names.exportName(name)
  if (module === scope.module) return exported
  const entry = scope.imports.get(module) ?? { value: false }
  entry.value ||= value
  scope.imports.set(module, entry)
  return `${module}.${exported}`
}

const literalUnion = (values: ReadonlyArray<string>, open: boolean): string =>
  [...values.map((value) => JSON.stringify(value)), ...(open ? ["(string & {})"] : [])].join(" | ")

/**
 * The TypeScript type of a type, on its decoded (`Type`) or wire (`Encoded`) side.
 *
 * @since 0.3.0
 * @category code
 */
export const typeCode = (scope: Scope, type: Model.Type, side: "Type" | "Encoded"): string => {
  switch (type.kind) {
    case "ref": {
      const name = qualified(scope, type.name, false)
      return side === "Encoded" && scope.model.secret.has(type.name) ? `${name}.Encoded` : name
    }
    case "string":
      return "string"
    case "number":
      return "number"
    case "boolean":
      return "boolean"
    case "unknown":
      return "unknown"
    case "array":
      return `ReadonlyArray<${typeCode(scope, type.items, side)}>`
    case "record":
      return `{ readonly [key: string]: ${typeCode(scope, type.values, side)} }`
    case "enum":
      return literalUnion(type.values, scope.open)
    case "literal":
      return JSON.stringify(type.value)
    case "object":
      return `{ ${type.properties.map((p) => `${propertySignature(scope, p, side)}; `).join("")}}`
    case "secret":
      if (side === "Encoded") return typeCode(scope, type.of, side)
      scope.uses.add("Redacted")
      return `Redacted.Redacted<${typeCode(scope, type.of, side)}>`
    case "either":
      return type.types.map((t) => typeCode(scope, t, side)).join(" | ")
  }
}

const propertySignature = (scope: Scope, property: Model.Property, side: "Type" | "Encoded"): string =>
  `readonly ${Names.propertyKey(property.name)}${property.required ? "" : "?"}: ${
    typeCode(scope, property.type, side)
  }${property.required ? "" : " | undefined"}`

// A pattern as a literal (a `new RegExp` call would keep its module in every bundle).
const regex = (pattern: string): string => `/${new RegExp(pattern).source}/`

/**
 * Marks a call free of side effects for bundlers. Every call in a generated initializer has it
 * (or is to a helper declared free of them): a bundler keeps a statement whose arguments call
 * anything else, and with it every schema of the model.
 *
 * @since 0.3.0
 * @category code
 */
export const pure = "/*#__PURE__*/ "

// A top-level initializer: a call is marked once, a reference to another schema is left as it is.
const initializer = (code: string): string => code.startsWith(pure) || !code.includes("(") ? code : `${pure}${code}`

const pipe = (base: string, checks: ReadonlyArray<string | undefined>): string => {
  const present = checks.filter((check): check is string => check !== undefined)
  return present.length === 0 ? base : `${pure}${base}.pipe(${present.join(", ")})`
}

const bounds = (min: number | undefined, max: number | undefined): string | undefined =>
  min !== undefined && max !== undefined
    ? `${pure}Schema.between(${min}, ${max})`
    : min !== undefined
    ? `${pure}Schema.greaterThanOrEqualTo(${min})`
    : max !== undefined
    ? `${pure}Schema.lessThanOrEqualTo(${max})`
    : undefined

/**
 * The schema of a type, as code.
 *
 * @since 0.3.0
 * @category code
 */
export const schemaCode = (scope: Scope, type: Model.Type): string => {
  scope.uses.add("Schema")
  switch (type.kind) {
    case "ref": {
      const lazy = moduleOf(type.name) === scope.module
        ? !scope.ready.has(type.name)
        : scope.cyclic.has(moduleOf(type.name))
      const name = qualified(scope, type.name, true)
      if (!lazy) return name
      const encoded = scope.model.secret.has(type.name) ? `, ${name}.Encoded` : ""
      return `${pure}Schema.suspend((): Schema.Schema<${name}${encoded}> => ${name})`
    }
    case "string": {
      const options = [
        type.minLength === undefined ? undefined : `minLength: ${type.minLength}`,
        type.maxLength === undefined ? undefined : `maxLength: ${type.maxLength}`,
        type.pattern === undefined ? undefined : `pattern: ${regex(type.pattern)}`
      ].filter((option): option is string => option !== undefined)
      if (options.length === 0) return "Schema.String"
      scope.uses.add("Open")
      return `${pure}Open.string({ ${options.join(", ")} })`
    }
    case "number":
      return pipe(type.integer ? "Schema.Int" : "Schema.Finite", [bounds(type.minimum, type.maximum)])
    case "boolean":
      return "Schema.Boolean"
    case "unknown":
      return "Schema.Unknown"
    case "array":
      return pipe(`${pure}Schema.Array(${schemaCode(scope, type.items)})`, [
        type.minItems === undefined ? undefined : `${pure}Schema.minItems(${type.minItems})`,
        type.maxItems === undefined ? undefined : `${pure}Schema.maxItems(${type.maxItems})`
      ])
    case "record": {
      const count = type.minProperties !== undefined || type.maxProperties !== undefined
      if (count) scope.uses.add("Open")
      return pipe(`${pure}Schema.Record({ key: Schema.String, value: ${schemaCode(scope, type.values)} })`, [
        count ? `${pure}Open.propertyCount(${type.minProperties ?? 0}, ${type.maxProperties ?? "Infinity"})` : undefined
      ])
    }
    case "enum":
      if (!scope.open) return `${pure}Schema.Literal(${type.values.map((v) => JSON.stringify(v)).join(", ")})`
      scope.uses.add("Open")
      return `${pure}Open.literals(${type.values.map((v) => JSON.stringify(v)).join(", ")})`
    case "literal":
      return `${pure}Schema.Literal(${JSON.stringify(type.value)})`
    case "object":
      scope.uses.add("Open")
      return `${pure}Open.struct({ ${fieldsCode(scope, type.properties).join(", ")} })`
    case "secret":
      scope.uses.add("Open")
      return `${pure}Open.redacted(${schemaCode(scope, type.of)})`
    case "either":
      return `${pure}Schema.Union(${type.types.map((t) => schemaCode(scope, t)).join(", ")})`
  }
}

/**
 * A struct's fields, as code: required as they are, the others `Schema.optional`.
 *
 * @since 0.3.0
 * @category code
 */
export const fieldsCode = (scope: Scope, properties: ReadonlyArray<Model.Property>): Array<string> =>
  properties.map((p) =>
    `${Names.propertyKey(p.name)}: ${
      p.required ? schemaCode(scope, p.type) : `${pure}Schema.optional(${schemaCode(scope, p.type)})`
    }`
  )

const interfaceBody = (
  scope: Scope,
  properties: ReadonlyArray<Model.Property>,
  side: "Type" | "Encoded",
  indent: string
) =>
  properties.map((p) =>
    (side === "Type" && p.description !== undefined ? Code.doc([p.description], [], indent) : "") +
    `${indent}${propertySignature(scope, p, side)}\n`
  ).join("")

const definitionCode = (scope: Scope, definition: Model.Definition): string => {
  const name = definition.exportName
  const secret = scope.model.secret.has(definition.name)
  const schemaType = secret ? `Schema.Schema<${name}, ${name}.Encoded>` : `Schema.Schema<${name}>`
  const typeDoc = Code.doc([definition.description ?? `\`${definition.name}\` of the model.`], Code.tags("models"))
  const schemaDoc = Code.doc([`The schema of \`${definition.name}\`.`], Code.tags("schemas"))
  const namespace = (members: ReadonlyArray<string>) =>
    members.length === 0
      ? ""
      : `${Code.doc([`The types that go with \`${name}\`.`], Code.tags("models"))}export declare namespace ${name} {\n${
        members.join("\n")
      }}\n\n`
  switch (definition.kind) {
    case "struct": {
      const encoded = secret
        ? [
          `${
            Code.doc([`\`${name}\` as sent and received: its secrets in plain text.`], Code.tags("models"), "  ")
          }  export interface Encoded {\n${interfaceBody(scope, definition.properties, "Encoded", "    ")}  }\n`
        ]
        : []
      scope.uses.add("Open")
      return `${typeDoc}export interface ${name} {\n${interfaceBody(scope, definition.properties, "Type", "  ")}}\n\n${
        namespace(encoded)
      }${schemaDoc}export const ${name}: ${schemaType} = /*#__PURE__*/ Open.struct({\n${
        fieldsCode(scope, definition.properties).map((f) => `  ${f}`).join(",\n")
      }\n})\n`
    }
    case "enum":
      return `${typeDoc}export type ${name} = ${
        literalUnion(definition.values, scope.open)
      }\n\n${schemaDoc}export const ${name}: ${schemaType} = ${
        schemaCode(scope, { kind: "enum", values: definition.values })
      }\n`
    case "alias": {
      const encoded = secret
        ? [
          `${Code.doc([`\`${name}\` as sent and received.`], Code.tags("models"), "  ")}  export type Encoded = ${
            typeCode(scope, definition.type, "Encoded")
          }\n`
        ]
        : []
      return `${typeDoc}export type ${name} = ${typeCode(scope, definition.type, "Type")}\n\n${
        namespace(encoded)
      }${schemaDoc}export const ${name}: ${schemaType} = ${initializer(schemaCode(scope, definition.type))}\n`
    }
    case "union": {
      const members = definition.members.map((member): Model.Type => ({ kind: "ref", name: member }))
      const d = definition.discriminator
      const open = scope.open && d !== undefined
      const extra: Array<string> = []
      if (open) {
        extra.push(
          `${
            Code.doc(
              [`A \`${name}\` newer than the model: its \`${d.property}\` is none of the known ones; every field is kept.`],
              Code.tags("models"),
              "  "
            )
          }  export interface Unknown {\n${interfaceBody(scope, d.base, "Type", "    ")}    readonly ${
            Names.propertyKey(d.property)
          }: string\n    readonly [key: string]: unknown\n  }\n`
        )
      }
      if (secret) {
        extra.push(
          `${Code.doc([`\`${name}\` as sent and received.`], Code.tags("models"), "  ")}  export type Encoded = ${
            [...members.map((m) => typeCode(scope, m, "Encoded")), ...(open ? ["Unknown"] : [])].join(" | ")
          }\n`
        )
      }
      const type = [...members.map((m) => typeCode(scope, m, "Type")), ...(open ? [`${name}.Unknown`] : [])].join(" | ")
      const value = open
        ? (scope.uses.add("Open"),
          `${pure}Open.union(${JSON.stringify(d.property)}, {\n${
            members.map((m, i) => `  ${Names.propertyKey(d.values[i]!)}: ${schemaCode(scope, m)}`).join(",\n")
          }\n}, { ${fieldsCode(scope, d.base).join(", ")} })`)
        : `Schema.Union(${members.map((m) => schemaCode(scope, m)).join(", ")})`
      scope.uses.add("Schema")
      return `${typeDoc}export type ${name} = ${type}\n\n${
        namespace(extra)
      }${schemaDoc}export const ${name}: ${schemaType} = ${initializer(value)}\n`
    }
  }
}

// Definitions in an order where each comes after those of its module it needs (a cycle is
// broken where it closes: that reference is lazy).
const ordered = (model: Model.Model, names: ReadonlyArray<string>): Array<string> => {
  const inModule = new Set(names)
  const out: Array<string> = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (name: string) => {
    if (state.has(name)) return
    state.set(name, "visiting")
    for (const ref of Model.definitionRefs(model.definitions.get(name)!)) if (inModule.has(ref)) visit(ref)
    state.set(name, "done")
    out.push(name)
  }
  for (const name of [...names].sort()) visit(name)
  return out
}

// Modules that import each other, directly or not (strongly connected components, Tarjan).
const cycles = (graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> => {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: Array<string> = []
  const onStack = new Set<string>()
  const component = new Map<string, Set<string>>()
  let next = 0
  const connect = (v: string) => {
    index.set(v, next)
    low.set(v, next)
    next++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const members = new Set<string>()
      for (let w = stack.pop()!;; w = stack.pop()!) {
        onStack.delete(w)
        members.add(w)
        if (w === v) break
      }
      for (const m of members) component.set(m, members)
    }
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v)
  return component
}

/**
 * The modules' names, each with the definitions it holds, in the model's order of namespaces.
 *
 * @since 0.3.0
 * @category accessors
 */
export const modules = (model: Model.Model): Map<string, Array<string>> => {
  const out = new Map<string, Array<string>>()
  for (const definition of model.definitions.values()) {
    const module = Names.moduleName(definition.namespace)
    out.set(module, [...(out.get(module) ?? []), definition.name])
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)))
}

// The names a schema module imports (so no definition may be exported under one of them).
const imported: ReadonlySet<string> = new Set(["Schema", "Open", "Redacted"])

const header = (model: Model.Model, namespace: string): string =>
  Code.doc([
    `The model's \`${namespace}\` definitions: for each, its type and its \`Schema\`.`,
    Code.generatedNote(model.version)
  ], [
    `@since ${Code.since}`
  ])

/**
 * Every schema module, by file name.
 *
 * @since 0.3.0
 * @category emit
 */
export const emit = (model: Model.Model): Map<string, string> => {
  const all = modules(model)
  const graph = new Map<string, Set<string>>()
  for (const [module, names] of all) {
    graph.set(
      module,
      new Set(
        names.flatMap((name) => Model.definitionRefs(model.definitions.get(name)!).map(moduleOf)).filter((m) =>
          m !== module
        )
      )
    )
  }
  const component = cycles(graph)
  const files = new Map<string, string>()
  for (const [module, names] of all) {
    const ready = new Set<string>()
    const imports = new Map<string, { value: boolean }>()
    const uses = new Set<"Open" | "Redacted" | "Schema">()
    const cyclic = new Set([...(component.get(module) ?? [])].filter((m) => m !== module))
    const bodies: Array<string> = []
    for (const name of ordered(model, names)) {
      const scope: Scope = { model, module, ready, cyclic, imports, uses, open: model.open.has(name) }
      bodies.push(definitionCode(scope, model.definitions.get(name)!))
      ready.add(name)
    }
    const lines = [
      ...(uses.has("Redacted") ? [`import type * as Redacted from "effect/Redacted"`] : []),
      `import * as Schema from "effect/Schema"`,
      ...(uses.has("Open") ? [`import * as Open from "./internal/Open.js"`] : []),
      ...[...imports].sort(([a], [b]) => a.localeCompare(b)).map(([m, { value }]) =>
        `import ${value ? "" : "type "}* as ${m} from "./${m}.js"`
      )
    ]
    const namespace = Names.split(names[0]!)[0]
    for (const name of names) {
      const exported = model.definitions.get(name)!.exportName
      if (imported.has(exported)) throw new Error(`${name} is exported under the name of an import (${exported})`)
    }
    files.set(`${module}.ts`, `${header(model, namespace)}${lines.join("\n")}\n\n${bodies.join("\n")}`)
  }
  return files
}
