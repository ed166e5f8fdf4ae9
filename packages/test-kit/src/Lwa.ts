import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"

/** Whether a recorded request went to LWA's token endpoint. */
export const isToken = (request: HttpTransport.HttpRequest) => request.url.endsWith("/auth/o2/token")

/** LWA's answer issuing the (n+1)-th token. */
export const issued = (n: number, extra: Record<string, unknown> = {}) =>
  TestHttpTransport.respond(200, {
    access_token: `Atza|token-${n + 1}`,
    token_type: "bearer",
    expires_in: 3600,
    ...extra
  })

/** SMAPI's answer with a skill's credentials. */
export const credentials = (clientId = "skill-client", clientSecret = "skill-secret") =>
  TestHttpTransport.respond(200, { skillMessagingCredentials: { clientId, clientSecret } })

/** A test transport for `steps` (a script) or a handler. */
export const transport = (steps: ReadonlyArray<TestHttpTransport.Step> | TestHttpTransport.Handler) =>
  typeof steps === "function" ? TestHttpTransport.layer(steps) : TestHttpTransport.layerScript(steps)
