import { assert, describe, it } from "@effect/vitest"
import * as Smapi from "@smapi-effect/smapi"
import * as Arbitrary from "effect/Arbitrary"
import * as FastCheck from "effect/FastCheck"
import * as Schema from "effect/Schema"

// Every generated schema, by its module and name (the index re-exports each module, and the
// hand-written ones, which are not the model's).
const handWritten = new Set(["Waiters"])
const schemas = Object.entries(Smapi).filter(([module]) => !handWritten.has(module)).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) =>
    Schema.isSchema(value) ? [{ name: `${module}.${name}`, schema: value as Schema.Schema<unknown, unknown> }] : []
  )
)

// The model's free-form fields (`settings`, ...) are `unknown`, whose Arbitrary also makes values
// JSON cannot carry (NaN, Infinity, undefined in an array), which no server sends: those are left out.
const jsonCarries = (value: unknown): boolean => {
  if (typeof value === "number") return Number.isFinite(value)
  if (Array.isArray(value)) return value.every((item) => item !== undefined && jsonCarries(item))
  if (typeof value === "object" && value !== null) return Object.values(value).every(jsonCarries)
  return true
}

describe("every generated schema", () => {
  it("there is one per definition of the model", () => {
    assert.strictEqual(schemas.length, 681)
  })

  // A few runs per schema: 681 schemas make thousands of values in all.
  for (const { name, schema } of schemas) {
    it(`${name} round-trips values made by its own Arbitrary, through JSON`, () => {
      const encode = Schema.encodeSync(schema)
      const decode = Schema.decodeUnknownSync(schema)
      const equivalent = Schema.equivalence(schema)
      FastCheck.assert(
        FastCheck.property(Arbitrary.make(schema), (value) => {
          // Effect's Record leaves out a "__proto__" key (a JSON object may not set a prototype)
          FastCheck.pre(!JSON.stringify(value).includes("\"__proto__\"") && jsonCarries(value))
          const encoded = encode(value)
          assert.isTrue(equivalent(decode(encoded), value))
          // what is encoded is JSON: it survives the wire and decodes again
          decode(JSON.parse(JSON.stringify(encoded)))
        }),
        { numRuns: 4 }
      )
    })
  }
})
