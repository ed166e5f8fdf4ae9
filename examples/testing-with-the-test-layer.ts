/**
 * Testing code that needs skill credentials, without a network: the test transport answers
 * from a script (here a 503, then the credentials), records the requests, and the retry policy
 * does its work in between.
 *
 *   npx pnpm@10 -s example testing-with-the-test-layer
 */
import * as TestHttpTransport from "@smapi-effect/http-transport/TestHttpTransport"
import * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const TestLayer = SkillCredentials.layer().pipe(
  Layer.provideMerge(TestHttpTransport.layerScript([
    TestHttpTransport.respond(503, { message: "Service is temporarily unavailable." }),
    TestHttpTransport.respond(200, {
      skillMessagingCredentials: { clientId: "amzn1.application-oa2-client.test", clientSecret: "test-secret" }
    })
  ])),
  Layer.provide(LwaAuth.layerStatic("Atza|test-token"))
)

const program = Effect.gen(function*() {
  const credentials = yield* SkillCredentials.get("amzn1.ask.skill.test")
  const requests = yield* TestHttpTransport.requests
  yield* Console.log(`clientId: ${credentials.skillMessagingCredentials.clientId}`)
  yield* Console.log(`clientSecret: ${credentials.skillMessagingCredentials.clientSecret}`) // prints <redacted>
  yield* Console.log(`requests sent: ${requests.length} (one 503, retried once)`)
})

Effect.runPromise(program.pipe(Effect.provide(TestLayer))).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
