import { assert, describe, it } from "@effect/vitest"
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as TokenEndpoint from "@smapi-effect/lwa-auth/TokenEndpoint"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as util from "node:util"

const form = (request: HttpTransport.HttpRequest) => new URLSearchParams(TestHttpTransport.bodyText(request))

describe("TokenEndpoint.request", () => {
  it("URL-encodes the refresh-token form, whatever the secrets hold", () => {
    const refreshToken = "Atzr|a&b=c+d %25/é"
    const clientSecret = "s&e=c+r et"
    const request = TokenEndpoint.request("https://api.amazon.com", {
      _tag: "RefreshToken",
      clientId: "amzn1.application-oa2-client.x",
      clientSecret: Redacted.make(clientSecret),
      refreshToken: Redacted.make(refreshToken)
    }, "ua")
    assert.strictEqual(request.method, "POST")
    assert.strictEqual(request.url, "https://api.amazon.com/auth/o2/token")
    assert.strictEqual(request.body?.contentType, "application/x-www-form-urlencoded;charset=UTF-8")
    const sent = form(request)
    assert.strictEqual(sent.get("grant_type"), "refresh_token")
    assert.strictEqual(sent.get("refresh_token"), refreshToken)
    assert.strictEqual(sent.get("client_id"), "amzn1.application-oa2-client.x")
    assert.strictEqual(sent.get("client_secret"), clientSecret)
    assert.notInclude(util.inspect(request, { depth: 5 }), "s&e=c")
    assert.notInclude(JSON.stringify(request), "Atzr|")
  })

  it("asks for the client-credentials grant with its scopes", () => {
    const sent = form(TokenEndpoint.request("https://api.amazon.com", {
      _tag: "ClientCredentials",
      clientId: "id",
      clientSecret: Redacted.make("secret"),
      scopes: ["alexa::ask:skills:read", "alexa::ask:skills:readwrite"]
    }, "ua"))
    assert.strictEqual(sent.get("grant_type"), "client_credentials")
    assert.strictEqual(sent.get("scope"), "alexa::ask:skills:read alexa::ask:skills:readwrite")
  })
})

describe("TokenEndpoint.decodeResponse", () => {
  const now = 0
  const decode = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    TokenEndpoint.decodeResponse(TestHttpTransport.respond(status, body, headers), now)

  it("decodes a token, its lifetime and a rotated refresh token", () => {
    const result = decode(200, {
      access_token: "Atza|token",
      token_type: "bearer",
      expires_in: 3600,
      refresh_token: "Atzr|new"
    })
    assert.isTrue(Either.isRight(result))
    if (Either.isRight(result)) {
      assert.strictEqual(Redacted.value(result.right.accessToken), "Atza|token")
      assert.deepStrictEqual(result.right.lifetime, Duration.seconds(3600))
      assert.strictEqual(Redacted.value(Option.getOrThrow(result.right.refreshToken)), "Atzr|new")
    }
  })

  it("assumes LWA's one hour when expires_in is missing; token_type is case-insensitive", () => {
    const result = decode(200, { access_token: "Atza|t", token_type: "Bearer" })
    assert.deepStrictEqual(Either.map(result, (t) => t.lifetime), Either.right(Duration.hours(1)))
  })

  for (
    const [name, body] of [
      ["malformed JSON", "{\"access_token\": \"Atza|sec"],
      ["no access_token", { token_type: "bearer", expires_in: 3600 }],
      ["a token_type other than bearer", { access_token: "Atza|secret-value", token_type: "mac", expires_in: 3600 }],
      ["CR/LF inside the token", { access_token: "Atza|secret\r\nvalue", token_type: "bearer", expires_in: 3600 }],
      ["a negative expires_in", { access_token: "Atza|secret-value", token_type: "bearer", expires_in: -1 }],
      ["expires_in as a string", { access_token: "Atza|secret-value", token_type: "bearer", expires_in: "3600" }]
    ] as const
  ) {
    it(`a 200 with ${name} is InvalidResponse, naming no secret`, () => {
      const result = decode(200, body)
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) {
        assert.strictEqual(result.left.reason, "InvalidResponse")
        for (const shown of [result.left.message, util.inspect(result.left), JSON.stringify(result.left)]) {
          assert.notInclude(shown, "secret")
        }
      }
    })
  }

  it("an OAuth error keeps LWA's code and description, Retry-After and request id", () => {
    const result = decode(400, {
      error: "invalid_grant",
      error_description: "The request has an invalid grant parameter : refresh_token"
    }, {
      "x-amzn-requestid": "lwa-1",
      "retry-after": "3"
    })
    assert.isTrue(Either.isLeft(result))
    if (Either.isLeft(result)) {
      assert.strictEqual(result.left.reason, "Rejected")
      assert.strictEqual(result.left.code, "invalid_grant")
      assert.strictEqual(result.left.status, 400)
      assert.strictEqual(result.left.requestId, "lwa-1")
      assert.deepStrictEqual(result.left.retryAfter, Duration.seconds(3))
      assert.include(result.left.message, "invalid grant parameter")
    }
  })

  it("an error status with a body that is not JSON still gets a message", () => {
    const result = decode(503, "<html>Service Unavailable</html>")
    assert.isTrue(Either.isLeft(result) && result.left.message.includes("503"))
  })
})
