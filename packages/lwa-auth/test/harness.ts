import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as Lwa from "@smapi-effect/test-kit/Lwa"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"

export const clientId = "amzn1.application-oa2-client.test"
export const clientSecret = Redacted.make("lwa-client-secret-value")
export const refreshToken = Redacted.make("Atzr|refresh-token-value")

export const form = (request: HttpTransport.HttpRequest) => new URLSearchParams(TestHttpTransport.bodyText(request))

export interface FakeLwa {
  /** Answers the n-th token request (from 0); default: `Atza|token-{n+1}`, an hour. */
  readonly token?: (n: number, request: HttpTransport.HttpRequest) => Effect.Effect<HttpTransport.HttpResponse, never>
  /** Answers SMAPI; default 200 with credentials. */
  readonly smapi?: (request: HttpTransport.HttpRequest) => HttpTransport.HttpResponse
}

const { isToken, issued } = Lwa
export { issued, isToken }
export const credentials = Lwa.credentials()

/** A test transport that plays LWA and SMAPI, routing by path. */
export const fakeLwa = (fake: FakeLwa = {}) => {
  let tokens = 0
  return TestHttpTransport.layer((request) =>
    isToken(request)
      ? Effect.suspend(() => (fake.token ?? ((n) => Effect.succeed(issued(n))))(tokens++, request))
      : Effect.succeed((fake.smapi ?? (() => credentials))(request))
  )
}

export const tokenRequests = Effect.map(TestHttpTransport.requests, (all) => all.filter(isToken))
export const smapiRequests = Effect.map(TestHttpTransport.requests, (all) => all.filter((r) => !isToken(r)))
export const bearerOf = (request: HttpTransport.HttpRequest) => HttpTransport.reveal(request.headers.authorization!)
