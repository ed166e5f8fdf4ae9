/**
 * The forward-compatible building blocks of the generated schemas: a struct that keeps fields the
 * model does not know, an enum that takes values newer than the model, a discriminated union that
 * takes members newer than the model. Hand-written; the generated modules use them.
 */
import * as Operation from "@smapi-effect/engine/Operation"
import type * as Arbitrary from "effect/Arbitrary"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"

/**
 * A string of `minLength` to `maxLength` code points, failing with `INVALID_STRING_LENGTH` (the
 * engine's), that matches `pattern` if given. Its `Arbitrary` makes such strings rather than
 * filtering others out (a pattern such as a list of locales is almost never met by chance).
 */
export const string = /*#__NO_SIDE_EFFECTS__*/ (options: {
  readonly minLength?: number
  readonly maxLength?: number
  readonly pattern?: RegExp
}): Schema.Schema<string> => {
  const minLength = options.minLength ?? 0
  const maxLength = options.maxLength ?? Infinity
  const length = options.minLength === undefined && options.maxLength === undefined
    ? Schema.String
    : Operation.string(options)
  const pattern = options.pattern
  const matching = pattern === undefined ? length : length.pipe(Schema.pattern(pattern))
  const codePoints = (s: string) => [...s].length
  return matching.annotations({
    arbitrary: () => (fc) =>
      pattern === undefined
        ? fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 16), unit: "grapheme-ascii" })
        : fc.stringMatching(pattern).filter((s) => codePoints(s) >= minLength && codePoints(s) <= maxLength)
  })
}

/**
 * A secret: `Redacted` once decoded (the engine's).
 */
export const redacted = /*#__NO_SIDE_EFFECTS__*/ <A, I>(value: Schema.Schema<A, I, never>) => Operation.redacted(value)

// Hand-written for speed. Effect's struct parser with `onExcessProperty: "preserve"` checks every
// key it is given against a union of the known names, trying them one by one: a generated list
// call cost 1.22x the credentials call in `bench/micro.ts` with it, 1.02x with these, which parse
// with the plain struct and then copy what it left out. The union looks its member up by the
// discriminator for the same reason, where Effect's union would try candidates in turn.

const hasOwn = Object.prototype.hasOwnProperty

const ignoringExcess = (options: SchemaAST.ParseOptions): SchemaAST.ParseOptions =>
  options.onExcessProperty === "error" ? { ...options, onExcessProperty: "ignore" } : options

// `parsed` with the fields of `input` its struct does not know, in the order `input` has them.
// Nothing is copied when there is nothing unknown, the usual case.
const keepUnknown = <A>(known: ReadonlySet<string>, input: unknown, parsed: A): A => {
  const source = input as Readonly<Record<string, unknown>>
  let unknown = false
  for (const key in source) {
    if (hasOwn.call(source, key) && !known.has(key)) {
      unknown = true
      break
    }
  }
  if (!unknown) return parsed
  const result = parsed as Readonly<Record<string, unknown>>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(source)) {
    if (known.has(key) && !hasOwn.call(result, key)) continue
    // an own "__proto__" from JSON stays a field, not the prototype
    Object.defineProperty(out, key, {
      value: known.has(key) ? result[key] : source[key],
      enumerable: true,
      writable: true,
      configurable: true
    })
  }
  for (const key in result) if (hasOwn.call(result, key) && !hasOwn.call(out, key)) out[key] = result[key]
  return out as A
}

const keeping =
  <A>(known: ReadonlySet<string>, parse: ParseParser) =>
  (input: unknown, options: SchemaAST.ParseOptions): Effect.Effect<A, ParseResult.ParseIssue> => {
    const result = parse(input, ignoringExcess(options)) as Effect.Effect<A, ParseResult.ParseIssue>
    // a struct of synchronous fields answers an Either: kept one, without a trip through the runtime
    if (Either.isEither(result)) {
      const settled = result as Either.Either<A, ParseResult.ParseIssue>
      return Either.isRight(settled) ? Either.right(keepUnknown(known, input, settled.right)) : settled
    }
    return Effect.map(result, (parsed) => keepUnknown(known, input, parsed))
  }

type ParseParser = (input: unknown, options?: SchemaAST.ParseOptions) => Effect.Effect<unknown, ParseResult.ParseIssue>

/**
 * A struct that keeps unknown fields, decoding and encoding: a manifest read, edited and written
 * back loses nothing. Its Arbitrary, Pretty and Equivalence are the struct's.
 */
