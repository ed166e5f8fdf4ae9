/**
 * `smapi`, the built command (node and the bundle, as users run it): against the emulator for what
 * it answers today (a skill's credentials), and against a loopback server that records each
 * request for the rest (bodies built from flags, the vendor, pages, 409 and 412).
 */
import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as Effect from "effect/Effect"
import { mkdtempSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ensureBuilt, envFor, type Result, smapi } from "./bundle.js"

beforeAll(ensureBuilt, 120_000)

const { otherVendorSkillId, skillId } = Emulator.demo

interface Received {
  readonly method: string
  readonly url: string
  readonly headers: Record<string, string | Array<string> | undefined>
  readonly body: string
}

interface Answer {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

// A server that answers each request with the next of `answers` and records what it received.
const loopback = (...answers: ReadonlyArray<Answer>) =>
  Effect.acquireRelease(
    Effect.async<{ readonly url: string; readonly received: Array<Received>; readonly close: () => void }>((resume) => {
      const received: Array<Received> = []
      const queue = [...answers]
      const server = createServer((request, response) => {
        let body = ""
        request.on("data", (chunk: Buffer) => body += chunk.toString("utf8"))
        request.on("end", () => {
          received.push({ method: request.method!, url: request.url!, headers: request.headers, body })
          const answer = queue.shift() ?? { status: 500, body: { message: "no answer queued" } }
          const text = answer.body === undefined ? "" : JSON.stringify(answer.body)
          response.writeHead(answer.status, {
            ...(text === "" ? {} : { "content-type": "application/json" }),
            ...answer.headers
          })
          response.end(text)
        })
      })
      server.listen(0, "127.0.0.1", () =>
        resume(Effect.succeed({
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          received,
          close: () => server.close()
        })))
    }),
    (server) => Effect.sync(server.close)
  )

// a server that needs no LWA: a static access token
const loopbackEnv = (url: string, more: Record<string, string> = {}) => ({
  ASK_SMAPI_SERVER_BASE_URL: url,
  ASK_ACCESS_TOKEN: "Atza|static-token",
  ...more
})

// a failure: one line on stderr naming what went wrong, no stack trace; on stdout (a pipe here, so
// --output json by default) the same failure as one line of JSON
const failedWith = (result: Result, code: number, start: string) => {
  assert.strictEqual(result.code, code, result.stderr)
  const lines = result.stderr.trim().split("\n")
  assert.match(lines[lines.length - 1]!, new RegExp(`^${start}`))
  assert.notMatch(result.stderr, /\n\s+at /)
  const tag = start.startsWith("usage error")
    ? "UsageError"
    : start.startsWith("configuration error")
    ? "ConfigurationError"
    : start.slice(0, start.indexOf(":"))
  assert.strictEqual(result.stdout.trim().split("\n").length, 1)
  const { error } = JSON.parse(result.stdout)
  assert.deepStrictEqual(Object.keys(error), ["_tag", "status", "code", "message", "attempts"])
  assert.strictEqual(error._tag, tag)
  assert.include(lines[lines.length - 1], error.message.replace(/\s+/g, " "))
  return error as { _tag: string; status: number | null; code: string | null; message: string; attempts: number }
}

describe("smapi against the emulator", () => {
  it.scopedLive("0: the answer's JSON, secrets masked; --reveal; --full-response", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const masked = yield* smapi(["get-skill-credentials", "--skill-id", skillId], envFor(emulator.url))
      assert.strictEqual(masked.code, 0, masked.stderr)
      assert.deepStrictEqual(JSON.parse(masked.stdout), {
        skillMessagingCredentials: {
          clientId: "amzn1.application-oa2-client.skill-messaging-1",
          clientSecret: "<redacted>"
        }
      })
      assert.notInclude(masked.stdout + masked.stderr, "skill-messaging-secret-1")
      const revealed = yield* smapi(["get-skill-credentials", "-s", skillId, "--reveal"], envFor(emulator.url))
      assert.strictEqual(JSON.parse(revealed.stdout).skillMessagingCredentials.clientSecret, "skill-messaging-secret-1")
      const full = yield* smapi(["get-skill-credentials", "-s", skillId, "--full-response"], envFor(emulator.url))
      const parsed = JSON.parse(full.stdout)
      assert.strictEqual(parsed.statusCode, 200)
      assert.strictEqual(parsed.headers["content-type"], "application/json")
      assert.strictEqual(parsed.body.skillMessagingCredentials.clientSecret, "<redacted>")
    }))

