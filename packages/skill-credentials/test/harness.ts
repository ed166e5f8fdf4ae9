import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Lwa from "@smapi-effect/test-kit/Lwa"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

export const accessToken = "Atza|IwEBIexample-access-token"
export const clientId = "amzn1.application-oa2-client.0123456789abcdef"
export const clientSecret = "0123456789abcdef-very-secret-client-secret"
export const skillId = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012"

export const ok = (id = clientId, secret = clientSecret) =>
  TestHttpTransport.respond(200, { skillMessagingCredentials: { clientId: id, clientSecret: secret } })

export const error = (status: number, code?: string, message?: string, headers: Record<string, string> = {}) =>
  TestHttpTransport.respond(status, { ...(code ? { code } : {}), ...(message ? { message } : {}) }, headers)

/** SkillCredentials over a scripted (or handled) test transport and a static token. */
export const layer = (
  transport: ReadonlyArray<TestHttpTransport.Step> | TestHttpTransport.Handler,
  options: SkillCredentials.Options & { readonly auth?: Layer.Layer<LwaAuth.LwaAuth> } = {}
) =>
  SkillCredentials.layer(options).pipe(
    Layer.provideMerge(Lwa.transport(transport)),
    Layer.provide(options.auth ?? LwaAuth.layerStatic(accessToken)),
    Layer.orDie
  )

export { withTime } from "@smapi-effect/test-kit/Time"

export const requests = TestHttpTransport.requests

export const header = (request: HttpTransport.HttpRequest, name: string) => {
  const value = request.headers[name]
  return value === undefined ? undefined : HttpTransport.reveal(value)
}

export const secretOf = (credentials: { skillMessagingCredentials: { clientSecret: Redacted.Redacted<string> } }) =>
  Redacted.value(credentials.skillMessagingCredentials.clientSecret)

/** A handler that plays `steps` in order and notes the (test) clock time of each request. */
export const timed = (steps: ReadonlyArray<TestHttpTransport.Step | ((now: number) => TestHttpTransport.Step)>) => {
  const times: Array<number> = []
  const handler: TestHttpTransport.Handler = (request, index) =>
    Effect.flatMap(Clock.currentTimeMillis, (now) => {
      times.push(now)
      const step = steps[index]!
      return TestHttpTransport.play(typeof step === "function" ? step(now) : step, request)
    })
  /** The waits between consecutive requests. */
  const gaps = () => times.slice(1).map((t, i) => t - times[i]!)
  return { handler, times, gaps }
}
