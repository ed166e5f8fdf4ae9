import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as Effect from "effect/Effect"

const post = (url: string, form: Record<string, string>) =>
  Effect.promise(async () => {
    const res = await fetch(`${url}/auth/o2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form)
    })
    return { status: res.status, body: await res.json() as Record<string, unknown> }
  })

const credentials = (url: string, skillId: string, token?: string) =>
  Effect.promise(async () => {
    const res = await fetch(`${url}/v1/skills/${encodeURIComponent(skillId)}/credentials`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` }
    })
    return { status: res.status, body: await res.text(), headers: res.headers }
  })

const grant = {
  grant_type: "refresh_token",
  refresh_token: Emulator.demo.refreshToken,
  client_id: Emulator.demo.clientId,
  client_secret: Emulator.demo.clientSecret
}

const accessToken = (url: string) => Effect.map(post(url, grant), (r) => String(r.body.access_token))

describe("Emulator", () => {
  it.scopedLive("issues tokens that open the vendor's skills, and only those", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const issued = yield* post(emulator.url, grant)
      assert.strictEqual(issued.status, 200)
      assert.match(String(issued.body.access_token), /^Atza\|/)
      assert.strictEqual(issued.body.token_type, "bearer")
      assert.strictEqual(issued.body.expires_in, 3600)
      const token = String(issued.body.access_token)
      const ok = yield* credentials(emulator.url, Emulator.demo.skillId, token)
      assert.strictEqual(ok.status, 200)
      assert.deepStrictEqual(JSON.parse(ok.body).skillMessagingCredentials.clientSecret, "skill-messaging-secret-1")
      assert.isNotNull(ok.headers.get("x-amzn-requestid"))
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.otherVendorSkillId, token)).status, 403)
      assert.strictEqual((yield* credentials(emulator.url, "amzn1.ask.skill.unknown", token)).status, 404)
      const long = yield* credentials(emulator.url, "x".repeat(256), token)
      assert.strictEqual(long.status, 400)
      assert.strictEqual(JSON.parse(long.body).code, "INVALID_STRING_LENGTH")
    }))

  it.scopedLive("401 for a missing, unknown or expired token", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make({ tokenLifetimeSeconds: 1 })
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.skillId)).status, 401)
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.skillId, "Atza|made-up")).status, 401)
      const token = yield* accessToken(emulator.url)
      yield* emulator.expireTokens
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.skillId, token)).status, 401)
    }))

  it.scopedLive("LWA's OAuth errors", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const bad = (form: Record<string, string>) => Effect.map(post(url, form), (r) => [r.status, r.body.error])
      assert.deepStrictEqual(yield* bad({ ...grant, refresh_token: "Atzr|wrong" }), [400, "invalid_grant"])
      assert.deepStrictEqual(yield* bad({ ...grant, client_secret: "wrong" }), [401, "invalid_client"])
      assert.deepStrictEqual(yield* bad({ ...grant, grant_type: "password" }), [400, "unsupported_grant_type"])
      assert.deepStrictEqual(yield* bad({ grant_type: "refresh_token" }), [400, "invalid_request"])
      assert.deepStrictEqual(
        yield* bad({ ...grant, grant_type: "client_credentials", scope: "profile" }),
        [400, "invalid_scope"]
      )
    }))

  it.scopedLive("rotates refresh tokens when asked to", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make({ rotateRefreshTokens: true })
      const first = yield* post(url, grant)
      assert.match(String(first.body.refresh_token), /^Atzr\|/)
      assert.strictEqual((yield* post(url, grant)).body.error, "invalid_grant", "the old one is retired")
      const second = yield* post(url, { ...grant, refresh_token: String(first.body.refresh_token) })
      assert.strictEqual(second.status, 200)
    }))

  it.scopedLive("plays injected faults in order, then answers normally; logs and counts", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const token = yield* accessToken(emulator.url)
      yield* emulator.inject(
        "credentials",
        Fault.status(503, { retryAfter: 2 }),
        Fault.raw("{not json"),
        Fault.latency(20, Fault.status(500))
      )
      const first = yield* credentials(emulator.url, Emulator.demo.skillId, token)
      assert.strictEqual(first.status, 503)
      assert.strictEqual(first.headers.get("retry-after"), "2")
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.skillId, token)).body, "{not json")
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.skillId, token)).status, 500)
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.skillId, token)).status, 200)
      assert.deepStrictEqual((yield* emulator.log).filter((e) => e.route === "credentials").map((e) => e.outcome), [
        503,
        200,
        500,
        200
      ])
      assert.strictEqual(yield* emulator.count("credentials"), 4)
      assert.strictEqual(yield* emulator.count("token"), 1)
      assert.isAtLeast((yield* emulator.connections).total, 1)
    }))

  it.scopedLive("rate-limits per token with Retry-After", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.rateLimit({ limit: 2, windowSeconds: 60 })
      const token = yield* accessToken(emulator.url)
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((yield* credentials(emulator.url, Emulator.demo.skillId, token)).status)
      assert.deepStrictEqual(statuses, [200, 200, 429])
      const other = yield* accessToken(emulator.url)
      assert.strictEqual((yield* credentials(emulator.url, Emulator.demo.skillId, other)).status, 200)
    }))
})
