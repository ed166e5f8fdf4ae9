/**
 * What the examples share: LWA and the fetch transport pointed at an emulator, with its demo
 * security profile.
 */
import type * as Emulator from "@smapi-effect/emulator/Emulator"
import { demo } from "@smapi-effect/emulator/Emulator"
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

/** `LwaAuth` (refresh-token grant with the emulator's demo profile) over the fetch transport. */
export const lwa = (emulator: Pick<Emulator.Emulator, "url">) =>
  LwaAuth.layerRefreshToken({
    clientId: demo.clientId,
    clientSecret: Redacted.make(demo.clientSecret),
    refreshToken: Redacted.make(demo.refreshToken),
    endpoint: emulator.url
  }).pipe(Layer.provideMerge(HttpTransport.layerFetch()))
