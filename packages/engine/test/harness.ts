import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as TestClock from "effect/TestClock"

export const accessToken = "Atza|IwEBIexample-access-token"

export const error = (status: number, headers: Record<string, string> = {}) =>
  TestHttpTransport.respond(status, { message: `HTTP ${status} from the test` }, headers)

/** The engine over a scripted (or handled) test transport and `auth` (a static token by default). */
export const layer = (
  transport: ReadonlyArray<TestHttpTransport.Step> | TestHttpTransport.Handler,
  options: SmapiClient.Options & { readonly auth?: Layer.Layer<LwaAuth.LwaAuth> } = {}
) =>
  SmapiClient.layer(options).pipe(
    Layer.provideMerge(
      typeof transport === "function" ? TestHttpTransport.layer(transport) : TestHttpTransport.layerScript(transport)
    ),
    Layer.provide(options.auth ?? LwaAuth.layerStatic(accessToken)),
    Layer.orDie
  )

/** Runs `effect` in a fiber while the test clock moves on by `by`, so that back-off sleeps pass. */
export const withTime = <A, E, R>(effect: Effect.Effect<A, E, R>, by: Duration.DurationInput = "5 minutes") =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    yield* TestClock.adjust(by)
    return yield* Fiber.join(fiber)
  })
