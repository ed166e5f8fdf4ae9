/**
 * The clients under test, each as "make a caller, then call it": the same skill, the same
 * server, a refresh-token grant where the client has one.
 */
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import { CustomSmapiClientBuilder } from "ask-smapi-sdk"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Redacted from "effect/Redacted"
import { Agent, request } from "undici"

export const skillId = "amzn1.ask.skill.bench"
export type Call = () => Promise<unknown>
export type Client = (url: string) => { readonly call: Call; readonly close: () => Promise<void> }

const lwa = {
  clientId: "amzn1.application-oa2-client.bench",
  clientSecret: "bench-client-secret",
  refreshToken: "Atzr|bench-refresh"
}

const ours = (transport: Layer.Layer<HttpTransport.HttpTransport>): Client => (url) => {
  const runtime = ManagedRuntime.make(
    SkillCredentials.layer({ endpoint: url }).pipe(
      Layer.provide(LwaAuth.layerRefreshToken({
        clientId: lwa.clientId,
        clientSecret: Redacted.make(lwa.clientSecret),
        refreshToken: Redacted.make(lwa.refreshToken),
        endpoint: url
      })),
      Layer.provide(transport),
      Layer.orDie
    )
  )
  const get = SkillCredentials.get(skillId)
  return { call: () => runtime.runPromise(get), close: () => runtime.dispose() }
}

export const clients: Record<string, Client> = {
  "undici.request (bare)": (url) => {
    const agent = new Agent({ connections: 32, keepAliveTimeout: 10_000 })
    const target = `${url}/v1/skills/${skillId}/credentials`
    const headers = { authorization: "Bearer Atza|bench-token", accept: "application/json" }
    return {
      call: async () => {
        const res = await request(target, { dispatcher: agent, headers })
        return res.body.json()
      },
      close: () => agent.close()
    }
  },
  "ask-smapi-sdk": (url) => {
    const client = new CustomSmapiClientBuilder().withApiEndpoint(url).withAuthEndpoint(url)
      .withRefreshTokenConfig(lwa).client()
    return { call: () => client.getSkillCredentialsV1(skillId), close: async () => {} }
  },
  "smapi-effect (Node transport)": ours(NodeHttpTransport.layer()),
  "smapi-effect (fetch transport)": ours(HttpTransport.layerFetch())
}
