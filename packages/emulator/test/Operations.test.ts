/**
 * Operations answered from their descriptions: routed by path template, input checked as SMAPI
 * checks it (400 with `message` and `violations`), answers the description's own decoder accepts,
 * skills kept in state from creation to deletion, faults and rate limits by operation name.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as Operation from "@smapi-effect/engine/Operation"
import * as Operations from "@smapi-effect/smapi/Operations"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as Schema from "effect/Schema"

const Export = Schema.Struct({ status: Schema.Literal("SUCCEEDED", "FAILED") })

const operations = [
  Operations.getSkillCredentialsV1,
  Operations.listSkillsForVendorV1,
  Operations.getSkillStatusV1,
  Operations.deleteSkillV1,
  Operations.createSkillForVendorV1,
  // a literal segment where another template has a parameter, and a drawn answer with an ETag
  Operation.make({
    id: "getSkillTitleV1",
    method: "GET",
    path: "/v1/skills/{skillId}/title",
    parameters: { skillId: Operation.path(Schema.String) },
    responses: { 200: Operation.withHeaders(Operation.json(Schema.Struct({ title: Schema.String })), ["ETag"]) }
  }),
  Operation.make({
    id: "getExportV1",
    method: "GET",
    path: "/v1/skills/exports/{exportId}",
    parameters: { exportId: Operation.path(Schema.String) },
    responses: { 200: Operation.json(Export) }
  }),
  Operation.make({
    id: "getNotesV1",
    method: "GET",
    path: "/v1/skills/{skillId}/notes",
    parameters: { skillId: Operation.path(Schema.String) },
    responses: { 200: Operation.jsonOrText(Schema.Struct({ notes: Schema.Array(Schema.String) })) }
  }),
  Operations.getUtteranceDataV1
]

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  // the JSON answered, read field by field in the assertions
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any
}

const send = (
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: string; accept?: string } = {}
) =>
  Effect.promise(async (): Promise<Answer> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        ...(options.accept === undefined ? {} : { accept: options.accept }),
        ...(options.body === undefined ? {} : { "content-type": "application/json" })
      },
      ...(options.body === undefined ? {} : { body: options.body })
    })
    const text = await res.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    return { status: res.status, headers: res.headers, text, body }
  })

const tokenFor = (url: string) =>
  Effect.promise(async () => {
    const res = await fetch(`${url}/auth/o2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: Emulator.demo.refreshToken,
        client_id: Emulator.demo.clientId,
        client_secret: Emulator.demo.clientSecret
      })
    })
    return ((await res.json()) as { access_token: string }).access_token
  })

const start = Effect.gen(function*() {
  const emulator = yield* Emulator.make({ operations })
  const token = yield* tokenFor(emulator.url)
  const call = (method: string, path: string, body?: unknown) =>
    send(emulator.url, method, path, { token, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  return { emulator, token, call }
})

const decodes = (operation: Emulator.AnyOperation, answer: Answer) =>
  Either.isRight(operation.responses[answer.status]!.decode({
    status: answer.status,
    headers: Object.fromEntries(answer.headers),
    body: new TextEncoder().encode(answer.text)
  }))

const skill = Emulator.demo.skillId

describe("Emulator operations", () => {
  it.scopedLive("routes by template, a literal segment before a parameter; an unknown route says the emulator does not know it", () =>
    Effect.gen(function*() {
      const { call } = yield* start
      const title = yield* call("GET", `/v1/skills/${skill}/title`)
      assert.strictEqual(title.status, 200)
      assert.match(title.headers.get("etag") ?? "", /^"[0-9a-f]+"$/)
      assert.isTrue(decodes(operations[5]!, title))
      const exported = yield* call("GET", "/v1/skills/exports/e-1")
      assert.strictEqual(exported.status, 200, "exports is a literal, not a skill id")
      assert.include(["SUCCEEDED", "FAILED"], exported.body.status)
      const unknown = yield* call("GET", "/v1/nowhere")
      assert.strictEqual(unknown.status, 404)
      assert.include(unknown.body.message, "does not know the route GET /v1/nowhere")
      const method = yield* call("PATCH", `/v1/skills/${skill}`)
      assert.strictEqual(method.status, 405)
      assert.strictEqual(method.headers.get("allow"), "DELETE")
      const index = yield* call("GET", "/__emulator/operations")
      assert.deepStrictEqual(
        index.body.operations.map((o: { name: string }) => o.name),
        operations.map((o) => o.id)
      )
    }))

  it.scopedLive("an Accept: text/csv gets text where the description reads text, JSON elsewhere", () =>
    Effect.gen(function*() {
      const { emulator, token } = yield* start
      const csv = yield* send(emulator.url, "GET", `/v1/skills/${skill}/notes`, { token, accept: "text/csv" })
      assert.deepStrictEqual([csv.status, csv.headers.get("content-type"), csv.text], [200, "text/csv", "emulator\n"])
      const json = yield* send(emulator.url, "GET", `/v1/skills/${skill}/notes`, { token })
      assert.strictEqual(json.headers.get("content-type"), "application/json")
      assert.isArray(json.body.notes)
      const status = yield* send(emulator.url, "GET", `/v1/skills/${skill}/status`, { token, accept: "text/csv" })
      assert.strictEqual(status.headers.get("content-type"), "application/json", "this one reads JSON only")
    }))

  it.scopedLive("a missing parameter, a value past its maximum, a wrong enum, malformed JSON: 400 with message and violations", () =>
    Effect.gen(function*() {
      const { call, token, emulator } = yield* start
      const cases = [
        ["GET", "/v1/skills", undefined, "MISSING_PARAMETER", "'vendorId' is required"],
        ["GET", "/v1/skills?vendorId=M1EMULATOR&maxResults=51", undefined, undefined, "'maxResults'"],
        ["GET", "/v1/skills?vendorId=M1EMULATOR&maxResults=ten", undefined, "INVALID_DATA_TYPE", "'maxResults'"],
        ["GET", `/v1/skills/${skill}/history/intentRequests?stage=staging`, undefined, "INVALID_ENUM_VALUE", "'stage'"],
        ["POST", "/v1/skills", "{\"vendorId\":", "MALFORMED_REQUEST_BODY", "not valid JSON"],
        ["POST", "/v1/skills", "", "MISSING_PARAMETER", "'createSkillRequest' is required"],
        ["DELETE", `/v1/skills/${"x".repeat(256)}`, undefined, "INVALID_STRING_LENGTH", "'skillId'"]
      ] as const
      for (const [method, path, body, code, says] of cases) {
        const answer = yield* send(emulator.url, method, path, { token, ...(body === undefined ? {} : { body }) })
        assert.strictEqual(answer.status, 400, `${method} ${path}`)
        assert.include(answer.body.message, says, `${method} ${path}`)
        assert.isAtLeast(answer.body.violations.length, 1)
        if (code !== undefined) assert.strictEqual(answer.body.violations[0].code, code, `${method} ${path}`)
      }
      // an enum and a union the client keeps open (a newer value or member decodes) are closed
      // here, as the model has them; the known values and every other field of the body pass
      const create = (distributionMode: string, interfaceType: string) =>
        call("POST", "/v1/skills", {
          vendorId: Emulator.demo.vendorId,
          manifest: {
            publishingInformation: { distributionMode, locales: { "en-US": { name: "Open" } } },
            apis: { custom: { interfaces: [{ type: "ALEXA_PRESENTATION_APL" }, { type: interfaceType }] } }
          }
        })
      const future = yield* create("FRIENDS_ONLY", "RENDER_TEMPLATE")
      assert.strictEqual(future.status, 400)
      assert.deepStrictEqual(future.body.violations.map((v: { code: string }) => v.code), ["INVALID_ENUM_VALUE"])
      assert.include(
        future.body.message,
        "'createSkillRequest.manifest.publishingInformation.distributionMode': \"FRIENDS_ONLY\" is not one of the model's 2 values (PRIVATE, PUBLIC)"
      )
      const hologram = yield* create("PUBLIC", "HOLOGRAM_DISPLAY")
      assert.strictEqual(hologram.status, 400)
      assert.include(
        hologram.body.message,
        "'createSkillRequest.manifest.apis.custom.interfaces.1.type': \"HOLOGRAM_DISPLAY\" is not one of the model's"
      )
      assert.strictEqual((yield* create("PUBLIC", "RENDER_TEMPLATE")).status, 202)
      const both = yield* call("GET", "/v1/skills?maxResults=0")
      assert.strictEqual(both.body.violations.length, 2, "every violation, not only the first")
      assert.strictEqual((yield* call("GET", "/v1/skills?vendorId=M1EMULATOR&maxResults=50")).status, 200)
    }))

  it.scopedLive("a bad request never crashes it: any method, path and body gets an answer below 500", () =>
    Effect.gen(function*() {
      const { emulator, token } = yield* start
      const requests = FastCheck.sample(
        FastCheck.record({
          method: FastCheck.constantFrom("GET", "POST", "PUT", "DELETE"),
          path: FastCheck.constantFrom(
            "/v1/skills",
            `/v1/skills/${skill}`,
            `/v1/skills/${skill}/status`,
            "/v1/skills/%E0%A4%A"
          ),
          query: FastCheck.webQueryParameters(),
          body: FastCheck.option(FastCheck.oneof(FastCheck.json(), FastCheck.string()), { nil: undefined })
        }),
        { seed: 42, numRuns: 60 }
      )
      for (const { body, method, path, query } of requests) {
        const answer = yield* send(emulator.url, method, `${path}?${query}`, {
          token,
          ...(body === undefined || method === "GET" ? {} : { body })
        })
        assert.isBelow(answer.status, 500, `${method} ${path}?${query} ${body}`)
        assert.isString(answer.body?.message ?? "", `${method} ${path}`)
      }
      const list = yield* send(emulator.url, "GET", `/v1/skills?vendorId=${Emulator.demo.vendorId}`, { token })
      assert.strictEqual(list.status, 200, "still answering")
    }))

  it.scopedLive("a skill's life: created (202, Location of its status), listed in pages, its credentials, deleted, then 404 everywhere", () =>
    Effect.gen(function*() {
      const { call, emulator } = yield* start
      const ids: Array<string> = []
      for (const name of ["one", "two"]) {
        const created = yield* call("POST", "/v1/skills", {
          vendorId: Emulator.demo.vendorId,
          manifest: { publishingInformation: { locales: { "en-US": { name } } } }
        })
        assert.strictEqual(created.status, 202)
        assert.isTrue(decodes(operations[4]!, created))
        assert.strictEqual(
          created.headers.get("location"),
          `/v1/skills/${encodeURIComponent(created.body.skillId)}/status`
        )
        const status = yield* call("GET", created.headers.get("location")!)
        assert.strictEqual(status.body.manifest.lastUpdateRequest.status, "SUCCEEDED")
        ids.push(created.body.skillId)
      }
      const seen: Array<{ skillId: string; nameByLocale: Record<string, string> }> = []
      let next: string | undefined
      let pages = 0
      do {
        const page = yield* call(
          "GET",
          `/v1/skills?vendorId=${Emulator.demo.vendorId}&maxResults=1${next === undefined ? "" : `&nextToken=${next}`}`
        )
        assert.strictEqual(page.status, 200)
        assert.isTrue(decodes(operations[1]!, page))
        seen.push(...page.body.skills)
        next = page.body.isTruncated ? page.body.nextToken : undefined
        pages++
      } while (next !== undefined)
      assert.deepStrictEqual(seen.map((s) => s.skillId), [skill, ...ids], "the demo skill, then the created ones")
      assert.strictEqual(pages, 3)
      assert.deepStrictEqual(seen[2]!.nameByLocale, { "en-US": "two" })
      assert.strictEqual(
        (yield* call("GET", `/v1/skills?vendorId=${Emulator.demo.vendorId}&nextToken=forged`)).status,
        400
      )

      const credentials = yield* call("GET", `/v1/skills/${ids[0]}/credentials`)
      assert.strictEqual(credentials.status, 200)
      assert.isString(credentials.body.skillMessagingCredentials.clientSecret)

      assert.strictEqual((yield* call("DELETE", `/v1/skills/${ids[0]}`)).status, 204)
      for (
        const path of [`/v1/skills/${ids[0]}/status`, `/v1/skills/${ids[0]}/credentials`, `/v1/skills/${ids[0]}/title`]
      ) {
        const gone = yield* call("GET", path)
        assert.strictEqual(gone.status, 404, path)
      }
      assert.strictEqual((yield* call("DELETE", `/v1/skills/${ids[0]}`)).status, 404)
      assert.deepStrictEqual((yield* emulator.skills).map((s) => s.skillId), [
        skill,
        Emulator.demo.otherVendorSkillId,
        ids[1]
      ])
      assert.strictEqual((yield* call("GET", `/v1/skills/${Emulator.demo.otherVendorSkillId}/status`)).status, 403)
      const foreign = yield* call("POST", "/v1/skills", { vendorId: "M9SOMEONE", manifest: {} })
      assert.strictEqual(foreign.status, 403)
    }))

  it.scopedLive("a manifest's ETag: a write with an If-Match that no longer matches is a 412, one that matches goes through", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const token = yield* tokenFor(emulator.url)
      const path = `/v1/skills/${skill}/stages/development/manifest`
      const request = (method: string, headers: Record<string, string> = {}, body?: unknown) =>
        Effect.promise(async () => {
          const res = await fetch(`${emulator.url}${path}`, {
            method,
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
            ...(body === undefined ? {} : { body: JSON.stringify(body) })
          })
          return { status: res.status, etag: res.headers.get("etag"), text: await res.text() }
        })
      const read = yield* request("GET")
      assert.strictEqual(read.status, 200)
      assert.match(read.etag!, /^"[0-9a-f]{32}"$/)
      const manifest = { manifest: { publishingInformation: { locales: { "en-US": { name: "Tagged" } } } } }
      assert.strictEqual((yield* request("PUT", { "if-match": "\"stale\"" }, manifest)).status, 412)
      assert.strictEqual((yield* request("GET")).etag, read.etag, "a refused write changes nothing")
      assert.strictEqual((yield* request("PUT", { "if-match": `W/${read.etag}` }, manifest)).status, 202)
      const after = yield* request("GET")
      assert.notStrictEqual(after.etag, read.etag)
      assert.include(after.text, "Tagged")
      assert.strictEqual((yield* request("PUT", { "if-match": read.etag! }, manifest)).status, 412)
      assert.strictEqual((yield* request("PUT", { "if-match": "*" }, manifest)).status, 202)
      assert.strictEqual((yield* request("PUT", {}, manifest)).status, 202)
    }))

  it.scopedLive("a skill registered on the control route is there for every operation", () =>
    Effect.gen(function*() {
      const { call } = yield* start
      const registered = "amzn1.ask.skill.registered"
      assert.strictEqual((yield* call("GET", `/v1/skills/${registered}/status`)).status, 404)
      yield* call("POST", "/__emulator/skills", {
        skillId: registered,
        vendorId: Emulator.demo.vendorId,
        clientId: "c",
        clientSecret: "s"
      })
      assert.strictEqual((yield* call("GET", `/v1/skills/${registered}/status`)).status, 200)
      const page = yield* call("GET", `/v1/skills?vendorId=${Emulator.demo.vendorId}`)
      assert.include(page.body.skills.map((s: { skillId: string }) => s.skillId), registered)
    }))

  it.scopedLive("faults, rate limits, counts and the log by operation name", () =>
    Effect.gen(function*() {
      const { call, emulator } = yield* start
      const queued = yield* call("POST", "/__emulator/faults", {
        route: "getSkillStatusV1",
        faults: [{ _tag: "Status", status: 503 }]
      })
      assert.strictEqual(queued.status, 200)
      assert.strictEqual((yield* call("GET", `/v1/skills/${skill}/status`)).status, 503)
      assert.strictEqual((yield* call("GET", `/v1/skills/${skill}/status`)).status, 200)
      const bad = yield* call("POST", "/__emulator/faults", { route: "getNothingV9", faults: [] })
      assert.strictEqual(bad.status, 400)
      assert.include(bad.body.message, "getNothingV9")

      yield* emulator.inject("deleteSkillV1", Fault.status(429, { retryAfter: 3 }))
      assert.strictEqual((yield* call("DELETE", `/v1/skills/${skill}`)).headers.get("retry-after"), "3")

      yield* call("POST", "/__emulator/rate-limit", { limit: 1, windowSeconds: 60, route: "getSkillStatusV1" })
      assert.strictEqual((yield* call("GET", `/v1/skills/${skill}/status`)).status, 200)
      const limited = yield* call("GET", `/v1/skills/${skill}/status`)
      assert.strictEqual(limited.status, 429)
      assert.include(limited.body.message, "getSkillStatusV1")
      assert.strictEqual((yield* call("GET", `/v1/skills/${skill}/credentials`)).status, 200, "another operation")

      const counts = yield* call("GET", "/__emulator/counts")
      assert.strictEqual(counts.body.operations.getSkillStatusV1, 4)
      assert.strictEqual(counts.body.credentials, 1)
      assert.strictEqual(yield* emulator.count("getSkillStatusV1"), 4)
      const entries = (yield* emulator.log).filter((e) => e.operation === "getSkillStatusV1").map((e) => e.outcome)
      assert.deepStrictEqual(entries, [503, 200, 200, 429])
      assert.strictEqual(
        (yield* emulator.log).find((e) => e.route === "credentials")?.operation,
        "getSkillCredentialsV1"
      )
    }))
})
