import { assert, describe, it } from "@effect/vitest"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"

describe("HttpWire", () => {
  it("Retry-After: seconds, HTTP date, and garbage ignored", () => {
    const now = Date.UTC(2026, 10, 24, 12, 0, 0)
    assert.deepStrictEqual(HttpWire.retryAfter("120", now), Duration.seconds(120))
    assert.deepStrictEqual(HttpWire.retryAfter(" 0 ", now), Duration.zero)
    assert.deepStrictEqual(HttpWire.retryAfter("Tue, 24 Nov 2026 12:00:30 GMT", now), Duration.millis(30_000))
    assert.deepStrictEqual(HttpWire.retryAfter("Tuesday, 24-Nov-26 12:00:30 GMT", now), Duration.millis(30_000))
    assert.deepStrictEqual(HttpWire.retryAfter("Tue, 24 Nov 2026 11:00:00 GMT", now), Duration.zero)
    for (const garbage of ["soon", "-5", "1.5", "", "  ", "0x10", "Infinity", "99999999999999", "2026-11-24"]) {
      assert.strictEqual(HttpWire.retryAfter(garbage, now), undefined, garbage)
    }
    assert.strictEqual(HttpWire.retryAfter(undefined, now), undefined)
  })

  it("request id: Amazon's header first, made printable", () => {
    assert.strictEqual(HttpWire.requestId({ "x-amzn-requestid": "a", "x-request-id": "b" }), "a")
    assert.strictEqual(HttpWire.requestId({ "x-request-id": "b\r\nInjected: 1" }), "b Injected: 1")
    assert.strictEqual(HttpWire.requestId({}), undefined)
  })

  it("printable: one line, no control characters, bounded", () => {
    assert.strictEqual(HttpWire.printable("a\r\nb\u0000c\u001b[31m", 100), "a b c [31m")
    assert.strictEqual(HttpWire.printable("x".repeat(10), 4), "xxxx…")
  })

  it("parseJson refuses invalid UTF-8 rather than replacing it", () => {
    assert.deepStrictEqual(HttpWire.parseJson(new TextEncoder().encode("{\"a\":1}")), Either.right({ a: 1 }))
    assert.deepStrictEqual(HttpWire.parseJson(new Uint8Array([0x22, 0xff, 0x22])), Either.left("it is not valid UTF-8"))
    assert.deepStrictEqual(HttpWire.parseJson(new Uint8Array()), Either.left("it is empty"))
    assert.deepStrictEqual(HttpWire.parseJson(new TextEncoder().encode("{")), Either.left("it is not valid JSON"))
  })

  it("header safety: visible ASCII only", () => {
    assert.isTrue(HttpWire.isHeaderSafe("Atza|IwEB-_.~+/="))
    for (const bad of ["", "a b", "a\r\nb", "a\u0000", "é"]) assert.isFalse(HttpWire.isHeaderSafe(bad), bad)
  })
})
