import { closedPort } from "@smapi-effect/test-kit/Server"
/**
 * Faults, hostile input, interruption and load over real HTTP: the emulator (or a closed port)
 * on one side, the whole stack on the fast Node transport on the other. Every call must end in
 * the credentials or one of the seven errors, without leaking sockets or timers.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Fault from "@smapi-effect/emulator/Fault"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as SkillCredentialsError from "@smapi-effect/skill-credentials/SkillCredentialsError"
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

const { skillId } = Emulator.demo

const stack = (
  url: string,
  options: {
    readonly retry?: RetryPolicy.RetryPolicy
    readonly lwa?: Partial<LwaAuth.RefreshTokenOptions>
    readonly transport?: Layer.Layer<HttpTransport.HttpTransport>
  } = {}
) =>
  SkillCredentials.layer({ endpoint: url, retry: options.retry ?? RetryPolicy.make({ baseDelay: "5 millis" }) }).pipe(
    Layer.provide(LwaAuth.layerRefreshToken({
      clientId: Emulator.demo.clientId,
      clientSecret: Redacted.make(Emulator.demo.clientSecret),
      refreshToken: Redacted.make(Emulator.demo.refreshToken),
      endpoint: url,
      ...options.lwa
    })),
    Layer.provide(options.transport ?? NodeHttpTransport.layer()),
    Layer.orDie
  )

/** The tag of the outcome, or "ok". Defects and interruptions fail the test. */
const outcome = <R>(effect: Effect.Effect<unknown, SkillCredentialsError.SkillCredentialsError, R>) =>
  effect.pipe(
    Effect.as("ok"),
    Effect.catchAll((e) => Effect.succeed(e._tag)),
    Effect.catchAllDefect((d) => Effect.die(`a defect escaped: ${String(d)}`))
  )

const get = (id: string = skillId) => SkillCredentials.get(id)

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length

const waitUntil = (check: Effect.Effect<boolean>, what: string) =>
  Effect.gen(function*() {
    for (let i = 0; i < 200; i++) {
      if (yield* check) return
      yield* Effect.sleep("10 millis")
    }
    assert.fail(`timed out waiting until ${what}`)
  })

