/**
 * The whole stack over real HTTP: SkillCredentials on the portable fetch transport, against a
 * loopback server that plays SMAPI.
 */
import { assert, describe, it } from "@effect/vitest"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as http from "node:http"
import type { AddressInfo } from "node:net"

const smapi = (answers: Array<{ status: number; body: unknown; headers?: Record<string, string> }>) =>
  Effect.acquireRelease(
    Effect.async<{ url: string; paths: Array<string>; auth: Array<string | undefined>; srv: http.Server }>(
      (resume) => {
        const paths: Array<string> = []
        const auth: Array<string | undefined> = []
        const srv = http.createServer((req, res) => {
          paths.push(req.url!)
          auth.push(req.headers.authorization)
          const answer = answers[Math.min(paths.length - 1, answers.length - 1)]!
          res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers })
          res.end(JSON.stringify(answer.body))
        })
        srv.listen(0, "127.0.0.1", () => {
          resume(Effect.succeed({ url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, paths, auth, srv }))
        })
      }
    ),
    ({ srv }) =>
      Effect.async<void>((resume) => {
        srv.close(() => resume(Effect.void))
      })
  )

const stack = (endpoint: string) =>
  SkillCredentials.layer({ endpoint, retry: RetryPolicy.make({ baseDelay: "1 millis" }) }).pipe(
    Layer.provide(HttpTransport.layerFetch()),
    Layer.provide(LwaAuth.layerStatic("Atza|integration-token")),
    Layer.orDie
  )

describe("SkillCredentials over the fetch transport", () => {
  it.scopedLive("retries a 503 and decodes the credentials", () =>
    Effect.gen(function*() {
      const server = yield* smapi([
        { status: 503, body: { message: "busy" } },
        { status: 200, body: { skillMessagingCredentials: { clientId: "id-1", clientSecret: "secret-1" } } }
      ])
      const credentials = yield* SkillCredentials.get("amzn1.ask.skill.a/b").pipe(Effect.provide(stack(server.url)))
      assert.strictEqual(credentials.skillMessagingCredentials.clientId, "id-1")
      assert.strictEqual(Redacted.value(credentials.skillMessagingCredentials.clientSecret), "secret-1")
      assert.deepStrictEqual(server.paths, [
        "/v1/skills/amzn1.ask.skill.a%2Fb/credentials",
        "/v1/skills/amzn1.ask.skill.a%2Fb/credentials"
      ])
      assert.deepStrictEqual(server.auth, ["Bearer Atza|integration-token", "Bearer Atza|integration-token"])
    }))

  it.scopedLive("a 404 is NotFound with the server's message and request id", () =>
    Effect.gen(function*() {
      const server = yield* smapi([{
        status: 404,
        body: { message: "Skill amzn1.ask.skill.x not found." },
        headers: { "x-amzn-requestid": "rid-42" }
      }])
      const failure = yield* Effect.flip(
        SkillCredentials.get("amzn1.ask.skill.x").pipe(Effect.provide(stack(server.url)))
      )
      assert.strictEqual(failure._tag, "NotFound")
      assert.strictEqual(failure.message, "Skill amzn1.ask.skill.x not found.")
      assert.strictEqual(failure.requestId, "rid-42")
      assert.strictEqual(failure.attempts, 1)
    }))
})
