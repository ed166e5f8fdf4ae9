/**
 * The clients under test: the same skill, the same server, a refresh-token grant where the client
 * has one. Each runs `concurrency` callers until `more()` says stop, and answers the calls made.
 */
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import { CustomSmapiClientBuilder } from "ask-smapi-sdk"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { Agent, request } from "undici"

export const skillId = "amzn1.ask.skill.bench"

export interface Client {
  /** Runs `concurrency` callers, each calling again while `more()` is true; answers the calls made. */
  readonly run: (concurrency: number, more: () => boolean) => Promise<number>
  readonly close: () => Promise<void>
}

const lwa = {
  clientId: "amzn1.application-oa2-client.bench",
  clientSecret: "bench-client-secret",
  refreshToken: "Atzr|bench-refresh"
}

// A promise per call: what most programs outside Effect do.
const promiseLoop = (call: () => Promise<unknown>) => async (concurrency: number, more: () => boolean) => {
  let calls = 0
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (more()) {
      await call()
      calls++
    }
  }))
  return calls
}

const runtimeOf = (url: string) =>
  ManagedRuntime.make(
    SkillCredentials.layer({ endpoint: url }).pipe(
      Layer.provide(LwaAuth.layerRefreshToken({
        clientId: lwa.clientId,
        clientSecret: Redacted.make(lwa.clientSecret),
        refreshToken: Redacted.make(lwa.refreshToken),
        endpoint: url
      })),
      Layer.provide(NodeHttpTransport.layer()),
      Layer.orDie
    )
  )

export const clients: Record<string, (url: string) => Client> = {
  "undici.request (bare)": (url) => {
    const agent = new Agent({ connections: 32, keepAliveTimeout: 10_000 })
    const target = `${url}/v1/skills/${skillId}/credentials`
    const headers = { authorization: "Bearer Atza|bench-token", accept: "application/json" }
    return {
      run: promiseLoop(async () => {
        const res = await request(target, { dispatcher: agent, headers })
        return res.body.json()
      }),
      close: () => agent.close()
    }
  },
  "ask-smapi-sdk": (url) => {
    const client = new CustomSmapiClientBuilder().withApiEndpoint(url).withAuthEndpoint(url)
      .withRefreshTokenConfig(lwa).client()
    return { run: promiseLoop(() => client.getSkillCredentialsV1(skillId)), close: async () => {} }
  },
  // `runtime.runPromise` per call, as a program outside Effect calls the library
  "smapi-effect (runPromise)": (url) => {
    const runtime = runtimeOf(url)
    const get = SkillCredentials.get(skillId)
    return { run: promiseLoop(() => runtime.runPromise(get)), close: () => runtime.dispose() }
  },
  // Effect-native: `concurrency` fibers in one runtime, each calling in a loop
  "smapi-effect (fibers)": (url) => {
    const runtime = runtimeOf(url)
    const get = SkillCredentials.get(skillId)
    return {
      run: (concurrency, more) => {
        let calls = 0
        const worker = Effect.whileLoop({ while: more, body: () => get, step: () => void calls++ })
        return runtime.runPromise(
          Effect.as(Effect.all(Array.from({ length: concurrency }, () => worker), { concurrency, discard: true }), 0)
        ).then(() => calls)
      },
      close: () => runtime.dispose()
    }
  }
}