describe("faults", () => {
  it.scopedLive("connection refused: Unavailable after the retries", () =>
    Effect.gen(function*() {
      const port = yield* closedPort
      const failure = yield* Effect.flip(get().pipe(Effect.provide(stack(`http://127.0.0.1:${port}`))))
      assert.strictEqual(failure._tag, "Unavailable")
      assert.strictEqual(failure.code, "ConnectionRefused")
      assert.strictEqual(failure.attempts, 4)
    }))

  for (
    const [name, fault] of [
      ["a reset before the headers", Fault.dropBeforeHeaders],
      ["a reset during the body", Fault.dropDuringBody]
    ] as const
  ) {
    it.scopedLive(`${name} is retried to success`, () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.make()
        yield* emulator.inject("credentials", fault)
        assert.strictEqual(yield* outcome(get().pipe(Effect.provide(stack(emulator.url)))), "ok")
        assert.strictEqual(yield* emulator.count("credentials"), 2)
      }))
  }

  it.scopedLive("a server that stalls after the headers: the attempt timeout fires and the call is retried", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.inject("credentials", Fault.stallAfterHeaders)
      const retry = RetryPolicy.make({ attemptTimeout: "200 millis", baseDelay: "5 millis" })
      assert.strictEqual(yield* outcome(get().pipe(Effect.provide(stack(emulator.url, { retry })))), "ok")
      assert.strictEqual(yield* emulator.count("credentials"), 2)
    }))

  it.scopedLive("a slow-drip body longer than the attempt timeout: timed out, retried", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.inject("credentials", Fault.drip(10, 20))
      const retry = RetryPolicy.make({ attemptTimeout: "300 millis", baseDelay: "5 millis" })
      assert.strictEqual(yield* outcome(get().pipe(Effect.provide(stack(emulator.url, { retry })))), "ok")
      assert.deepStrictEqual((yield* emulator.log).filter((e) => e.route === "credentials").map((e) => e.outcome), [
        "Drip",
        200
      ])
    }))

  it.scopedLive("429 with Retry-After in seconds, as an HTTP date, and as garbage", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const layer = stack(emulator.url, { retry: RetryPolicy.make({ rateLimitBaseDelay: "10 millis" }) })
      for (const kind of ["seconds", "date", "garbage"] as const) {
        // an HTTP date has whole seconds: 2.5 s ahead is at least 1.5 s ahead
        const retryAfter = kind === "seconds"
          ? "1"
          : kind === "date"
          ? new Date(Date.now() + 2500).toUTCString()
          : "soon"
        yield* emulator.inject("credentials", Fault.status(429, { retryAfter }))
        const start = Date.now()
        assert.strictEqual(yield* outcome(get().pipe(Effect.provide(layer))), "ok")
        const waited = Date.now() - start
        if (kind === "garbage") assert.isBelow(waited, 500, "garbage is ignored: the back-off applies")
        else assert.isAtLeast(waited, 950, `Retry-After ${retryAfter} honoured (waited ${waited} ms)`)
      }
    }))

  it.scopedLive("429 with Retry-After of one hour: fails at once, carrying it", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.inject("credentials", Fault.status(429, { retryAfter: 3600 }))
      const start = Date.now()
      const failure = yield* Effect.flip(get().pipe(Effect.provide(stack(emulator.url))))
      assert.strictEqual(failure._tag, "RateLimited")
      assert.deepStrictEqual(failure.retryAfter, Duration.hours(1))
      assert.strictEqual(failure.attempts, 1)
      assert.isBelow(Date.now() - start, 1000)
    }))

  it.scopedLive("a 503 storm drains the retry budget: later calls make one attempt until successes refill it", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const retry = RetryPolicy.make({ baseDelay: "1 millis", budget: { capacity: 30 } })
      const layer = stack(emulator.url, { retry })
      yield* Effect.gen(function*() {
        yield* get() // the token, and one success
        yield* emulator.inject("credentials", ...Array.from({ length: 5 }, () => Fault.status(503)))
        assert.strictEqual((yield* Effect.flip(get())).attempts, 4, "three retries spend the 30 tokens")
        assert.strictEqual((yield* Effect.flip(get())).attempts, 1, "an empty budget: no retry")
        const before = yield* emulator.count("credentials")
        for (let i = 0; i < 10; i++) yield* get()
        yield* emulator.inject("credentials", Fault.status(503))
        assert.strictEqual(yield* outcome(get()), "ok", "ten successes bought one retry")
        assert.strictEqual((yield* emulator.count("credentials")) - before, 12)
      }).pipe(Effect.provide(layer))
    }))

  it.scopedLive("LWA down while the cached token is valid: calls succeed, even inside the refresh window", () =>
    Effect.gen(function*() {
      // tokens live 2 s, so the cache wants a new one after 1 s (half the lifetime)
      const emulator = yield* Emulator.make({ tokenLifetimeSeconds: 2 })
      yield* Effect.gen(function*() {
        yield* get()
        yield* Effect.sleep("1200 millis")
        yield* emulator.inject("token", ...Array.from({ length: 5 }, () => Fault.status(503)))
        for (let i = 0; i < 3; i++) assert.strictEqual(yield* outcome(get()), "ok")
      }).pipe(Effect.provide(stack(emulator.url)))
      assert.isAtLeast(yield* emulator.count("token"), 2, "refreshes were tried, and failed")
    }))

  for (
    const [name, body, expected] of [
      ["malformed JSON", "{\"access_token\":\"Atza|", "ServerError"],
      [
        "a token_type other than bearer",
        "{\"access_token\":\"Atza|x\",\"token_type\":\"mac\",\"expires_in\":3600}",
        "ServerError"
      ]
    ] as const
  ) {
    it.scopedLive(`LWA answering ${name}: ${expected}`, () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.make()
        yield* emulator.inject("token", Fault.raw(body))
        assert.strictEqual(yield* outcome(get().pipe(Effect.provide(stack(emulator.url)))), expected)
      }))
  }
})

it.scopedLive("LWA answering without expires_in: the token is used (LWA's hour assumed)", () =>
  Effect.gen(function*() {
    const emulator = yield* Emulator.make()
    yield* emulator.inject("token", Fault.raw("{\"access_token\":\"Atza|never-issued\",\"token_type\":\"bearer\"}"))
    assert.strictEqual(yield* outcome(get().pipe(Effect.provide(stack(emulator.url)))), "ok")
    // the token was accepted and sent; the emulator never issued it, so: 401, refresh, replay
    const log = (yield* emulator.log).map((e) => `${e.route} ${e.outcome}`)
    assert.deepStrictEqual(log, ["token 200", "credentials 401", "token 200", "credentials 200"])
  }))

