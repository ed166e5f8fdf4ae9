/**
 * The official model (`ask-smapi-model`'s `spec.json`, Swagger 2.0) read on its own terms, apart
 * from our generator: each operation's method, path, parameters and answers, and a fast-check
 * arbitrary of the JSON values a schema of the model allows. A success body made here and decoded
 * by our operation tests our schemas against the model, not against themselves.
 */
import * as FastCheck from "effect/FastCheck"
import * as Schema from "effect/Schema"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

/** A schema of the model, as much of Swagger 2.0 as the model uses. */
export interface JsonSchema {
  readonly $ref?: string | undefined
  readonly type?: string | undefined
  readonly format?: string | undefined
  readonly enum?: ReadonlyArray<unknown> | undefined
  readonly properties?: Readonly<Record<string, JsonSchema>> | undefined
  readonly required?: ReadonlyArray<string> | undefined
  readonly additionalProperties?: JsonSchema | boolean | undefined
  readonly items?: JsonSchema | undefined
  readonly allOf?: ReadonlyArray<JsonSchema> | undefined
  readonly minLength?: number | undefined
  readonly maxLength?: number | undefined
  readonly minimum?: number | undefined
  readonly maximum?: number | undefined
  readonly minItems?: number | undefined
  readonly maxItems?: number | undefined
  readonly minProperties?: number | undefined
  readonly pattern?: string | undefined
  readonly discriminator?: string | undefined
  readonly "x-discriminator-value"?: string | undefined
  readonly "x-inheritsFrom"?: string | undefined
}

const Json: Schema.Schema<JsonSchema> = Schema.Unknown as unknown as Schema.Schema<JsonSchema>

const Parameter = Schema.Struct({
  name: Schema.String,
  in: Schema.Literal("path", "query", "header", "body"),
  required: Schema.optional(Schema.Boolean),
  type: Schema.optional(Schema.String),
  format: Schema.optional(Schema.String),
  enum: Schema.optional(Schema.Array(Schema.Unknown)),
  items: Schema.optional(Json),
  schema: Schema.optional(Json),
  minLength: Schema.optional(Schema.Number),
  maxLength: Schema.optional(Schema.Number),
  minimum: Schema.optional(Schema.Number),
  maximum: Schema.optional(Schema.Number),
  pattern: Schema.optional(Schema.String),
  collectionFormat: Schema.optional(Schema.String)
})

const ResponseSpec = Schema.Struct({
  schema: Schema.optional(Json),
  headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

const OperationSpec = Schema.Struct({
  "x-operation-name": Schema.String,
  parameters: Schema.optionalWith(Schema.Array(Parameter), { default: () => [] }),
  responses: Schema.Record({ key: Schema.String, value: ResponseSpec }),
  produces: Schema.optional(Schema.Array(Schema.String)),
  consumes: Schema.optional(Schema.Array(Schema.String))
})

const Spec = Schema.Struct({
  paths: Schema.Record({ key: Schema.String, value: Schema.Record({ key: Schema.String, value: OperationSpec }) }),
  definitions: Schema.Record({ key: Schema.String, value: Json })
})

/** One parameter of an operation in the model. */
export type ModelParameter = typeof Parameter.Type

/** One declared answer of an operation. */
export interface ModelResponse {
  readonly status: number
  readonly schema: JsonSchema | undefined
  /** The declared header names, as the model spells them (`ETag`, `Location`, `Content-Type`, ...). */
  readonly headers: ReadonlyArray<string>
}

/** One operation of the model. */
export interface ModelOperation {
  readonly id: string
  readonly method: string
  readonly path: string
  readonly parameters: ReadonlyArray<ModelParameter>
  /** 2xx and 3xx answers. */
  readonly successes: ReadonlyArray<ModelResponse>
  /** 4xx and 5xx answers. */
  readonly errors: ReadonlyArray<ModelResponse>
  readonly produces: ReadonlyArray<string>
}

const require = createRequire(import.meta.url)

/** The version of the model read, from its package. */
export const version: string = (require("ask-smapi-model/package.json") as { version: string }).version

const spec = Schema.decodeUnknownSync(Spec)(
  JSON.parse(readFileSync(require.resolve("ask-smapi-model/spec.json"), "utf8"))
)

/** The model's definitions by name (`v1.skill.Manifest.SkillManifestEnvelope`, ...). */
export const definitions: Readonly<Record<string, JsonSchema>> = spec.definitions

const response = ([status, r]: readonly [string, typeof ResponseSpec.Type]): ModelResponse => ({
  status: Number(status),
  schema: r.schema,
  headers: Object.keys(r.headers ?? {})
})

/** Every operation of the model, in the model's order. */
export const operations: ReadonlyArray<ModelOperation> = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]): ModelOperation => {
    const responses = Object.entries(op.responses).map(response)
    return {
      id: op["x-operation-name"],
      method: method.toUpperCase(),
      path,
      parameters: op.parameters,
      successes: responses.filter((r) => r.status < 400),
      errors: responses.filter((r) => r.status >= 400),
      produces: op.produces ?? []
    }
  })
)

