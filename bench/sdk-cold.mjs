// The smallest ask-smapi-sdk program that gets one skill's credentials: the cold-process baseline.
import { CustomSmapiClientBuilder } from "ask-smapi-sdk"

const url = process.env.ASK_SMAPI_SERVER_BASE_URL
const client = new CustomSmapiClientBuilder().withApiEndpoint(url).withAuthEndpoint(process.env.ASK_LWA_TOKEN_HOST)
  .withRefreshTokenConfig({
    clientId: process.env.ASK_LWA_CLIENT_ID,
    clientSecret: process.env.ASK_LWA_CLIENT_CONFIRMATION,
    refreshToken: process.env.ASK_REFRESH_TOKEN
  }).client()
const credentials = await client.getSkillCredentialsV1(process.argv[2])
console.log(
  JSON.stringify({
    skillMessagingCredentials: { ...credentials.skillMessagingCredentials, clientSecret: "<redacted>" }
  })
)
