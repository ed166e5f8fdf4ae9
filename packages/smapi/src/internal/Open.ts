/**
 * The forward-compatible building blocks of the generated schemas: a struct that keeps fields the
 * model does not know, an enum that takes values newer than the model, a discriminated union that
 * takes members newer than the model. Hand-written; the generated modules use them.
 */
import * as Operation from "@smapi-effect/engine/Operation"
import * as Schema from "effect/Schema"

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

// Decoding and encoding keep fields the model does not know: a manifest read, edited and
// written back loses nothing. The annotation reaches every parse of this schema, whatever the
// options it is called with.
const preserve = { parseOptions: { onExcessProperty: "preserve" } } as const

/**
 * A struct that keeps unknown fields, decoding and encoding.
 */
export const struct = /*#__NO_SIDE_EFFECTS__*/ <Fields extends Schema.Struct.Fields>(
  fields: Fields
): Schema.Struct<Fields> => Schema.Struct(fields).annotations(preserve)

/**
 * An enum that also takes any other string: the model's values are the type's literals, and a
 * value added to SMAPI after the model was published decodes as the string it is.
 */
export const literals = /*#__NO_SIDE_EFFECTS__*/ <const Values extends readonly [string, ...Array<string>]>(
  ...values: Values
): Schema.Schema<Values[number] | (string & {})> => Schema.Union(Schema.Literal(...values), Schema.String)

/**
 * A union discriminated by `property`: each known value decodes with its member, and a value
 * none of them has decodes as a struct of the base's fields plus every field it holds. A known
 * value that does not match its member is still an error (the unknown branch refuses it).
 */
export const union = /*#__NO_SIDE_EFFECTS__*/ <A, I = A>(
  property: string,
  members: Readonly<Record<string, Schema.Schema.AnyNoContext>>,
  base: Schema.Struct.Fields
): Schema.Schema<A, I> => {
  const known = new Set(Object.keys(members))
  const unknown = struct({
    ...base,
    [property]: Schema.String.pipe(
      Schema.filter((value) => !known.has(value), { message: () => `a ${property} newer than the model` })
    )
  })
  return Schema.Union(...Object.values(members), unknown) as unknown as Schema.Schema<A, I>
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
