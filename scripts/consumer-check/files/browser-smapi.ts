// Every generated operation as a browser bundle: the `Smapi` service holds all 158.
import { HttpTransport } from "@smapi-effect/http-transport"
import { LwaAuth } from "@smapi-effect/lwa-auth"
import { Smapi } from "@smapi-effect/smapi"
import { Effect, Layer, Redacted } from "effect"

const layer = Smapi.layer().pipe(
  Layer.provide(LwaAuth.layerStatic(Redacted.make("Atza|from-your-backend"))),
  Layer.provide(HttpTransport.layerFetch())
)

export const status = (skillId: string) =>
  Effect.runPromise(
    Effect.flatMap(Smapi.Smapi, (smapi) => smapi.getSkillStatusV1({ skillId })).pipe(Effect.provide(layer))
  )