  it.scopedLive("a skill's life from the terminal: create, status, manifest, list, credentials, delete, then 13", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const env = envFor(emulator.url, { ASK_VENDOR_ID: Emulator.demo.vendorId })
      const directory = mkdtempSync(join(tmpdir(), "smapi-life-"))
      const manifest = {
        manifest: {
          manifestVersion: "1.0",
          publishingInformation: { locales: { "en-US": { name: "Life" } } },
          apis: { custom: {} }
        }
      }
      writeFileSync(join(directory, "skill.json"), JSON.stringify(manifest))
      const created = yield* smapi(
        ["create-skill-for-vendor", "--manifest", `file:${join(directory, "skill.json")}`],
        env
      )
      assert.strictEqual(created.code, 0, created.stderr)
      const { skillId: id } = JSON.parse(created.stdout) as { skillId: string }
      assert.match(id, /^amzn1\.ask\.skill\./)
      const status = yield* smapi(["get-skill-status", "-s", id], env)
      assert.strictEqual(status.code, 0, status.stderr)
      assert.isObject(JSON.parse(status.stdout).manifest)
      const read = yield* smapi(["get-skill-manifest", "-s", id], env)
      assert.deepStrictEqual(
        JSON.parse(read.stdout).manifest.publishingInformation,
        manifest.manifest.publishingInformation
      )
      const listed = yield* smapi(["list-skills-for-vendor", "--all"], env)
      assert.strictEqual(listed.code, 0, listed.stderr)
      const ids = listed.stdout.trim().split("\n").flatMap((line) =>
        (JSON.parse(line) as { skills: Array<{ skillId: string }> }).skills.map((skill) => skill.skillId)
      )
      assert.include(ids, id)
      const credentials = yield* smapi(["get-skill-credentials", "-s", id], env)
      assert.strictEqual(JSON.parse(credentials.stdout).skillMessagingCredentials.clientSecret, "<redacted>")
      const deleted = yield* smapi(["delete-skill", "-s", id], env)
      assert.strictEqual(deleted.code, 0, deleted.stderr)
      failedWith(yield* smapi(["get-skill-status", "-s", id], env), 13, "NotFound: ")
    }))

  it.scopedLive("10 to 16: SMAPI's errors, one line each; retries announced", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const env = envFor(emulator.url)
      const run = (...args: ReadonlyArray<string>) => smapi(["get-skill-credentials", ...args], env)
      failedWith(yield* run("--skill-id", "x".repeat(256)), 10, "BadRequest: ")
      failedWith(
        yield* smapi(
          ["get-skill-credentials", "-s", skillId],
          envFor(emulator.url, { ASK_REFRESH_TOKEN: "Atzr|revoked" })
        ),
        11,
        "Unauthorized: "
      )
      failedWith(yield* run("-s", otherVendorSkillId), 12, "Forbidden: ")
      failedWith(yield* run("-s", "amzn1.ask.skill.missing"), 13, "NotFound: .*HTTP 404")
      yield* emulator.inject("credentials", Fault.status(429, { retryAfter: 1 }), Fault.status(429, { retryAfter: 1 }))
      const limited = yield* run("-s", skillId, "--max-attempts", "2")
      failedWith(limited, 14, "RateLimited: ")
      assert.include(limited.stderr, "rate limited (429), retrying in 1.0 s (attempt 2 of 2)")
      yield* emulator.inject("credentials", Fault.status(503), Fault.status(503))
      failedWith(yield* run("-s", skillId, "--max-attempts", "2"), 16, "Unavailable: ")
    }))

  it.scopedLive("1: an unknown command or flag, a missing flag, no vendor: one line naming it", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const env = envFor(emulator.url)
      failedWith(
        yield* smapi(["get-skil-status", "-s", skillId], env),
        1,
        "usage error: unknown command \"get-skil-status\"; did you mean get-skill-status\\?"
      )
      failedWith(
        yield* smapi(["get-skill-status", "-s", skillId, "--bogus"], env),
        1,
        "usage error: unknown flag --bogus"
      )
      failedWith(yield* smapi(["get-skill-status"], env), 1, "usage error: get-skill-status needs --skill-id")
      failedWith(yield* smapi(["list-skills-for-vendor"], env), 1, "configuration error: ASK_VENDOR_ID is not set")
      failedWith(
        yield* smapi(["get-skill-credentials", "-s", skillId], {}),
        1,
        "configuration error: .*ASK_REFRESH_TOKEN"
      )
      const none = yield* smapi([], env)
      assert.strictEqual(none.code, 1)
      assert.include(none.stderr, "Usage: smapi <command>")
    }))

  it.scopedLive("--output: json is one line and a failure on stdout too; text is indented and stdout empty on failure", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const env = envFor(emulator.url)
      const json = yield* smapi(["get-skill-credentials", "-s", skillId, "--output", "json"], env)
      assert.strictEqual(json.code, 0, json.stderr)
      assert.strictEqual(json.stdout.trim().split("\n").length, 1)
      const text = yield* smapi(["get-skill-credentials", "-s", skillId, "--output=text"], env)
      assert.strictEqual(text.code, 0, text.stderr)
      assert.include(text.stdout, "\n  \"skillMessagingCredentials\": {\n")
      assert.deepStrictEqual(JSON.parse(text.stdout), JSON.parse(json.stdout))

      const missing = failedWith(
        yield* smapi(["get-skill-credentials", "-s", "amzn1.ask.skill.missing"], env),
        13,
        "NotFound: "
      )
      assert.strictEqual(missing.status, 404)
      assert.strictEqual(missing.attempts, 1)
      const quiet = yield* smapi(["get-skill-credentials", "-s", "amzn1.ask.skill.missing", "--output", "text"], env)
      assert.strictEqual(quiet.code, 13)
      assert.strictEqual(quiet.stdout, "")
      assert.match(quiet.stderr, /^NotFound: /)

      // before the command is known, and before anything is sent
      const unknown = failedWith(yield* smapi(["get-skil-status", "--output", "json"], env), 1, "usage error: ")
      assert.deepStrictEqual([unknown.code, unknown.status, unknown.attempts], ["UNKNOWN_COMMAND", null, 0])
      const tooLong = failedWith(
        yield* smapi(["get-skill-credentials", "-s", "x".repeat(256)], env),
        10,
        "BadRequest: "
      )
      assert.deepStrictEqual([tooLong.status, tooLong.attempts], [null, 0])
      const format = failedWith(
        yield* smapi(["get-skill-status", "-s", skillId, "--output", "yaml"], env),
        1,
        "usage error: "
      )
      assert.strictEqual(format.message, "--output must be json or text, not \"yaml\"")
      const noValue = failedWith(
        yield* smapi(["get-skill-status", "-s", skillId, "--output", "--reveal"], env),
        1,
        "usage error: "
      )
      assert.strictEqual(noValue.message, "--output needs a value")
      // help is printed whatever --output says
      assert.strictEqual((yield* smapi(["get-skill-status", "--help", "--output", "yaml"], env)).code, 0)
    }))

  it.scopedLive("--debug: each exchange on stderr, a line for the request and one for its answer; no secret", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const plain = yield* smapi(["get-skill-credentials", "-s", skillId], envFor(emulator.url))
      const result = yield* smapi(["get-skill-credentials", "-s", skillId, "--debug"], envFor(emulator.url))
      assert.strictEqual(result.code, 0, result.stderr)
      assert.strictEqual(result.stdout, plain.stdout, "the output is the same")
      const lines = result.stderr.trim().split("\n")
      const url = `${emulator.url}/v1/skills/${skillId}/credentials`
      assert.deepStrictEqual(lines.map((line) => line.replace(/ in \d+ ms.*$/, "")), [
        `debug: POST ${emulator.url}/auth/o2/token`,
        `debug: 200 from POST ${emulator.url}/auth/o2/token`,
        `debug: GET ${url}`,
        `debug: 200 from GET ${url}`
      ])
      assert.match(lines[3]!, /in \d+ ms, request id [\w-]+$/)
      for (
        const secret of [Emulator.demo.clientSecret, Emulator.demo.refreshToken, "skill-messaging-secret-1", "Atza|"]
      ) {
        assert.notInclude(result.stderr, secret)
      }
      // a request that gets no answer says so, and why
      const closed = yield* smapi(
        ["get-skill-credentials", "-s", skillId, "--debug", "--max-attempts", "1"],
        envFor(emulator.url, { ASK_SMAPI_SERVER_BASE_URL: "http://127.0.0.1:9", ASK_ACCESS_TOKEN: "Atza|static" })
      )
      assert.strictEqual(closed.code, 16, closed.stderr)
      assert.include(closed.stderr, "debug: no answer from GET http://127.0.0.1:9/v1/skills/")
      assert.include(closed.stderr, ": ConnectionRefused")
    }))

  it.scopedLive("--help lists every command; <command> --help its flags; --version", () =>
    Effect.gen(function*() {
      const help = yield* smapi(["--help"], {})
      assert.strictEqual(help.code, 0)
      assert.include(help.stdout, "Commands (155)")
      assert.match(help.stdout, /\n {2}create-skill-for-vendor +Creates a new skill for given vendorId\./)
      const one = yield* smapi(["get-skill-status", "--help"], {})
      assert.strictEqual(one.code, 0)
      assert.include(one.stdout, "-s, --skill-id <skill-id>\n      [REQUIRED] The skill ID.")
      assert.include(one.stdout, "Get the status of skill resource and its sub-resources for a given skillId.")
      const version = yield* smapi(["--version"], {})
      assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/)
    }))
})

