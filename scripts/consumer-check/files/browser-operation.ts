// One generated operation as a browser bundle, by its subpath: the engine and one description,
// with the schemas that operation needs. The consumer check holds it within 10 kB gzip of the core.
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import { HttpTransport } from "@smapi-effect/http-transport"
import { LwaAuth } from "@smapi-effect/lwa-auth"
import * as Operations from "@smapi-effect/smapi/Operations"
import { Effect, Layer, Redacted } from "effect"

const layer = SmapiClient.layer().pipe(
  Layer.provide(LwaAuth.layerStatic(Redacted.make("Atza|from-your-backend"))),
  Layer.provide(HttpTransport.layerFetch())
)

export const status = (skillId: string) =>
  Effect.runPromise(SmapiClient.call(Operations.getSkillStatusV1, { skillId }).pipe(Effect.provide(layer)))