const refName = (ref: string): string => ref.replace(/^#\/definitions\//, "")

const definition = (ref: string): JsonSchema => {
  const found = definitions[refName(ref)]
  if (found === undefined) throw new Error(`the model has no definition ${ref}`)
  return found
}

// A base with a discriminator stands for its subtypes: the definitions that extend it (`allOf`) and
// name their value of the discriminator.
const subtypes = (base: string): ReadonlyArray<readonly [string, JsonSchema]> =>
  Object.entries(definitions).filter(([, d]) =>
    d["x-discriminator-value"] !== undefined &&
    (d.allOf ?? []).some((part) => part.$ref !== undefined && refName(part.$ref) === base)
  )

interface Flat {
  readonly properties: Readonly<Record<string, JsonSchema>>
  readonly required: ReadonlyArray<string>
}

// An object's properties with those of every `allOf` part and of its `x-inheritsFrom` parent.
const flatten = (schema: JsonSchema): Flat => {
  const parts: Array<Flat> = []
  if (schema["x-inheritsFrom"] !== undefined) parts.push(flatten(definition(schema["x-inheritsFrom"])))
  for (const part of schema.allOf ?? []) parts.push(flatten(part.$ref === undefined ? part : definition(part.$ref)))
  parts.push({ properties: schema.properties ?? {}, required: schema.required ?? [] })
  return {
    properties: Object.assign({}, ...parts.map((p) => p.properties)),
    required: [...new Set(parts.flatMap((p) => p.required))]
  }
}

// Past this depth an object gets its required properties only, and an array its fewest items.
const maxDepth = 4

// Mostly printable ASCII (every character that needs encoding in a URL is one), now and then any
// code point: lengths count code points, as the model's limits do.
const character = FastCheck.oneof(
  { arbitrary: FastCheck.char(), weight: 3 },
  { arbitrary: FastCheck.fullUnicode(), weight: 1 }
)

const codePoints = (s: string): number => [...s].length

const text = (min: number, max: number) =>
  FastCheck.string({ unit: character, minLength: min, maxLength: Math.min(max, min + 8) })

const string = (schema: JsonSchema): FastCheck.Arbitrary<string> => {
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? Infinity
  const fits = (s: string) => codePoints(s) >= min && codePoints(s) <= max
  if (schema.pattern !== undefined) {
    return FastCheck.stringMatching(new RegExp(schema.pattern)).filter(fits)
  }
  switch (schema.format) {
    case "date-time":
      return FastCheck.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z") })
        .map((d) => d.toISOString())
    case "uri":
      return FastCheck.webUrl().filter(fits)
    case "UUID":
      return FastCheck.uuid()
  }
  return text(min, max)
}

/**
 * The JSON values `schema` allows (a discriminated base gives one of its subtypes, with its value
 * of the discriminator). Kept small: a string has at most 8 characters more than its minimum, an
 * array 2 items more than its minimum, and past a depth of 4 only what is required.
 */
export const arbitrary = (schema: JsonSchema, depth = 0): FastCheck.Arbitrary<unknown> => {
  if (schema.$ref === undefined) return inline(schema, depth)
  // One arbitrary per definition and depth: a large tree (a skill manifest) is built once.
  const key = `${depth} ${schema.$ref}`
  let arb = memo.get(key)
  if (arb === undefined) memo.set(key, arb = named(refName(schema.$ref), depth))
  return arb
}

const memo = new Map<string, FastCheck.Arbitrary<unknown>>()

const named = (name: string, depth: number): FastCheck.Arbitrary<unknown> => {
  const target = definition(name)
  if (target.discriminator !== undefined) {
    const subs = subtypes(name)
    if (subs.length > 0) {
      return FastCheck.oneof(...subs.map(([, sub]) => object(sub, depth)))
    }
  }
  return inline(target, depth)
}

const inline = (schema: JsonSchema, depth: number): FastCheck.Arbitrary<unknown> => {
  // An enum wins over its type: the model types some string enums `object`.
  if (schema.enum !== undefined) return FastCheck.constantFrom(...schema.enum)
  if (schema.allOf !== undefined || schema["x-inheritsFrom"] !== undefined) return object(schema, depth)
  switch (schema.type) {
    case "string":
      return string(schema)
    case "integer":
      return FastCheck.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 })
    case "number":
      return FastCheck.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true
      })
    case "boolean":
      return FastCheck.boolean()
    case "array": {
      const min = schema.minItems ?? 0
      const max = depth >= maxDepth ? min : Math.min(schema.maxItems ?? Infinity, min + 2)
      return FastCheck.array(arbitrary(schema.items ?? {}, depth + 1), { minLength: min, maxLength: max })
    }
  }
  return object(schema, depth)
}