describe("hostile input", () => {
  const ids = [
    "a/b",
    "..x",
    "q?x=1",
    "h#frag",
    "p%2Fpercent%",
    "crlf\r\nX-Injected: 1",
    "nul\u0000byte",
    "astral 😀 𝔘",
    "x".repeat(255),
    "😀".repeat(255)
  ]
  it.scopedLive("skill ids with / .. ? # % CR/LF NUL astral unicode, and 255 characters, reach SMAPI as one segment", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      for (const id of ids) {
        yield* emulator.addSkill({
          skillId: id,
          vendorId: "M1EMULATOR",
          clientId: `client-for-${ids.indexOf(id)}`,
          clientSecret: "s"
        })
      }
      yield* Effect.gen(function*() {
        for (const id of ids) {
          const credentials = yield* get(id)
          assert.strictEqual(
            credentials.skillMessagingCredentials.clientId,
            `client-for-${ids.indexOf(id)}`,
            JSON.stringify(id)
          )
        }
      }).pipe(Effect.provide(stack(emulator.url)))
    }))

  it.scopedLive("256 characters, '.', '..' and a lone surrogate are refused before anything is sent", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      for (const id of ["x".repeat(256), "😀".repeat(256), ".", "..", "a\ud800"]) {
        const failure = yield* Effect.flip(get(id).pipe(Effect.provide(stack(emulator.url))))
        assert.strictEqual(failure._tag, "BadRequest")
        assert.strictEqual(failure.attempts, 0)
      }
      assert.strictEqual(yield* emulator.count("credentials"), 0)
    }))

  const hugeNesting = "[".repeat(200_000) + "]".repeat(200_000)
  for (
    const [name, body, expected] of [
      [
        "huge (2 MiB)",
        "{\"skillMessagingCredentials\":{\"clientId\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}",
        "ServerError"
      ],
      ["deeply nested", hugeNesting, "ServerError"],
      ["of the wrong types", "{\"skillMessagingCredentials\":{\"clientId\":1,\"clientSecret\":[]}}", "ServerError"],
      ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), "ServerError"],
      [
        "with extra fields",
        "{\"skillMessagingCredentials\":{\"clientId\":\"a\",\"clientSecret\":\"b\",\"x\":1},\"y\":[]}",
        "ok"
      ],
      [
        "with duplicate keys (the last wins, as in JSON.parse)",
        "{\"skillMessagingCredentials\":{\"clientId\":1,\"clientId\":\"a\",\"clientSecret\":\"b\"}}",
        "ok"
      ]
    ] as const
  ) {
    it.scopedLive(`a 200 body ${name}: ${expected}`, () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.make()
        yield* emulator.inject("credentials", Fault.raw(body))
        const rss = process.memoryUsage().rss
        assert.strictEqual(yield* outcome(get().pipe(Effect.provide(stack(emulator.url)))), expected)
        assert.isBelow(process.memoryUsage().rss - rss, 64 * 1024 * 1024, "memory stays bounded")
      }))
  }

  it.scopedLive("CR/LF inside an access token from LWA: refused as a malformed answer, never sent", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      yield* emulator.inject(
        "token",
        Fault.raw("{\"access_token\":\"Atza|a\\r\\nX-Evil: 1\",\"token_type\":\"bearer\",\"expires_in\":3600}")
      )
      assert.strictEqual(yield* outcome(get().pipe(Effect.provide(stack(emulator.url)))), "ServerError")
      assert.strictEqual(yield* emulator.count("credentials"), 0)
    }))

  it.effect("CR/LF inside a static token: Unauthorized, nothing sent", () =>
    Effect.gen(function*() {
      const sent: Array<string> = []
      const transport = Layer.succeed(HttpTransport.HttpTransport, {
        send: (r) => Effect.sync(() => sent.push(r.url)).pipe(Effect.zipRight(Effect.die("nothing may be sent")))
      })
      const failure = yield* Effect.flip(
        get().pipe(Effect.provide(
          SkillCredentials.layer().pipe(
            Layer.provide(LwaAuth.layerStatic("Atza|a\r\nX-Evil: 1")),
            Layer.provide(transport),
            Layer.orDie
          )
        ))
      )
      assert.strictEqual(failure._tag, "Unauthorized")
      assert.strictEqual(failure.code, "INVALID_ACCESS_TOKEN")
      assert.deepStrictEqual(sent, [])
    }))

  for (
    const endpoint of [
      "http://api.amazonalexa.com",
      "http://10.1.2.3:8080",
      "https://user:password@api.amazonalexa.com",
      "https://api.amazonalexa.com/?token=1",
      "not a url",
      "javascript:alert(1)"
    ]
  ) {
    it.effect(`the endpoint ${JSON.stringify(endpoint)} is refused before a token is asked for or sent`, () =>
      Effect.gen(function*() {
        let sent = 0
        const transport = Layer.succeed(HttpTransport.HttpTransport, {
          send: () => Effect.sync(() => sent++).pipe(Effect.zipRight(Effect.die("nothing may be sent")))
        })
        for (const which of ["smapi", "lwa"] as const) {
          const layer = SkillCredentials.layer({
            endpoint: which === "smapi" ? endpoint : "https://api.amazonalexa.com"
          }).pipe(
            Layer.provide(LwaAuth.layerRefreshToken({
              clientId: "c",
              clientSecret: Redacted.make("s"),
              refreshToken: Redacted.make("r"),
              endpoint: which === "lwa" ? endpoint : "https://api.amazon.com"
            })),
            Layer.provide(transport)
          )
          const exit = yield* Effect.exit(get().pipe(Effect.provide(layer)))
          assert.isTrue(Exit.isFailure(exit) && !Cause.isDie(exit.cause), `${which}: a typed configuration error`)
        }
        assert.strictEqual(sent, 0)
      }))
  }
})