describe("smapi against a loopback server", () => {
  it.scopedLive("create-skill-for-vendor: the manifest from a file, the vendor put in; the answer's body", () =>
    Effect.gen(function*() {
      const server = yield* loopback({
        status: 202,
        body: { skillId: "amzn1.ask.skill.new" },
        headers: { location: "/v1/skills/amzn1.ask.skill.new/status" }
      })
      const directory = mkdtempSync(join(tmpdir(), "smapi-test-"))
      const manifest = { manifest: { publishingInformation: { locales: { "en-US": { name: "Hello" } } } } }
      writeFileSync(join(directory, "skill.json"), JSON.stringify(manifest))
      const result = yield* smapi(
        ["create-skill-for-vendor", "--manifest", `file:${join(directory, "skill.json")}`],
        loopbackEnv(server.url, { ASK_VENDOR_ID: "M1VENDOR" })
      )
      assert.strictEqual(result.code, 0, result.stderr)
      assert.deepStrictEqual(JSON.parse(result.stdout), { skillId: "amzn1.ask.skill.new" })
      const [request] = server.received
      assert.strictEqual(request!.method, "POST")
      assert.strictEqual(request!.url, "/v1/skills")
      assert.strictEqual(request!.headers.authorization, "Bearer Atza|static-token")
      assert.deepStrictEqual(JSON.parse(request!.body), { ...manifest, vendorId: "M1VENDOR" })
    }))

  it.scopedLive("a JSON flag that does not parse, or is not the object it fills, is refused; nothing is sent", () =>
    Effect.gen(function*() {
      const server = yield* loopback()
      const env = loopbackEnv(server.url, { ASK_VENDOR_ID: "M1VENDOR" })
      const broken = failedWith(
        yield* smapi(["create-skill-for-vendor", "--manifest", "{\"manifest\": {bad"], env),
        1,
        "usage error: --manifest is not valid JSON \\(from character 15\\)"
      )
      assert.strictEqual(broken.code, "INVALID_FLAG_VALUE")
      // valid JSON of the wrong shape: the operation's own check, before sending
      failedWith(yield* smapi(["create-skill-for-vendor", "--manifest", "\"a manifest\""], env), 10, "BadRequest: ")
      assert.deepStrictEqual(server.received, [])
    }))

  it.scopedLive("--all follows nextToken to the last page, one page a line", () =>
    Effect.gen(function*() {
      const server = yield* loopback(
        { status: 200, body: { skills: [{ skillId: "a" }], isTruncated: true, nextToken: "page-2" } },
        { status: 200, body: { skills: [{ skillId: "b" }], isTruncated: false } }
      )
      const result = yield* smapi(
        ["list-skills-for-vendor", "--all", "--max-results", "1"],
        loopbackEnv(server.url, { ASK_VENDOR_ID: "M1VENDOR" })
      )
      assert.strictEqual(result.code, 0, result.stderr)
      const pages = result.stdout.trim().split("\n").map((line) => JSON.parse(line))
      assert.deepStrictEqual(pages.map((page) => page.skills[0].skillId), ["a", "b"])
      assert.deepStrictEqual(server.received.map((r) => r.url), [
        "/v1/skills?vendorId=M1VENDOR&maxResults=1",
        "/v1/skills?vendorId=M1VENDOR&nextToken=page-2&maxResults=1"
      ])
    }))

  it.scopedLive("17: Conflict, for an operation that declares 409; the testers' emails as ask-cli sends them", () =>
    Effect.gen(function*() {
      const server = yield* loopback({ status: 409, body: { message: "A tester is already in the beta test." } })
      const result = yield* smapi(
        ["add-testers-to-beta-test", "-s", "S1", "--testers-emails", "a@example.com,b@example.com"],
        loopbackEnv(server.url)
      )
      failedWith(result, 17, "Conflict: A tester is already in the beta test\\. \\(HTTP 409")
      assert.strictEqual(server.received[0]!.url, "/v1/skills/S1/betaTest/testers/add")
      assert.deepStrictEqual(JSON.parse(server.received[0]!.body), {
        testers: [{ emailId: "a@example.com" }, { emailId: "b@example.com" }]
      })
    }))

  it.scopedLive("18: PreconditionFailed, for an operation that declares 412; --if-match and --stage's default", () =>
    Effect.gen(function*() {
      const server = yield* loopback({ status: 412, body: { message: "The ETag does not match." } })
      const result = yield* smapi(
        [
          "set-interaction-model",
          "-s",
          "S1",
          "-l",
          "en-US",
          "--interaction-model",
          "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"hello\",\"intents\":[{\"name\":\"AMAZON.StopIntent\"}]}}}",
          "--if-match",
          "etag-1"
        ],
        loopbackEnv(server.url)
      )
      failedWith(result, 18, "PreconditionFailed: The ETag does not match\\.")
      const [request] = server.received
      assert.strictEqual(request!.method, "PUT")
      assert.strictEqual(request!.url, "/v1/skills/S1/stages/development/interactionModel/locales/en-US")
      assert.strictEqual(request!.headers["if-match"], "etag-1")
      assert.deepStrictEqual(JSON.parse(request!.body), {
        interactionModel: { languageModel: { invocationName: "hello", intents: [{ name: "AMAZON.StopIntent" }] } }
      })
    }))
})
