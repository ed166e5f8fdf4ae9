// The shared token in one process with several members (each with its own Redis connection, as
// separate processes have), against a real redis-server whose failures are real too: connections
// killed (CLIENT KILL) and a Redis too slow to answer in time (CLIENT PAUSE).
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FastCheck from "effect/FastCheck"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Redacted from "effect/Redacted"
import * as Scope from "effect/Scope"
import * as Fleet from "../src/Fleet.js"
import { type RedisServer, redisServer } from "./harness.js"

let scope: Scope.CloseableScope
let redis: RedisServer

beforeAll(async () => {
  scope = await Effect.runPromise(Scope.make())
  redis = await Effect.runPromise(Scope.extend(redisServer, scope))
})
afterAll(() => Effect.runPromise(Scope.close(scope, Exit.void)))

const credentials: LwaAuth.FromConfig = {
  _tag: "RefreshToken",
  options: {
    clientId: "amzn1.application-oa2-client.property",
    clientSecret: Redacted.make("secret"),
    refreshToken: Redacted.make("Atzr|property"),
    endpoint: "http://127.0.0.1:9000"
  }
}

type Op =
  | { readonly _tag: "Get"; readonly member: number }
  | { readonly _tag: "Reject"; readonly member: number }
  | { readonly _tag: "Kill" }
  | { readonly _tag: "Pause" }
  | { readonly _tag: "Wait" }

const members = 2
const op: FastCheck.Arbitrary<Op> = FastCheck.oneof(
  { weight: 4, arbitrary: FastCheck.nat(members - 1).map((member) => ({ _tag: "Get", member }) as const) },
  { weight: 2, arbitrary: FastCheck.nat(members - 1).map((member) => ({ _tag: "Reject", member }) as const) },
  { weight: 1, arbitrary: FastCheck.constant({ _tag: "Kill" } as const) },
  { weight: 1, arbitrary: FastCheck.constant({ _tag: "Pause" } as const) },
  // long enough for a member to come back to Redis after a failure
  { weight: 1, arbitrary: FastCheck.constant({ _tag: "Wait" } as const) }
)

const number = (token: Redacted.Redacted<string>) => Number(Redacted.value(token).replace("Atza|token-", ""))

describe("SharedToken over a real Redis", () => {
  it.scopedLive.prop(
    "any interleaving of refreshes, 401s and Redis failures: every token is one LWA issued, never older than one had before",
    { batches: FastCheck.array(FastCheck.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }) },
    ({ batches }) =>
      Effect.gen(function*() {
        const admin = yield* redis.admin
        yield* Effect.promise(() => admin.flushall())
        // LWA: issues token n+1 to the n-th request, whichever member sends it
        let issued = 0
        const lwa = TestHttpTransport.layer(() =>
          Effect.sync(() => ++issued).pipe(
            Effect.map((n) =>
              TestHttpTransport.respond(200, {
                access_token: `Atza|token-${n}`,
                token_type: "bearer",
                expires_in: 3600
              })
            ),
            Effect.delay("2 millis")
          )
        )
        const auths = yield* Effect.forEach(Array.from({ length: members }), () =>
          Effect.map(
            Layer.build(
              Fleet.layer(credentials, {
                redisUrl: redis.url,
                redis: { timeout: "150 millis", cooldown: "200 millis" },
                token: { lockTtl: "1 second" }
              }).pipe(Layer.provide(lwa))
            ),
            Context.get(LwaAuth.LwaAuth)
          ))
        const seen = auths.map(() => [] as Array<number>)
        const take = (member: number) =>
          Effect.map(auths[member]!.token, (token) => {
            seen[member]!.push(number(token))
            return token
          })
        const run = (o: Op): Effect.Effect<unknown, unknown> => {
          switch (o._tag) {
            case "Get":
              return take(o.member)
            case "Reject":
              return Effect.flatMap(take(o.member), (token) => auths[o.member]!.invalidate(token))
            case "Kill":
              return Effect.promise(() => admin.client("KILL", "TYPE", "normal", "SKIPME", "yes"))
            case "Pause":
              return Effect.promise(() => admin.client("PAUSE", 300, "ALL"))
            case "Wait":
              return Effect.sleep("400 millis")
          }
        }
        for (const batch of batches) {
          yield* Effect.forEach(batch, run, { concurrency: "unbounded", discard: true })
        }
        yield* Effect.forEach(auths.map((_, member) => member), take, { discard: true })
        for (const tokens of seen) {
          for (const [i, n] of tokens.entries()) {
            assert.isTrue(n >= 1 && n <= issued, `token ${n} was never issued`)
            if (i > 0) assert.isAtLeast(n, tokens[i - 1]!, `token ${n} after ${tokens[i - 1]}: ${JSON.stringify(seen)}`)
          }
        }
      }).pipe(Logger.withMinimumLogLevel(LogLevel.Error)),
    { timeout: 120_000, fastCheck: { numRuns: 30 } }
  )

  it.scopedLive("three members, 300 cold calls between them: one token request", () =>
    Effect.gen(function*() {
      const admin = yield* redis.admin
      yield* Effect.promise(() => admin.flushall())
      let issued = 0
      const lwa = TestHttpTransport.layer(() =>
        Effect.sync(() => ++issued).pipe(
          Effect.map((n) =>
            TestHttpTransport.respond(200, { access_token: `Atza|token-${n}`, token_type: "bearer", expires_in: 3600 })
          ),
          Effect.delay("20 millis")
        )
      )
      const auths = yield* Effect.forEach(Array.from({ length: 3 }), () =>
        Effect.map(
          Layer.build(Fleet.layer(credentials, { redisUrl: redis.url }).pipe(Layer.provide(lwa))),
          Context.get(LwaAuth.LwaAuth)
        ))
      const tokens = yield* Effect.forEach(
        Array.from({ length: 300 }, (_, i) => auths[i % 3]!.token),
        (t) => t,
        {
          concurrency: "unbounded"
        }
      )
      assert.strictEqual(issued, 1)
      assert.strictEqual(new Set(tokens.map(Redacted.value)).size, 1)
    }))
})
