import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Smapi from "@smapi-effect/smapi/Smapi"
import * as Lwa from "@smapi-effect/test-kit/Lwa"
import * as Layer from "effect/Layer"

export const accessToken = "Atza|IwEBIexample-access-token"

export const error = (status: number, headers: Record<string, string> = {}) =>
  TestHttpTransport.respond(status, { message: `HTTP ${status} from the test` }, headers)

/** The engine over a scripted (or handled) test transport and `auth` (a static token by default). */
export const layer = (
  transport: ReadonlyArray<TestHttpTransport.Step> | TestHttpTransport.Handler,
  options: SmapiClient.Options & { readonly auth?: Layer.Layer<LwaAuth.LwaAuth> } = {}
) =>
  SmapiClient.layer(options).pipe(
    Layer.provideMerge(Lwa.transport(transport)),
    Layer.provide(options.auth ?? LwaAuth.layerStatic(accessToken)),
    Layer.orDie
  )

export { withTime } from "@smapi-effect/test-kit/Time"

/** The `Smapi` service over a scripted (or handled) test transport and a static token. */
export const smapiLayer = (transport: ReadonlyArray<TestHttpTransport.Step> | TestHttpTransport.Handler) =>
  Smapi.layer().pipe(
    Layer.provideMerge(Lwa.transport(transport)),
    Layer.provide(LwaAuth.layerStatic(accessToken)),
    Layer.orDie
  )
