import { assert, describe, it } from "@effect/vitest"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as LwaError from "@smapi-effect/lwa-auth/LwaError"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { error, layer, ok, requests, skillId, withTime } from "./harness.js"

// One row of the contract: the answers the server gives, the tag we expect, and how many requests.
const row = (
  name: string,
  steps: ReadonlyArray<TestHttpTransport.Step>,
  expected: { readonly tag: string; readonly requests: number; readonly status?: number; readonly code?: string }
) =>
  it.effect(name, () =>
    Effect.gen(function*() {
      const failure = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
      assert.strictEqual(failure._tag, expected.tag)
      assert.strictEqual(failure.status, expected.status)
      if (expected.code !== undefined) assert.strictEqual(failure.code, expected.code)
      assert.strictEqual(failure.attempts, expected.requests)
      assert.strictEqual((yield* requests).length, expected.requests)
    }).pipe(Effect.provide(layer(steps))))

describe("the error table", () => {
  row("400 is BadRequest, not retried", [
    error(400, "INVALID_STRING_LENGTH", "The property is outside the allowed range.")
  ], {
    tag: "BadRequest",
    status: 400,
    code: "INVALID_STRING_LENGTH",
    requests: 1
  })
  row("another 4xx (409) is BadRequest, not retried", [error(409)], { tag: "BadRequest", status: 409, requests: 1 })
  row("an unlisted 4xx (418) is BadRequest, not retried", [error(418)], { tag: "BadRequest", status: 418, requests: 1 })
  row("401 twice: one replay with a fresh token, then Unauthorized", [error(401), error(401)], {
    tag: "Unauthorized",
    status: 401,
    requests: 2
  })
  row("403 is Forbidden, not retried", [error(403)], { tag: "Forbidden", status: 403, requests: 1 })
  row("404 is NotFound, not retried", [error(404)], { tag: "NotFound", status: 404, requests: 1 })
  row("429 is RateLimited, retried to the limit of 4 attempts", [error(429), error(429), error(429), error(429)], {
    tag: "RateLimited",
    status: 429,
    requests: 4
  })
  row("500 is ServerError, retried", [error(500), error(500), error(500), error(500)], {
    tag: "ServerError",
    status: 500,
    requests: 4
  })
  row("501 is ServerError, not retried", [error(501)], { tag: "ServerError", status: 501, requests: 1 })
  row("505 is ServerError, not retried", [error(505)], { tag: "ServerError", status: 505, requests: 1 })
  row("a 200 whose body does not decode is ServerError, not retried", [TestHttpTransport.respond(200, "{}")], {
    tag: "ServerError",
    status: 200,
    code: "MALFORMED_RESPONSE",
    requests: 1
  })
  row("a 204 with no body is ServerError, not retried", [TestHttpTransport.respond(204)], {
    tag: "ServerError",
    status: 204,
    requests: 1
  })
  row("a 302 is ServerError, not retried", [TestHttpTransport.respond(302, "", { location: "https://example.com" })], {
    tag: "ServerError",
    status: 302,
    requests: 1
  })
  for (const status of [502, 503, 504]) {
    row(`${status} is Unavailable, retried`, [error(status), error(status), error(status), error(status)], {
      tag: "Unavailable",
      status,
      requests: 4
    })
  }
  for (const reason of ["ConnectionRefused", "ConnectionReset", "DnsFailure"] as const) {
    const fail = TestHttpTransport.fail(reason)
    row(`${reason} is Unavailable, retried`, [fail, fail, fail, fail], {
      tag: "Unavailable",
      code: reason,
      requests: 4
    })
  }
  row(
    "an attempt with no answer within 10 s is Unavailable, retried",
    [1, 2, 3, 4].map(() => TestHttpTransport.delay("11 seconds", ok())),
    { tag: "Unavailable", code: "ATTEMPT_TIMEOUT", requests: 3 }
  )
  row("a response over the size cap is ServerError, not retried", [TestHttpTransport.fail("ResponseTooLarge")], {
    tag: "ServerError",
    code: "ResponseTooLarge",
    requests: 1
  })

  it.effect("a skill id of 256 characters is BadRequest and nothing is sent", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SkillCredentials.get("x".repeat(256)))
      assert.strictEqual(failure._tag, "BadRequest")
      assert.strictEqual(failure.code, "INVALID_STRING_LENGTH")
      assert.strictEqual(failure.attempts, 0)
      assert.isUndefined(failure.status, "no HTTP status is claimed for what was never sent")
      assert.strictEqual(failure.message, "skillId must be 1 to 255 characters long; it has 256. Nothing was sent.")
      assert.strictEqual((yield* requests).length, 0)
    }).pipe(Effect.provide(layer([]))))

  it.effect("an empty skill id is BadRequest and nothing is sent", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SkillCredentials.get(""))
      assert.strictEqual(failure.code, "INVALID_STRING_LENGTH")
      assert.strictEqual((yield* requests).length, 0)
    }).pipe(Effect.provide(layer([]))))

  it.effect("the error carries the server's message, code and request id", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SkillCredentials.get(skillId))
      assert.strictEqual(failure._tag, "NotFound")
      assert.strictEqual(failure.message, "Skill not found.")
      assert.strictEqual(failure.code, "SKILL_NOT_FOUND")
      assert.strictEqual(failure.requestId, "req-123")
      assert.include(String(failure), "NotFound")
    }).pipe(
      Effect.provide(layer([error(404, "SKILL_NOT_FOUND", "Skill not found.", { "X-Amzn-RequestId": "req-123" })]))
    ))

  it.effect("a status with no message gets one a person can act on", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(SkillCredentials.get(skillId))
      assert.include(failure.message, "is valid but may not")
      assert.include(failure.message, "403")
    }).pipe(Effect.provide(layer([TestHttpTransport.respond(403, "<html>denied</html>")]))))

  it.effect("a 429 carries the server's Retry-After", () =>
    Effect.gen(function*() {
      const failure = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
      assert.strictEqual(failure._tag, "RateLimited")
      assert.deepStrictEqual(failure.retryAfter, Duration.seconds(2))
    }).pipe(Effect.provide(layer([1, 2, 3, 4].map(() => error(429, undefined, undefined, { "retry-after": "2" }))))))

  it.effect("success after a 503 and a 429 needs three requests", () =>
    Effect.gen(function*() {
      const credentials = yield* withTime(SkillCredentials.get(skillId))
      assert.strictEqual(credentials.skillMessagingCredentials.clientId.startsWith("amzn1."), true)
      assert.strictEqual((yield* requests).length, 3)
    }).pipe(Effect.provide(layer([error(503), error(429), ok()]))))
})