describe("interruption leaves nothing behind", () => {
  for (
    const [name, setup] of [
      ["during a request", (e: Emulator.Emulator) => e.inject("credentials", Fault.stallAfterHeaders)],
      ["during a back-off", (e: Emulator.Emulator) => e.inject("credentials", Fault.status(503, { retryAfter: 20 }))],
      ["during a token refresh", (e: Emulator.Emulator) => e.inject("token", Fault.latency(5_000))]
    ] as const
  ) {
    it.scopedLive(`interrupted ${name}: no open socket, no pending timer, no unhandled rejection`, () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.make()
        yield* setup(emulator)
        const timersBefore = timers()
        yield* Effect.scoped(Effect.gen(function*() {
          const fiber = yield* Effect.fork(get().pipe(Effect.provide(stack(emulator.url))))
          // the request this case interrupts has reached the emulator
          yield* waitUntil(
            Effect.map(emulator.count(name.includes("token") ? "token" : "credentials"), (n) => n > 0),
            "the request arrives"
          )
          yield* Effect.sleep("100 millis")
          const exit = yield* Fiber.interrupt(fiber)
          assert.isTrue(Exit.isInterrupted(exit))
        }))
        yield* waitUntil(Effect.map(emulator.connections, (c) => c.open === 0), "every socket is closed")
        assert.isAtMost(timers(), timersBefore, "no timer left pending")
      }))
  }
})

describe("load", () => {
  it.scopedLive(
    "10,000 calls at concurrency 200 with 10% 503s: each a success or a typed error, one token request, no leaked socket",
    () =>
      Effect.gen(function*() {
        const emulator = yield* Emulator.make()
        yield* emulator.inject(
          "credentials",
          ...Array.from({ length: 12_000 }, (_, i) => (i % 10 === 5 ? Fault.status(503) : Fault.pass))
        )
        const rss = process.memoryUsage().rss
        const outcomes = yield* Effect.scoped(Effect.gen(function*() {
          return yield* Effect.forEach(Array.from({ length: 10_000 }), () => outcome(get()), { concurrency: 200 }).pipe(
            Effect.provide(stack(emulator.url))
          )
        }))
        const counts: Record<string, number> = {}
        for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1
        assert.strictEqual(outcomes.length, 10_000)
        for (const tag of Object.keys(counts)) assert.include(["ok", ...SkillCredentialsError.tags], tag)
        assert.isAbove(counts.ok ?? 0, 9_900, JSON.stringify(counts))
        assert.strictEqual(yield* emulator.count("token"), 1)
        yield* waitUntil(Effect.map(emulator.connections, (c) => c.open === 0), "every socket is closed")
        assert.isBelow(process.memoryUsage().rss - rss, 256 * 1024 * 1024)
      }),
    { timeout: 120_000 }
  )
})
