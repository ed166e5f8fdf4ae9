// The core packages as a browser bundle: esbuild (platform browser) fails on any Node built-in.
import { HttpTransport } from "@smapi-effect/http-transport"
import { LwaAuth } from "@smapi-effect/lwa-auth"
import { SkillCredentials } from "@smapi-effect/skill-credentials"
import { Effect, Layer, Redacted } from "effect"

const layer = SkillCredentials.layer().pipe(
  Layer.provide(LwaAuth.layerStatic(Redacted.make("Atza|from-your-backend"))),
  Layer.provide(HttpTransport.layerFetch())
)

export const credentials = (skillId: string) =>
  Effect.runPromise(SkillCredentials.get(skillId).pipe(Effect.provide(layer)))
