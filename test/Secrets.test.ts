import { isToken } from "@smapi-effect/test-kit/Lwa"
/**
 * Client secret, refresh token and access token never show: not in a log line (Debug, with
 * spans), an error message, a pretty-printed Cause, JSON.stringify or util.inspect of anything
 * the library returns.
 */
import { assert, describe, it } from "@effect/vitest"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FastCheck from "effect/FastCheck"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Redacted from "effect/Redacted"
import * as util from "node:util"

// Markers keep a generated secret from coinciding with ordinary words of the output.
const secret = (marker: string) => FastCheck.string({ minLength: 1, maxLength: 40 }).map((s) => `${marker}${s}`)
const headerSafe = (marker: string) => FastCheck.stringMatching(/^[\x21-\x7e]{1,40}$/).map((s) => `${marker}${s}`)

const show = (value: unknown): Array<string> => {
  const out = [String(value), util.inspect(value, { depth: 20, showHidden: true })]
  try {
    out.push(JSON.stringify(value))
  } catch {
    // a circular value cannot be stringified at all, so it shows nothing either
  }
  if (Exit.isExit(value) && Exit.isFailure(value)) out.push(Cause.pretty(value.cause))
  return out
}

describe("secrets", () => {
  it.effect.prop(
    "never appear in logs, errors, causes or returned values, whatever they hold",
    {
      clientSecret: secret("CS-"),
      refreshToken: secret("RT-"),
      accessToken: headerSafe("Atza|AT-"),
      skillSecret: secret("SS-"),
      smapiStatus: FastCheck.constantFrom(200, 401, 403, 429, 500, 503),
      lwaStatus: FastCheck.constantFrom(200, 400, 429, 500)
    },
    ({ accessToken, clientSecret, lwaStatus, refreshToken, skillSecret, smapiStatus }) =>
      Effect.gen(function*() {
        const lines: Array<string> = []
        const capture = Logger.replace(
          Logger.defaultLogger,
          Logger.map(Logger.logfmtLogger, (line) => void lines.push(line))
        )
        const transport = TestHttpTransport.layer((request) =>
          Effect.succeed(
            isToken(request)
              ? lwaStatus === 200
                ? TestHttpTransport.respond(200, {
                  access_token: accessToken,
                  token_type: "bearer",
                  expires_in: 3600,
                  refresh_token: refreshToken
                })
                : TestHttpTransport.respond(lwaStatus, { error: "invalid_grant", error_description: "bad grant" })
              : smapiStatus === 200
              ? TestHttpTransport.respond(200, {
                skillMessagingCredentials: { clientId: "id", clientSecret: skillSecret }
              })
              : TestHttpTransport.respond(smapiStatus, { message: "no" })
          )
        )
        const stack = SkillCredentials.layer({
          retry: RetryPolicy.make({ maxAttempts: 2, baseDelay: "0 millis", rateLimitBaseDelay: "0 millis" })
        })
          .pipe(
            Layer.provide(LwaAuth.layerRefreshToken({
              clientId: "amzn1.application-oa2-client.x",
              clientSecret: Redacted.make(clientSecret),
              refreshToken: Redacted.make(refreshToken)
            })),
            Layer.provideMerge(transport),
            Layer.orDie
          )
        const exit = yield* SkillCredentials.get("amzn1.ask.skill.a").pipe(
          Effect.withSpan("caller"),
          Effect.tapErrorCause((cause) => Effect.logError("call failed", cause)),
          Effect.tap((c) => Effect.logDebug("got", c)),
          Effect.provide(stack),
          Effect.provide(capture),
          Logger.withMinimumLogLevel(LogLevel.Debug),
          Effect.exit
        )
        assert.isAbove(lines.length, 0, "the logger captured something")
        const outputs = [...lines, ...show(exit)]
        if (Exit.isSuccess(exit)) outputs.push(...show(exit.value), ...show(exit.value.skillMessagingCredentials))
        else if (exit.cause._tag === "Fail") outputs.push(...show(exit.cause.error), exit.cause.error.message)
        for (const output of outputs) {
          for (const value of [clientSecret, refreshToken, accessToken, skillSecret]) {
            assert.notInclude(output, value)
          }
        }
      }),
    { fastCheck: { numRuns: 150 } }
  )
})
