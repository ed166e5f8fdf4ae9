/**
 * The model as the emitters see it: every definition and operation of the document turned into
 * a small typed description (no JSON Schema left to interpret), with the quirks already applied.
 *
 * @since 0.3.0
 */
import * as Names from "./Names.js"
import * as Quirks from "./Quirks.js"
import * as Spec from "./Spec.js"

/**
 * A type, as a schema and a TypeScript type are both written from it.
 *
 * @since 0.3.0
 * @category models
 */
export type Type =
  | { readonly kind: "ref"; readonly name: string }
  | {
    readonly kind: "string"
    readonly minLength?: number | undefined
    readonly maxLength?: number | undefined
    readonly pattern?: string | undefined
  }
  | {
    readonly kind: "number"
    readonly integer: boolean
    readonly minimum?: number | undefined
    readonly maximum?: number | undefined
  }
  | { readonly kind: "boolean" }
  | { readonly kind: "unknown" }
  | {
    readonly kind: "array"
    readonly items: Type
    readonly minItems?: number | undefined
    readonly maxItems?: number | undefined
  }
  | {
    readonly kind: "record"
    readonly values: Type
    readonly minProperties?: number | undefined
    readonly maxProperties?: number | undefined
  }
  | { readonly kind: "enum"; readonly values: ReadonlyArray<string> }
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "object"; readonly properties: ReadonlyArray<Property> }
  | { readonly kind: "secret"; readonly of: Type }
  | { readonly kind: "either"; readonly types: ReadonlyArray<Type> }

/**
 * @since 0.3.0
 * @category models
 */
export interface Property {
  readonly name: string
  readonly type: Type
  readonly required: boolean
  readonly description: string | undefined
}

/**
 * A definition: a struct, an enum, a union of definitions (discriminated by a property, or not),
 * or another type under a name.
 *
 * @since 0.3.0
 * @category models
 */
export type Definition =
  & {
    readonly name: string
    readonly namespace: string
    readonly exportName: string
    readonly description: string | undefined
  }
  & (
    | { readonly kind: "struct"; readonly properties: ReadonlyArray<Property> }
    | { readonly kind: "enum"; readonly values: ReadonlyArray<string> }
    | {
      readonly kind: "union"
      readonly members: ReadonlyArray<string>
      /** The discriminating property, its value per member, and the base's own properties. */
      readonly discriminator:
        | {
          readonly property: string
          readonly values: ReadonlyArray<string>
          readonly base: ReadonlyArray<Property>
        }
        | undefined
    }
    | { readonly kind: "alias"; readonly type: Type }
  )

/**
 * @since 0.3.0
 * @category models
 */
export interface Parameter {
  /** The input key (the SDK's argument name). */
  readonly key: string
  /** The name on the wire. */
  readonly wireName: string
  readonly in: "path" | "query" | "header" | "body"
  readonly type: Type
  readonly required: boolean
  readonly description: string | undefined
}

/**
 * How a success status is read.
 *
 * @since 0.3.0
 * @category models
 */
