import { assert, describe, it } from "@effect/vitest"
import * as Endpoint from "@smapi-effect/http-transport/Endpoint"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"

describe("Endpoint", () => {
  it("accepts https anywhere and plain http only to loopback", () => {
    for (
      const [input, expected] of <Array<[string, string]>> [
        ["https://api.amazonalexa.com", "https://api.amazonalexa.com"],
        ["https://api.amazonalexa.com/", "https://api.amazonalexa.com"],
        ["http://127.0.0.1:4000", "http://127.0.0.1:4000"],
        ["http://localhost:4000/base/", "http://localhost:4000/base"],
        ["http://[::1]:4000", "http://[::1]:4000"],
        ["http://127.8.9.10", "http://127.8.9.10"]
      ]
    ) assert.deepStrictEqual(Endpoint.parse(input), Either.right(expected as Endpoint.Endpoint), input)
  })

  it("refuses what could leak a token, with a reason", () => {
    for (
      const input of [
        "http://api.amazonalexa.com",
        "http://10.0.0.1",
        "http://127.0.0.1.evil.com",
        "https://user:pass@api.amazonalexa.com",
        "https://api.amazonalexa.com?x=1",
        "ftp://api.amazonalexa.com",
        "api.amazonalexa.com",
        ""
      ]
    ) {
      const result = Endpoint.parse(input)
      assert.isTrue(Either.isLeft(result), input)
      if (Either.isLeft(result)) assert.isAbove(result.left.length, 10)
    }
  })

  it.effect("config: a bad value names the variable", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Endpoint.config("ASK_SMAPI_SERVER_BASE_URL"))
      assert.include(String(error), "ASK_SMAPI_SERVER_BASE_URL")
      assert.include(String(error), "plain http")
    }).pipe(Effect.withConfigProvider(ConfigProvider.fromJson({ ASK_SMAPI_SERVER_BASE_URL: "http://example.com" }))))
})
