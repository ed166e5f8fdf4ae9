/**
 * Without --reveal, no secret reaches the CLI's output, whatever the secrets hold and however
 * the call ends. The command runs in-process, with a test transport playing LWA and SMAPI and a
 * console that keeps every line.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cli from "@smapi-effect/cli/Cli"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as FastCheck from "effect/FastCheck"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/TestClock"
import * as util from "node:util"

const capturing = (lines: Array<string>): Console.Console => {
  const keep = (...args: ReadonlyArray<unknown>) =>
    Effect.sync(() => void lines.push(args.map((a) => (typeof a === "string" ? a : util.inspect(a))).join(" ")))
  const unsafeKeep = (...args: ReadonlyArray<unknown>) => void lines.push(args.map(String).join(" "))
  return {
    [Console.TypeId]: Console.TypeId,
    assert: (_c, ...args) => keep(...args),
    clear: Effect.void,
    count: () => Effect.void,
    countReset: () => Effect.void,
    debug: keep,
    dir: (item) => keep(item),
    dirxml: keep,
    error: keep,
    group: () => Effect.void,
    groupEnd: Effect.void,
    info: keep,
    log: keep,
    table: (data) => keep(data),
    time: () => Effect.void,
    timeEnd: () => Effect.void,
    timeLog: (_l, ...args) => keep(...args),
    trace: keep,
    warn: keep,
    unsafe: {
      ...console,
      log: unsafeKeep,
      error: unsafeKeep,
      info: unsafeKeep,
      warn: unsafeKeep,
      debug: unsafeKeep,
      trace: unsafeKeep
    }
  }
}

const secret = (marker: string) => FastCheck.string({ minLength: 1, maxLength: 40 }).map((s) => `${marker}${s}`)

const expectedCode: Record<number, number> = {
  200: Cli.exitCodes.success,
  401: Cli.exitCodes.Unauthorized,
  404: Cli.exitCodes.NotFound,
  429: Cli.exitCodes.RateLimited,
  503: Cli.exitCodes.Unavailable
}

describe("smapi-credentials and secrets", () => {
  it.effect.prop(
    "no client secret, refresh token, access token or skill secret in the output without --reveal",
    {
      clientSecret: secret("CS-"),
      refreshToken: secret("RT-"),
      accessToken: FastCheck.stringMatching(/^[\x21-\x7e]{1,40}$/).map((s) => `Atza|AT-${s}`),
      skillSecret: secret("SS-"),
      smapiStatus: FastCheck.constantFrom(200, 401, 404, 429, 503),
      output: FastCheck.constantFrom("json", "text")
    },
    ({ accessToken, clientSecret, output, refreshToken, skillSecret, smapiStatus }) =>
      Effect.gen(function*() {
        const lines: Array<string> = []
        const transport = TestHttpTransport.layer((request) =>
          Effect.succeed(
            request.url.endsWith("/auth/o2/token")
              ? TestHttpTransport.respond(200, {
                access_token: accessToken,
                token_type: "bearer",
                expires_in: 3600,
                refresh_token: refreshToken
              })
              : smapiStatus === 200
              ? TestHttpTransport.respond(200, {
                skillMessagingCredentials: { clientId: "id", clientSecret: skillSecret }
              })
              : TestHttpTransport.respond(smapiStatus, { message: "no" }, { "retry-after": "0" })
          )
        )
        const run = Cli.run(["get", "amzn1.ask.skill.x", "--output", output, "--max-attempts", "2"], {
          stdoutIsTty: false,
          stderrIsTty: false,
          transport: () => transport
        }).pipe(
          Effect.withConsole(capturing(lines)),
          Effect.withConfigProvider(ConfigProvider.fromJson({
            ASK_LWA_CLIENT_ID: "amzn1.application-oa2-client.x",
            ASK_LWA_CLIENT_CONFIRMATION: clientSecret,
            ASK_REFRESH_TOKEN: refreshToken
          }))
        )
        // retries wait on the test clock: move it on while the command runs
        const fiber = yield* Effect.fork(run)
        yield* TestClock.adjust("1 minute")
        assert.strictEqual(yield* Fiber.join(fiber), expectedCode[smapiStatus])
        assert.isAbove(lines.length, 0)
        for (const line of lines) {
          for (const value of [clientSecret, refreshToken, accessToken, skillSecret]) assert.notInclude(line, value)
        }
      }),
    { fastCheck: { numRuns: 60 } }
  )

  it.effect("--reveal shows the skill's secret, and only that", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const transport = TestHttpTransport.layer((request) =>
        Effect.succeed(
          request.url.endsWith("/auth/o2/token")
            ? TestHttpTransport.respond(200, { access_token: "Atza|AT-secret", token_type: "bearer", expires_in: 3600 })
            : TestHttpTransport.respond(200, {
              skillMessagingCredentials: { clientId: "id", clientSecret: "SS-shown" }
            })
        )
      )
      yield* Cli.run(["get", "amzn1.ask.skill.x", "--reveal"], {
        stdoutIsTty: false,
        stderrIsTty: false,
        transport: () => transport
      }).pipe(
        Effect.withConsole(capturing(lines)),
        Effect.withConfigProvider(ConfigProvider.fromJson({
          ASK_LWA_CLIENT_ID: "id",
          ASK_LWA_CLIENT_CONFIRMATION: "CS-hidden",
          ASK_REFRESH_TOKEN: "RT-hidden"
        }))
      )
      assert.deepStrictEqual(lines, [
        "{\"skillMessagingCredentials\":{\"clientId\":\"id\",\"clientSecret\":\"SS-shown\"}}"
      ])
    }))
})

describe("smapi-credentials and colour", () => {
  const run = (env: Record<string, string>, tty: boolean) =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const code = yield* Cli.run(["get", "amzn1.ask.skill.x", "--output", "text"], {
        stdoutIsTty: tty,
        stderrIsTty: tty,
        transport: () =>
          TestHttpTransport.layer(() => Effect.succeed(TestHttpTransport.respond(404, { message: "no" })))
      }).pipe(
        Effect.withConsole(capturing(lines)),
        Effect.withConfigProvider(ConfigProvider.fromJson({ ASK_ACCESS_TOKEN: "Atza|x", ...env }))
      )
      return { code, text: lines.join("\n") }
    })

  it.effect("on a terminal, colour; with NO_COLOR set, or off a terminal, none", () =>
    Effect.gen(function*() {
      const esc = "\u001b["
      const terminal = yield* run({}, true)
      assert.strictEqual(terminal.code, Cli.exitCodes.NotFound)
      assert.include(terminal.text, esc)
      assert.notInclude((yield* run({ NO_COLOR: "1" }, true)).text, esc)
      assert.include((yield* run({ NO_COLOR: "" }, true)).text, esc, "an empty NO_COLOR does not count")
      assert.notInclude((yield* run({}, false)).text, esc)
    }))
})