export interface Response {
  readonly status: number
  readonly body: "json" | "jsonOrEmpty" | "empty" | "jsonOrText" | "redirect"
  readonly type: Type | undefined
  readonly headers: ReadonlyArray<(typeof Quirks.keptHeaders)[number]>
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Pagination {
  readonly inputToken: string
  /** Paths into the page, by what they hold. */
  readonly truncated: ReadonlyArray<string> | undefined
  readonly token: ReadonlyArray<string> | undefined
  readonly link: ReadonlyArray<string> | undefined
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Operation {
  readonly name: string
  readonly method: Spec.Method
  readonly path: string
  readonly summary: string | undefined
  readonly description: string | undefined
  readonly parameters: ReadonlyArray<Parameter>
  readonly responses: ReadonlyArray<Response>
  readonly errors: ReadonlyArray<number>
  readonly pagination: Pagination | undefined
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Model {
  readonly version: string
  readonly definitions: ReadonlyMap<string, Definition>
  readonly operations: ReadonlyArray<Operation>
  /** Definitions a response can hold: their enums and unions accept values newer than the model. */
  readonly open: ReadonlySet<string>
  /** Definitions holding a secret, directly or not: their encoded side differs from their type. */
  readonly secret: ReadonlySet<string>
}

const text = (s: string | undefined): string | undefined => {
  const trimmed = s?.trim()
  return trimmed === undefined || trimmed === "" ? undefined : trimmed
}

const typeOf = (spec: Spec.Spec, schema: Spec.JsonSchema, owner: string | undefined): Type => {
  if (schema.$ref !== undefined) return { kind: "ref", name: Spec.refName(schema.$ref) }
  if (Quirks.isStringEnum(schema)) return { kind: "enum", values: schema.enum }
  switch (schema.type) {
    case "string":
      return { kind: "string", minLength: schema.minLength, maxLength: schema.maxLength, pattern: schema.pattern }
    case "integer":
    case "number":
      return { kind: "number", integer: schema.type === "integer", minimum: schema.minimum, maximum: schema.maximum }
    case "boolean":
      return { kind: "boolean" }
    case "array":
      return {
        kind: "array",
        items: schema.items === undefined ? { kind: "unknown" } : typeOf(spec, schema.items, owner),
        minItems: schema.minItems,
        maxItems: schema.maxItems
      }
    default: {
      if (typeof schema.additionalProperties === "object") {
        return {
          kind: "record",
          values: typeOf(spec, schema.additionalProperties, owner),
          minProperties: schema.minProperties,
          maxProperties: schema.maxProperties
        }
      }
      if (Quirks.isFreeFormObject(schema)) {
        return {
          kind: "record",
          values: { kind: "unknown" },
          minProperties: schema.minProperties,
          maxProperties: schema.maxProperties
        }
      }
      if (schema.properties !== undefined) return { kind: "object", properties: propertiesOf(spec, schema, owner) }
      throw new Error(`${owner ?? "?"}: a schema the generator does not know: ${JSON.stringify(schema)}`)
    }
  }
}

const propertiesOf = (spec: Spec.Spec, schema: Spec.JsonSchema, owner: string | undefined): Array<Property> => {
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const qualified = `${owner}.${name}`
    if (Quirks.looksSecret(name) && !Quirks.secrets.has(qualified) && !Quirks.notSecrets.has(name)) {
      throw new Error(`${qualified} may hold a secret: list it in Quirks.secrets or Quirks.notSecrets`)
    }
    const type = typeOf(spec, property, owner)
    return {
      name,
      type: Quirks.secrets.has(qualified) ? { kind: "secret", of: type } : type,
      required: required.has(name),
      description: text(property.description)
    }
  })
}

// A definition's own properties and those it inherits through `allOf`, in the model's order.
const flatten = (spec: Spec.Spec, name: string, schema: Spec.JsonSchema): Array<Property> => {
  const out = new Map<string, Property>()
  for (const part of schema.allOf ?? [schema]) {
    const parts = part.$ref === undefined
      ? propertiesOf(spec, part, name)
      : flatten(spec, Spec.refName(part.$ref), spec.definitions[Spec.refName(part.$ref)] ?? {})
    for (const property of parts) out.set(property.name, property)
  }
  return [...out.values()]
}

const definitionOf = (spec: Spec.Spec, name: string, schema: Spec.JsonSchema): Definition => {
  const [namespace] = Names.split(name)
  const head = { name, namespace, exportName: Names.exportName(name), description: text(schema.description) }
  if (Quirks.isStringEnum(schema)) return { ...head, kind: "enum", values: schema.enum }
  if (schema.discriminator !== undefined) {
    const property = schema.discriminator
    const members = Object.keys(spec.definitions).filter((member) =>
      spec.definitions[member]?.allOf?.some((part) => part.$ref === `#/definitions/${name}`) &&
      spec.definitions[member]?.["x-discriminator-value"] !== undefined
    )
    return {
      ...head,
      kind: "union",
      members,
      discriminator: {
        property,
        values: members.map((member) => spec.definitions[member]!["x-discriminator-value"]!),
        base: propertiesOf(spec, schema, name).filter((p) => p.name !== property)
      }
    }
  }
  const baseMembers = Quirks.baseTypeMembers(spec, name)
  if (baseMembers !== undefined) return { ...head, kind: "union", members: baseMembers, discriminator: undefined }
  if (schema.allOf !== undefined || schema.properties !== undefined && Object.keys(schema.properties).length > 0) {
    const properties = flatten(spec, name, schema)
    // A member of a discriminated union: its tag is its own literal, always present.
    const base = (schema.allOf ?? []).find((part) => part.$ref !== undefined)
    const baseSchema = base?.$ref === undefined ? undefined : spec.definitions[Spec.refName(base.$ref)]
    const tag = schema["x-discriminator-value"]
    const tagged = baseSchema?.discriminator !== undefined && tag !== undefined
      ? properties.map((p): Property =>
        p.name === baseSchema.discriminator ? { ...p, type: { kind: "literal", value: tag }, required: true } : p
      )
      : properties
    return { ...head, kind: "struct", properties: tagged }
  }
  return { ...head, kind: "alias", type: typeOf(spec, schema, name) }
}

/**
 * The names a type refers to.
 *
 * @since 0.3.0
 * @category accessors
 */
export const refs = (type: Type): Array<string> => {
  switch (type.kind) {
    case "ref":
      return [type.name]
    case "array":
      return refs(type.items)
    case "record":
      return refs(type.values)
    case "object":
      return type.properties.flatMap((p) => refs(p.type))
    case "secret":
      return refs(type.of)
    case "either":
      return type.types.flatMap(refs)
    default:
      return []
  }
}

/**
 * The definitions a definition refers to (its members, for a union).
 *
 * @since 0.3.0
 * @category accessors
 */
export const definitionRefs = (definition: Definition): Array<string> => {
  switch (definition.kind) {
    case "struct":
      return definition.properties.flatMap((p) => refs(p.type))
    case "union":
      return [...definition.members, ...(definition.discriminator?.base ?? []).flatMap((p) => refs(p.type))]
    case "alias":
      return refs(definition.type)
    case "enum":
      return []
  }
}

const closure = (definitions: ReadonlyMap<string, Definition>, roots: Iterable<string>): Set<string> => {
  const seen = new Set<string>()
  const stack = [...roots]
  while (stack.length > 0) {
    const name = stack.pop()!
    if (seen.has(name)) continue
    seen.add(name)
    const definition = definitions.get(name)
    if (definition === undefined) throw new Error(`unknown definition ${name}`)
    stack.push(...definitionRefs(definition))
  }
  return seen
}

const hasSecret = (type: Type, secret: ReadonlySet<string>): boolean => {
  switch (type.kind) {
    case "secret":
      return true
    case "ref":
      return secret.has(type.name)
    case "array":
      return hasSecret(type.items, secret)
    case "record":
      return hasSecret(type.values, secret)
    case "object":
      return type.properties.some((p) => hasSecret(p.type, secret))
    case "either":
      return type.types.some((t) => hasSecret(t, secret))
    default:
      return false
  }
}

const secretClosure = (definitions: ReadonlyMap<string, Definition>): Set<string> => {
  const secret = new Set<string>()
  for (let changed = true; changed;) {
    changed = false
    for (const definition of definitions.values()) {
      if (secret.has(definition.name)) continue
      const types: Array<Type> = definition.kind === "struct"
        ? definition.properties.map((p) => p.type)
        : definition.kind === "alias"
        ? [definition.type]
        : definition.kind === "union"
        ? [
          ...definition.members.map((name): Type => ({ kind: "ref", name })),
          ...(definition.discriminator?.base ?? []).map((p) => p.type)
        ]
        : []
      if (types.some((type) => hasSecret(type, secret))) {
        secret.add(definition.name)
        changed = true
      }
    }
  }
  return secret
}

const parameterType = (spec: Spec.Spec, parameter: Spec.Parameter, operation: string): Type => {
  if (parameter.in === "body") {
    if (parameter.schema === undefined) throw new Error(`${operation}: body ${parameter.name} has no schema`)
    return typeOf(spec, parameter.schema, operation)
  }
  // the parameter's own keywords, read as a schema (enum, bounds, pattern, items)
  const { collectionFormat: _format, in: _in, name: _name, required: _required, schema: _schema, ...schema } = parameter
  return typeOf(spec, schema, operation)
}

const methods: Record<string, Spec.Method> = {
  get: "GET",
  put: "PUT",
  post: "POST",
  delete: "DELETE",
  patch: "PATCH",
  head: "HEAD"
}

// The properties of a type, following refs and flattening (for finding pagination paths).
const propertyOf = (model: ReadonlyMap<string, Definition>, type: Type, name: string): Type | undefined => {
  if (type.kind === "ref") {
    const definition = model.get(type.name)
    if (definition?.kind === "struct") return definition.properties.find((p) => p.name === name)?.type
    if (definition?.kind === "alias") return propertyOf(model, definition.type, name)
    return undefined
  }
  if (type.kind === "object") return type.properties.find((p) => p.name === name)?.type
  return undefined
}

const pathExists = (model: ReadonlyMap<string, Definition>, type: Type, path: ReadonlyArray<string>): boolean => {
  let current: Type | undefined = type
  for (const segment of path) {
    current = current === undefined ? undefined : propertyOf(model, current, segment)
  }
  return current !== undefined
}

const paginationOf = (
  definitions: ReadonlyMap<string, Definition>,
  operation: Operation
): Pagination | undefined => {
  const input = operation.parameters.find((p) => p.wireName === "nextToken" && p.in === "query")
  if (input === undefined) return undefined
  const pages = operation.responses.filter((r) => r.status < 300)
  const page = pages[0]
  if (pages.length !== 1 || page?.type === undefined || page.body !== "json" || page.headers.length > 0) {
    throw new Error(`${operation.name}: a paged operation must answer one JSON page`)
  }
  const find = (kind: "token" | "link" | "truncated") =>
    Quirks.tokenPlaces.find((place) => place.kind === kind && pathExists(definitions, page.type!, place.path))?.path
  const pagination = { inputToken: input.key, truncated: find("truncated"), token: find("token"), link: find("link") }
  if (pagination.token === undefined && pagination.link === undefined) {
    throw new Error(`${operation.name}: no next-page token in its answer (see Quirks.tokenPlaces)`)
  }
  return pagination
}

const operationOf = (
  spec: Spec.Spec,
  definitions: ReadonlyMap<string, Definition>,
  path: string,
  method: string,
  source: Spec.Operation
): Operation => {
  const name = source["x-operation-name"]
  const media = Quirks.textMedia(source)
  const parameters = (source.parameters ?? []).map((parameter): Parameter => {
    const type = parameterType(spec, parameter, name)
    return {
      key: Names.argumentName(parameter.name),
      wireName: parameter.name,
      in: parameter.in,
      type: parameter.in === "body" && media.takes ? { kind: "either", types: [type, { kind: "string" }] } : type,
      required: parameter.required === true,
      description: text(parameter.description)
    }
  })
  const keys = new Set<string>()
  for (const p of parameters) {
    if (keys.has(p.key)) throw new Error(`${name}: two parameters are both ${p.key}`)
    keys.add(p.key)
  }
  const statuses = Object.keys(source.responses).filter(Quirks.isStatus).map(Number)
  const responses = statuses.filter((status) => status < 400).map((status): Response => {
    const response = source.responses[String(status)]!
    const headers = Quirks.keptHeaders.filter((header) => response.headers?.[header] !== undefined)
    const type = response.schema === undefined ? undefined : typeOf(spec, response.schema, name)
    const body: Response["body"] = status === 303
      ? "redirect"
      : media.answers
      ? "jsonOrText"
      : type === undefined
      ? "empty"
      : status === 201 || status === 202
      ? "jsonOrEmpty"
      : "json"
    return { status, body, type, headers: body === "redirect" ? [] : headers }
  })
  const operation: Operation = {
    name,
    method: methods[method] ?? (() => {
      throw new Error(`${name}: method ${method}`)
    })(),
    path,
    summary: text(source.summary),
    description: text(source.description),
    parameters,
    responses,
    errors: statuses.filter((status) => status >= 400),
    pagination: undefined
  }
  return { ...operation, pagination: paginationOf(definitions, operation) }
}

/**
 * The model of a validated document.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = (spec: Spec.Spec, version: string): Model => {
  const definitions = new Map<string, Definition>()
  const exported = new Map<string, string>()
  for (const [name, schema] of Object.entries(spec.definitions)) {
    const definition = definitionOf(spec, name, schema)
    const key = `${definition.namespace}.${definition.exportName}`
    const clash = exported.get(key)
    if (clash !== undefined) throw new Error(`${name} and ${clash} would both be exported as ${key}`)
    exported.set(key, name)
    definitions.set(name, definition)
  }
  const operations = Object.entries(spec.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, source]) => operationOf(spec, definitions, path, method, source))
  )
  const open = closure(
    definitions,
    operations.flatMap((operation) =>
      operation.responses.flatMap((response) => response.type ? refs(response.type) : [])
    )
  )
  return { version, definitions, operations, open, secret: secretClosure(definitions) }
}
