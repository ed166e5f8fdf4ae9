/**
 * The control route, driven from outside Effect with plain fetch, as a test suite in another
 * language would.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Effect from "effect/Effect"

const call = (url: string, method: string, body?: unknown) =>
  Effect.promise(async () => {
    const res = await fetch(url, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
    })
    return { status: res.status, headers: res.headers, body: await res.json() as Record<string, unknown> }
  })

const grant = {
  grant_type: "refresh_token",
  refresh_token: Emulator.demo.refreshToken,
  client_id: Emulator.demo.clientId,
  client_secret: Emulator.demo.clientSecret
}

const token = (url: string, form: Record<string, string> = grant) =>
  Effect.promise(async () => {
    const res = await fetch(`${url}/auth/o2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form)
    })
    return { status: res.status, body: await res.json() as Record<string, string> }
  })

const credentials = (url: string, skillId: string, accessToken: string) =>
  Effect.promise(async () => {
    const res = await fetch(`${url}/v1/skills/${encodeURIComponent(skillId)}/credentials`, {
      headers: { authorization: `Bearer ${accessToken}` }
    })
    return { status: res.status, headers: res.headers, body: await res.text() }
  })

describe("Emulator control route", () => {
  it.scopedLive("lists its routes", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const index = yield* call(`${url}/__emulator`, "GET")
      assert.strictEqual(index.status, 200)
      assert.strictEqual(index.body.url, url)
      assert.deepStrictEqual(index.body.routes, Emulator.controlRoutes)
    }))

  it.scopedLive("injects faults as JSON: a status with Retry-After, latency, a raw body, a pass; counts and log", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const { body: issued } = yield* token(url)
      const queued = yield* call(`${url}/__emulator/faults`, "POST", {
        route: "credentials",
        faults: [
          { _tag: "Status", status: 429, retryAfter: 7 },
          { _tag: "Latency", millis: 10, then: { _tag: "Status", status: 503 } },
          { _tag: "Raw", body: "{\"skillMessagingCredentials\":" },
          { _tag: "Pass" }
        ]
      })
      assert.deepStrictEqual([queued.status, queued.body], [200, { queued: 4 }])
      const first = yield* credentials(url, Emulator.demo.skillId, issued.access_token!)
      assert.deepStrictEqual([first.status, first.headers.get("retry-after")], [429, "7"])
      assert.strictEqual((yield* credentials(url, Emulator.demo.skillId, issued.access_token!)).status, 503)
      assert.strictEqual(
        (yield* credentials(url, Emulator.demo.skillId, issued.access_token!)).body,
        "{\"skillMessagingCredentials\":"
      )
      assert.strictEqual((yield* credentials(url, Emulator.demo.skillId, issued.access_token!)).status, 200)
      const counts = yield* call(`${url}/__emulator/counts`, "GET")
      assert.strictEqual(counts.body.credentials, 4)
      assert.strictEqual(counts.body.token, 1)
      assert.isAtLeast((counts.body.connections as { total: number }).total, 1)
      const log = yield* call(`${url}/__emulator/log`, "GET")
      const outcomes = (log.body.entries as Array<{ route: string; outcome: unknown }>)
        .filter((e) => e.route === "credentials").map((e) => e.outcome)
      assert.deepStrictEqual(outcomes, [429, 503, 200, 200])
    }))

  it.scopedLive("drops connections on request; faults on the token route; clearing queued faults", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      yield* call(`${url}/__emulator/faults`, "POST", { route: "token", faults: [{ _tag: "DropBeforeHeaders" }] })
      const dropped = yield* Effect.promise(() =>
        fetch(`${url}/auth/o2/token`, { method: "POST", body: "" }).then(() => "answered", () => "dropped")
      )
      assert.strictEqual(dropped, "dropped")
      yield* call(`${url}/__emulator/faults`, "POST", { route: "token", faults: [{ _tag: "Status", status: 500 }] })
      assert.strictEqual((yield* call(`${url}/__emulator/faults`, "DELETE")).status, 200)
      assert.strictEqual((yield* token(url)).status, 200)
    }))

  it.scopedLive("registers skills and security profiles; expires and revokes tokens; resets", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const profile = {
        clientId: "amzn1.application-oa2-client.suite",
        clientSecret: "suite-secret",
        vendorId: "M3SUITE",
        refreshTokens: ["Atzr|suite-refresh"]
      }
      const skill = {
        skillId: "amzn1.ask.skill.suite",
        vendorId: "M3SUITE",
        clientId: "amzn1.application-oa2-client.suite-messaging",
        clientSecret: "suite-messaging-secret"
      }
      assert.strictEqual((yield* call(`${url}/__emulator/clients`, "POST", profile)).status, 200)
      assert.strictEqual((yield* call(`${url}/__emulator/skills`, "POST", skill)).status, 200)
      const form = {
        ...grant,
        client_id: profile.clientId,
        client_secret: profile.clientSecret,
        refresh_token: "Atzr|suite-refresh"
      }
      const issued = yield* token(url, form)
      assert.strictEqual(issued.status, 200)
      const ok = yield* credentials(url, skill.skillId, issued.body.access_token!)
      assert.strictEqual(JSON.parse(ok.body).skillMessagingCredentials.clientSecret, "suite-messaging-secret")
      assert.strictEqual((yield* credentials(url, Emulator.demo.skillId, issued.body.access_token!)).status, 403)

      yield* call(`${url}/__emulator/tokens/expire`, "POST")
      assert.strictEqual((yield* credentials(url, skill.skillId, issued.body.access_token!)).status, 401)
      yield* call(`${url}/__emulator/tokens/revoke`, "POST", { refreshToken: "Atzr|suite-refresh" })
      assert.deepStrictEqual(yield* Effect.map(token(url, form), (r) => [r.status, r.body.error]), [
        400,
        "invalid_grant"
      ])

      yield* call(`${url}/__emulator/rate-limit`, "POST", { limit: 1, windowSeconds: 60 })
      const demoToken = (yield* token(url)).body.access_token!
      assert.strictEqual((yield* credentials(url, Emulator.demo.skillId, demoToken)).status, 200)
      const limited = yield* credentials(url, Emulator.demo.skillId, demoToken)
      assert.strictEqual(limited.status, 429)
      assert.isNotNull(limited.headers.get("retry-after"))

      assert.strictEqual((yield* call(`${url}/__emulator/reset`, "POST")).status, 200)
      assert.strictEqual((yield* token(url, form)).body.error, "invalid_client", "the added profile is gone")
      assert.strictEqual((yield* credentials(url, Emulator.demo.skillId, demoToken)).status, 401, "tokens are gone")
      const fresh = (yield* token(url)).body.access_token!
      assert.strictEqual((yield* credentials(url, Emulator.demo.skillId, fresh)).status, 200, "no rate limit")
      const counts = yield* call(`${url}/__emulator/counts`, "GET")
      assert.deepStrictEqual([counts.body.credentials, counts.body.token], [2, 2], "counted from the reset")
    }))

  it.scopedLive("a bad body is a 400 that says what is wrong; unknown routes and methods are 404 and 405", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make()
      const notJson = yield* Effect.promise(() =>
        fetch(`${url}/__emulator/faults`, { method: "POST", body: "{" }).then((r) =>
          r.json() as Promise<{ message: string }>
        )
      )
      assert.strictEqual(notJson.message, "The body is not JSON.")
      const badFault = yield* call(`${url}/__emulator/faults`, "POST", {
        route: "credentials",
        faults: [{ _tag: "Status", status: 99 }]
      })
      assert.strictEqual(badFault.status, 400)
      assert.include(String(badFault.body.message), "status")
      const badRoute = yield* call(`${url}/__emulator/faults`, "POST", { route: "nowhere", faults: [] })
      assert.strictEqual(badRoute.status, 400)
      assert.include(String(badRoute.body.message), "route")
      assert.strictEqual((yield* call(`${url}/__emulator/nothing`, "GET")).status, 404)
      assert.strictEqual((yield* call(`${url}/__emulator/log`, "DELETE")).status, 405)
      assert.strictEqual(
        (yield* call(`${url}/__emulator/counts`, "GET")).body.credentials,
        0,
        "control calls are not counted"
      )
    }))

  it.scopedLive("can be turned off", () =>
    Effect.gen(function*() {
      const { url } = yield* Emulator.make({ control: false })
      assert.strictEqual((yield* call(`${url}/__emulator`, "GET")).status, 404)
    }))
})
