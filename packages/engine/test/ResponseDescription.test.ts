/**
 * What each response constructor says it reads (`body`, `contentType`, `headers`): what the
 * emulator answers from.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Operation from "@smapi-effect/engine/Operation"
import * as Schema from "effect/Schema"

const Body = Schema.Struct({ id: Schema.String })

describe("Operation.Response describes what it reads", () => {
  it("each constructor", () => {
    const described = (response: Operation.Response<unknown>) => ({
      body: response.body,
      contentType: response.contentType,
      headers: response.headers
    })
    assert.deepStrictEqual(described(Operation.json(Body)), { body: Body, contentType: "json", headers: undefined })
    assert.deepStrictEqual(described(Operation.jsonOrEmpty(Body)), {
      body: Body,
      contentType: "json",
      headers: undefined
    })
    assert.deepStrictEqual(described(Operation.jsonOrText(Body)), {
      body: Body,
      contentType: "json",
      headers: undefined
    })
    assert.deepStrictEqual(described(Operation.text), { body: Schema.String, contentType: "text", headers: undefined })
    assert.deepStrictEqual(described(Operation.empty), { body: undefined, contentType: undefined, headers: undefined })
    assert.deepStrictEqual(described(Operation.redirect), {
      body: undefined,
      contentType: undefined,
      headers: ["Location"]
    })
    assert.deepStrictEqual(described(Operation.accepted(Body)), {
      body: Body,
      contentType: "json",
      headers: ["Location"]
    })
    assert.deepStrictEqual(
      described(Operation.withHeaders(Operation.json(Body), ["ETag", "Location"])),
      { body: Body, contentType: "json", headers: ["ETag", "Location"] }
    )
  })
})