describe("LWA failures map onto the same seven errors", () => {
  const failingAuth = (fields: ConstructorParameters<typeof LwaError.LwaError>[0]) =>
    Layer.succeed(LwaAuth.LwaAuth, {
      token: Effect.fail(new LwaError.LwaError(fields)),
      invalidate: () => Effect.void
    })
  const lwaRow = (
    name: string,
    fields: ConstructorParameters<typeof LwaError.LwaError>[0],
    tag: string,
    attempts: number
  ) =>
    it.effect(name, () =>
      Effect.gen(function*() {
        const failure = yield* withTime(Effect.flip(SkillCredentials.get(skillId)))
        assert.strictEqual(failure._tag, tag)
        assert.strictEqual(failure.attempts, attempts)
        assert.strictEqual((yield* requests).length, 0, "no SMAPI request without a token")
      }).pipe(Effect.provide(layer([], { auth: failingAuth(fields) }))))

  for (const code of ["invalid_grant", "invalid_client", "unauthorized_client", "invalid_request"]) {
    lwaRow(
      `LWA ${code} is Unauthorized, not retried`,
      {
        reason: "Rejected",
        status: 400,
        code,
        description: "The request has an invalid grant parameter"
      },
      "Unauthorized",
      1
    )
  }
  lwaRow(
    "LWA unsupported_grant_type is BadRequest",
    {
      reason: "Rejected",
      status: 400,
      code: "unsupported_grant_type",
      description: "x"
    },
    "BadRequest",
    1
  )
  lwaRow(
    "LWA 429 is RateLimited, retried",
    { reason: "Rejected", status: 429, description: "slow down" },
    "RateLimited",
    4
  )
  lwaRow("LWA 500 is ServerError, retried", { reason: "Rejected", status: 500, description: "oops" }, "ServerError", 4)
  lwaRow("LWA 503 is Unavailable, retried", { reason: "Rejected", status: 503, description: "down" }, "Unavailable", 4)
  lwaRow(
    "LWA unreachable is Unavailable, retried",
    {
      reason: "Transport",
      code: "ConnectionRefused",
      description: "refused"
    },
    "Unavailable",
    4
  )
  lwaRow(
    "LWA answering nonsense is ServerError, not retried",
    {
      reason: "InvalidResponse",
      status: 200,
      description: "not a token"
    },
    "ServerError",
    1
  )
})

describe("a 401 from SMAPI", () => {
  it.effect("drops the token, refreshes once and replays once with the new token", () =>
    Effect.gen(function*() {
      const issued: Array<string> = []
      const invalidated: Array<string> = []
      let current = 1
      const auth = Layer.succeed(LwaAuth.LwaAuth, {
        token: Effect.sync(() => {
          issued.push(`Atza|token-${current}`)
          return Redacted.make(`Atza|token-${current}`)
        }),
        invalidate: (token) =>
          Effect.sync(() => {
            invalidated.push(Redacted.value(token))
            current++
          })
      })
      const credentials = yield* SkillCredentials.get(skillId).pipe(
        Effect.provide(layer([error(401), ok()], { auth }))
      )
      assert.strictEqual(credentials.skillMessagingCredentials.clientId.length > 0, true)
      assert.deepStrictEqual(issued, ["Atza|token-1", "Atza|token-2"])
      assert.deepStrictEqual(invalidated, ["Atza|token-1"])
    }))
})