const object = (schema: JsonSchema, depth: number): FastCheck.Arbitrary<Record<string, unknown>> => {
  const { properties, required } = flatten(schema)
  const keys = Object.keys(properties).filter((key) => depth < maxDepth || required.includes(key))
  if (keys.length === 0) {
    // A free-form object (a map): `additionalProperties` says what its values are.
    const values = typeof schema.additionalProperties === "object" ? schema.additionalProperties : { type: "string" }
    const min = schema.minProperties ?? 0
    return FastCheck.dictionary(FastCheck.string({ minLength: 1, maxLength: 6 }), arbitrary(values, depth + 1), {
      minKeys: min,
      maxKeys: depth >= maxDepth ? min : min + 2
    })
  }
  const record: Record<string, FastCheck.Arbitrary<unknown>> = {}
  for (const key of keys) record[key] = arbitrary(properties[key]!, depth + 1)
  // A subtype carries its own value of its base's discriminator, always: Swagger 2.0 requires a
  // discriminator, though the model leaves some out of `required` (jobs.Trigger, JobDefinition).
  const value = schema["x-discriminator-value"]
  const discriminators: Array<string> = []
  for (const part of value === undefined ? [] : schema.allOf ?? []) {
    const key = part.$ref === undefined ? undefined : definition(part.$ref).discriminator
    if (key !== undefined) {
      record[key] = FastCheck.constant(value)
      discriminators.push(key)
    }
  }
  return FastCheck.record(record, {
    requiredKeys: [...required.filter((key) => keys.includes(key)), ...discriminators]
  }) as FastCheck.Arbitrary<
    Record<string, unknown>
  >
}

/** One value of `arbitrary`, the same for the same seed. */
export const sample = <A>(arb: FastCheck.Arbitrary<A>, seed: number): A =>
  FastCheck.sample(arb, { seed, numRuns: 1 })[0]!

/** A seed of its own for each name, so that adding an operation changes no other's values. */
export const seedOf = (name: string, base = 17): number => {
  let h = base
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0
  return h | 0
}

/**
 * The SDK's argument name of a model parameter, the key of our input: the name in lowerCamelCase
 * (`If-Match` -> `ifMatch`, `dialogAct.name` -> `dialogActName`, `CreateSkillRequest` -> `createSkillRequest`).
 */
export const argumentName = (name: string): string =>
  name.split(/[-._]/).filter((part) => part !== "").map((part, i) =>
    i === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : part.charAt(0).toUpperCase() + part.slice(1)
  ).join("")

// A path, query or header parameter is a schema in itself, in the parameter's own fields.
const parameterSchema = (p: ModelParameter): JsonSchema => {
  if (p.schema !== undefined) return p.schema
  const { collectionFormat: _c, in: _in, name: _n, required: _r, schema: _s, ...schema } = p
  return schema
}

/**
 * Whether ours sends a path parameter's value: as exactly one segment, never "", "." or "..",
 * which a URL resolves onto another resource (the SDK sends `/v1/skills//status` for an empty
 * skill id). A deliberate difference from the SDK; where it shows, the test asserts the refusal.
 */
export const isSegment = (value: unknown): boolean => value !== "" && value !== "." && value !== ".."

// A header carries bytes, not text (Node and undici refuse a value beyond Latin-1): a header's
// string is made of printable ASCII.
const headerValue = (schema: JsonSchema): FastCheck.Arbitrary<unknown> =>
  schema.type === "string" && schema.enum === undefined && schema.pattern === undefined
    ? FastCheck.string({
      unit: FastCheck.char(),
      minLength: schema.minLength ?? 0,
      maxLength: Math.min(schema.maxLength ?? Infinity, (schema.minLength ?? 0) + 8)
    })
    : arbitrary(schema)

/**
 * The inputs the model allows for `op`, keyed by the SDK's argument names, as JSON values (a
 * date-time is its ISO string); with `everyParameter`, the optional ones too. A path parameter is never "", "." or "..", which ours refuses; a
 * header is printable ASCII.
 */
export const inputArbitrary = (
  op: ModelOperation,
  options: { readonly everyParameter?: boolean } = {}
): FastCheck.Arbitrary<Record<string, unknown>> => {
  const record: Record<string, FastCheck.Arbitrary<unknown>> = {}
  const required: Array<string> = []
  for (const p of op.parameters) {
    const key = argumentName(p.name)
    const schema = parameterSchema(p)
    record[key] = p.in === "path"
      ? arbitrary(schema).filter(isSegment)
      : p.in === "header"
      ? headerValue(schema)
      : arbitrary(schema)
    if (options.everyParameter === true || p.required === true || p.in === "path") required.push(key)
  }
  return FastCheck.record(record, { requiredKeys: required }) as FastCheck.Arbitrary<Record<string, unknown>>
}
