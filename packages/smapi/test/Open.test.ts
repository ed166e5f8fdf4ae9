import { assert, describe, it } from "@effect/vitest"
import * as Operation from "@smapi-effect/engine/Operation"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as JSONSchema from "effect/JSONSchema"
import * as Pretty from "effect/Pretty"
import * as Schema from "effect/Schema"
import * as Open from "../src/internal/Open.js"

const Skill = Open.struct({
  skillId: Schema.String,
  stage: Schema.optional(Open.literals("development", "live")),
  size: Schema.optional(Schema.NumberFromString)
})

const Interface = Open.union<
  { readonly type: string; readonly [key: string]: unknown },
  { readonly type: string; readonly [key: string]: unknown }
>("type", {
  AUDIO: Open.struct({ type: Schema.Literal("AUDIO") }),
  VIDEO: Open.struct({ type: Schema.Literal("VIDEO"), resolution: Schema.Literal("hd", "4k") })
}, {})

const decode = <A, I>(schema: Schema.Schema<A, I>, u: unknown, options?: { onExcessProperty: "error" }) =>
  Schema.decodeUnknownEither(schema)(u, options)

describe("Open.struct", () => {
  it("keeps the fields it does not know, decoding and encoding, in the order they came", () => {
    const input = { future: { deep: [1] }, skillId: "s", size: "2", later: "x" }
    const decoded = Schema.decodeUnknownSync(Skill)(input)
    assert.deepStrictEqual(Object.keys(decoded), ["future", "skillId", "size", "later"])
    assert.deepStrictEqual(decoded, { future: { deep: [1] }, skillId: "s", size: 2, later: "x" } as typeof decoded)
    const encoded = Schema.encodeSync(Skill)(decoded)
    assert.deepStrictEqual(encoded, input as typeof encoded)
  })

  it("keeps them even when the caller asks for an error on excess properties", () => {
    const decoded = decode(Skill, { skillId: "s", newer: true }, { onExcessProperty: "error" })
    assert.deepStrictEqual(Either.getOrThrow(decoded), { skillId: "s", newer: true } as never)
  })

  it("a \"__proto__\" field from JSON stays a field and sets no prototype", () => {
    const decoded = Schema.decodeUnknownSync(Skill)(JSON.parse("{\"skillId\":\"s\",\"__proto__\":{\"polluted\":1}}"))
    assert.strictEqual(Object.getPrototypeOf(decoded), Object.prototype)
    assert.isTrue(Object.prototype.hasOwnProperty.call(decoded, "__proto__"))
    assert.isUndefined((decoded as { polluted?: number }).polluted)
  })

  it("still checks the fields it knows, and says where", () => {
    const failure = decode(Skill, { skillId: 1 })
    assert.isTrue(Either.isLeft(failure))
    if (Either.isLeft(failure)) assert.include(failure.left.message, "skillId")
    assert.isTrue(Either.isLeft(decode(Skill, [])))
    assert.isTrue(Either.isLeft(decode(Skill, null)))
  })

  it("its Arbitrary makes values it decodes", () => {
    FastCheck.assert(FastCheck.property(Arbitrary.make(Skill), (value) => Schema.is(Skill)(value)), { numRuns: 50 })
  })
})

describe("Effect's schema tools on them", () => {
  it("JSONSchema.make, pick and keyof read a struct's fields, a union's members and an enum's values", () => {
    const json = JSONSchema.make(Skill) as { properties: Record<string, unknown>; required: Array<string> }
    assert.deepStrictEqual(Object.keys(json.properties), ["skillId", "stage", "size"])
    assert.deepStrictEqual(json.required, ["skillId"])
    assert.deepStrictEqual(json.properties["stage"], {
      anyOf: [{ type: "string", enum: ["development", "live"] }, { type: "string" }]
    })
    assert.lengthOf((JSONSchema.make(Interface) as { anyOf: Array<unknown> }).anyOf, 3)
    assert.deepStrictEqual(Schema.decodeUnknownSync(Skill.pipe(Schema.pick("skillId")))({ skillId: "s", size: "1" }), {
      skillId: "s"
    })
    assert.deepStrictEqual(
      Schema.decodeUnknownSync(Schema.keyof(Skill))("stage"),
      "stage"
    )
  })

  it("a union's failure for what is not an object names its discriminator's values", () => {
    const failure = decode(Interface, null)
    assert.isTrue(Either.isLeft(failure))
    if (Either.isLeft(failure)) {
      assert.include(failure.left.message, "Expected an object whose \"type\" is AUDIO, VIDEO or a newer value")
    }
  })
})

describe("Open.literals", () => {
  it("takes the model's values and newer ones, nothing but strings, and knows the model's values", () => {
    const Stage = Open.literals("development", "live")
    assert.strictEqual(Schema.decodeUnknownSync(Stage)("live"), "live")
    assert.strictEqual(Schema.decodeUnknownSync(Stage)("certified"), "certified")
    assert.isTrue(Either.isLeft(decode(Stage, 1)))
    assert.deepStrictEqual(Stage.ast.annotations[Operation.KnownValues], ["development", "live"])
    // what it draws is what the model calls valid: an emulator answers, and a test sends, those
    FastCheck.assert(
      FastCheck.property(Arbitrary.make(Stage), (value) => value === "development" || value === "live"),
      { numRuns: 50 }
    )
  })
})

describe("Open.union", () => {
  it("decodes a known member by its discriminator, and a newer one with every field it holds", () => {
    assert.deepStrictEqual(Schema.decodeUnknownSync(Interface)({ type: "VIDEO", resolution: "4k", extra: 1 }), {
      type: "VIDEO",
      resolution: "4k",
      extra: 1
    })
    assert.deepStrictEqual(Schema.decodeUnknownSync(Interface)({ type: "HOLOGRAM", depth: 3 }), {
      type: "HOLOGRAM",
      depth: 3
    })
  })

  it("a known member that breaks its own schema is its error, not a newer member", () => {
    const failure = decode(Interface, { type: "VIDEO", resolution: "8k" })
    assert.isTrue(Either.isLeft(failure))
    if (Either.isLeft(failure)) assert.include(failure.left.message, "resolution")
  })

  it("no discriminator, or not an object, is an error", () => {
    assert.isTrue(Either.isLeft(decode(Interface, {})))
    assert.isTrue(Either.isLeft(decode(Interface, { type: 7 })))
    assert.isTrue(Either.isLeft(decode(Interface, "VIDEO")))
    assert.isTrue(Either.isLeft(decode(Interface, [])))
  })

  it("its Arbitrary, Equivalence and Pretty go by member", () => {
    const equivalent = Schema.equivalence(Interface)
    FastCheck.assert(
      FastCheck.property(Arbitrary.make(Interface), (value) => {
        assert.isTrue(Schema.is(Interface)(value))
        assert.isTrue(equivalent(value, Schema.decodeUnknownSync(Interface)(Schema.encodeSync(Interface)(value))))
      }),
      { numRuns: 50 }
    )
    assert.isFalse(equivalent({ type: "AUDIO" }, { type: "HOLOGRAM" }))
    assert.include(Pretty.make(Interface)({ type: "VIDEO", resolution: "hd" }), "\"hd\"")
  })
})