export const struct = /*#__NO_SIDE_EFFECTS__*/ <Fields extends Schema.Struct.Fields>(
  fields: Fields
): Schema.Schema<Schema.Struct<Fields>["Type"], Schema.Struct<Fields>["Encoded"]> => {
  const known: ReadonlySet<string> = new Set(Object.keys(fields))
  const plain = Schema.Struct(fields) as unknown as Schema.Schema<
    Schema.Struct<Fields>["Type"],
    Schema.Struct<Fields>["Encoded"]
  >
  return Schema.declare([plain], {
    decode: (plain) => keeping(known, ParseResult.decodeUnknown(plain)),
    encode: (plain) => keeping(known, ParseResult.encodeUnknown(plain))
  }, {
    // what Effect's tools that read a struct's fields (JSONSchema.make, pick, omit, keyof) read
    [SchemaAST.SurrogateAnnotationId]: plain.ast,
    arbitrary: (plain) => plain,
    pretty: (plain) => plain,
    equivalence: (plain) => plain
  })
}

/**
 * An enum that also takes any other string: the model's values are the type's literals, and a
 * value added to SMAPI after the model was published decodes as the string it is. On the wire it
 * is a string (checked as one, the fastest check there is); `Operation.KnownValues` holds the
 * model's values. Its Arbitrary makes only those: what the model calls valid, so what an emulator
 * answers and what a drawn request may send.
 */
export const literals = /*#__NO_SIDE_EFFECTS__*/ <const Values extends readonly [string, ...Array<string>]>(
  ...values: Values
): Schema.Schema<Values[number] | (string & {})> =>
  Schema.String.annotations({
    [Operation.KnownValues]: values,
    arbitrary: () => (fc) => fc.constantFrom(...values),
    jsonSchema: { anyOf: [{ type: "string", enum: values }, { type: "string" }] }
  }) as Schema.Schema<string> as Schema.Schema<Values[number] | (string & {})>

/**
 * A union discriminated by `property`: each known value decodes with its member, and a value
 * none of them has decodes as a struct of the base's fields plus every field it holds. A known
 * value that does not match its member is an error of that member. The member is chosen by the
 * discriminator, not tried in turn.
 */
export const union = /*#__NO_SIDE_EFFECTS__*/ <A, I = A>(
  property: string,
  members: Readonly<Record<string, Schema.Schema.AnyNoContext>>,
  base: Schema.Struct.Fields
): Schema.Schema<A, I> => {
  const values = Object.keys(members)
  const known = new Map(values.map((value, index) => [value, index]))
  const unknown = struct({
    ...base,
    // the model's values on the string under the filter, where a request's wire type still has
    // them: an emulator refuses a newer member as it refuses a newer enum value
    [property]: Schema.String.annotations({ [Operation.KnownValues]: values }).pipe(
      Schema.filter((value) => !known.has(value), { message: () => `a ${property} newer than the model` })
    )
  })
  // the member of a value: its index among the type parameters, the last one for a newer value
  const memberOf = (value: unknown): number => {
    const tag = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[property] : undefined
    return (typeof tag === "string" ? known.get(tag) : undefined) ?? values.length
  }
  const dispatch =
    (parsers: ReadonlyArray<ParseParser>) =>
    (input: unknown, options: SchemaAST.ParseOptions, ast: SchemaAST.Declaration) =>
      typeof input === "object" && input !== null && !Array.isArray(input)
        ? parsers[memberOf(input)]!(input, options)
        : ParseResult.fail(new ParseResult.Type(ast, input))
  const schemas = [...Object.values(members), unknown]
  const shown = values.length > 6 ? [...values.slice(0, 6), "…"] : values
  return Schema.declare(schemas, {
    decode: (...schemas) => dispatch(schemas.map((s) => ParseResult.decodeUnknown(s))),
    encode: (...schemas) => dispatch(schemas.map((s) => ParseResult.encodeUnknown(s)))
  }, {
    description: `an object whose ${JSON.stringify(property)} is ${shown.join(", ")} or a newer value`,
    // what JSONSchema.make, and a Schema.Union that holds it, read: the members as one union
    [SchemaAST.SurrogateAnnotationId]: Schema.Union(...schemas).ast,
    // the members' arbitraries, then the unknown member's and the generation context: only the
    // model's members are drawn, what it calls valid (as an open enum draws its values)
    arbitrary: (...arbitraries) => (fc) =>
      fc.oneof(
        ...(arbitraries.slice(0, values.length) as ReadonlyArray<Arbitrary.LazyArbitrary<unknown>>).map((
          arbitrary
        ) => arbitrary(fc))
      ),
    pretty: (...pretties) => (value) => pretties[memberOf(value)]!(value),
    equivalence: (...equivalences) => (a, b) => memberOf(a) === memberOf(b) && equivalences[memberOf(a)]!(a, b)
  }) as unknown as Schema.Schema<A, I>
}

/**
 * A map of `min` to `max` entries (JSON Schema's `minProperties` / `maxProperties`).
 */
export const propertyCount = /*#__NO_SIDE_EFFECTS__*/
  (min: number, max: number) =>
  <A extends Readonly<Record<string, unknown>>, I, R>(self: Schema.Schema<A, I, R>): Schema.Schema<A, I, R> =>
    self.pipe(Schema.filter((record) => {
      const n = Object.keys(record).length
      return (n >= min && n <= max) || `must have ${min} to ${max} entries; it has ${n}`
    }))
