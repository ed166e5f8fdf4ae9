import { assert, describe, it } from "@effect/vitest"
import * as Paging from "../src/internal/Paging.js"

describe("the next page's token, wherever a page says it", () => {
  it("isTruncated false ends the list, whatever else the page says", () => {
    assert.isUndefined(Paging.next(false, "t2", "/v1/skills?nextToken=t3"))
  })

  it("the token itself comes first; an empty one is none", () => {
    assert.strictEqual(Paging.next(true, "t2", "/v1/skills?nextToken=t3"), "t2")
    assert.strictEqual(Paging.next(undefined, "", "/v1/skills?nextToken=t3"), "t3")
    assert.isUndefined(Paging.next(undefined, "", undefined))
  })

  it("a link's nextToken, relative or absolute, decoded", () => {
    assert.strictEqual(Paging.next(undefined, undefined, "/v1/skills?vendorId=M1&nextToken=a%2Fb%3D"), "a/b=")
    assert.strictEqual(
      Paging.next(undefined, undefined, "https://api.amazonalexa.com/v1/skills?nextToken=t9"),
      "t9"
    )
    assert.isUndefined(Paging.next(undefined, undefined, "/v1/skills?vendorId=M1"))
    assert.isUndefined(Paging.next(undefined, undefined, "http://[not a url"))
  })
})
