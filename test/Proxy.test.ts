/**
 * The Node transport through an HTTP proxy: HTTPS_PROXY / HTTP_PROXY / NO_PROXY from config, or
 * the `proxy` option, against the emulator through a loopback CONNECT proxy that counts what
 * passed. A proxy URL's credentials are used, and never shown.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Emulator from "@smapi-effect/emulator/Emulator"
import * as TestProxy from "@smapi-effect/emulator/TestProxy"
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as Proxy from "@smapi-effect/http-transport/Proxy"
import * as RetryPolicy from "@smapi-effect/skill-credentials/RetryPolicy"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Cause from "effect/Cause"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import * as util from "node:util"

const env = (url: string, more: Record<string, string> = {}) =>
  ConfigProvider.fromJson({
    ASK_SMAPI_SERVER_BASE_URL: url,
    ASK_LWA_TOKEN_HOST: url,
    ASK_LWA_CLIENT_ID: Emulator.demo.clientId,
    ASK_LWA_CLIENT_CONFIRMATION: Emulator.demo.clientSecret,
    ASK_REFRESH_TOKEN: Emulator.demo.refreshToken,
    ...more
  })

const get = (options: NodeHttpTransport.Options = {}) =>
  SkillCredentials.get(Emulator.demo.skillId).pipe(
    Effect.provide(SkillCredentials.layerConfig({
      transport: NodeHttpTransport.layer(options),
      retry: RetryPolicy.make({ maxAttempts: 1 })
    }))
  )

const hostOf = (url: string) => new URL(url).host

describe("NodeHttpTransport through a proxy", () => {
  it.scopedLive("HTTP_PROXY: every request (LWA and SMAPI) is tunnelled through the proxy", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const proxy = yield* TestProxy.make()
      const credentials = yield* Effect.withConfigProvider(get(), env(emulator.url, { HTTP_PROXY: proxy.url }))
      assert.strictEqual(
        credentials.skillMessagingCredentials.clientId,
        "amzn1.application-oa2-client.skill-messaging-1"
      )
      const passages = yield* proxy.passages
      assert.isAtLeast(passages.length, 1)
      for (const p of passages) {
        assert.deepStrictEqual([p.method, p.target, p.status], ["CONNECT", hostOf(emulator.url), 200])
      }
      assert.strictEqual(yield* emulator.count("token"), 1)
      assert.strictEqual(yield* emulator.count("credentials"), 1)
    }))

  it.scopedLive("lower-case http_proxy wins over HTTP_PROXY, as in curl", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const proxy = yield* TestProxy.make()
      yield* Effect.withConfigProvider(
        get(),
        env(emulator.url, { http_proxy: proxy.url, HTTP_PROXY: "http://127.0.0.1:1" })
      )
      assert.isAtLeast((yield* proxy.passages).length, 1)
    }))

  it.scopedLive("NO_PROXY: listed hosts go direct; HTTPS_PROXY is not used for http:// targets", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const proxy = yield* TestProxy.make()
      yield* Effect.withConfigProvider(
        get(),
        env(emulator.url, { HTTP_PROXY: proxy.url, NO_PROXY: "example.com, 127.0.0.1" })
      )
      yield* Effect.withConfigProvider(get(), env(emulator.url, { HTTPS_PROXY: proxy.url }))
      assert.deepStrictEqual(yield* proxy.passages, [])
      yield* Effect.withConfigProvider(
        get({ noProxy: "" }),
        env(emulator.url, { HTTP_PROXY: proxy.url, NO_PROXY: "*" })
      )
      assert.isAtLeast((yield* proxy.passages).length, 1, "the noProxy option replaces NO_PROXY")
    }))

  it.scopedLive("the proxy option, with credentials: used, overriding the environment, never shown", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const proxy = yield* TestProxy.make({ credentials: { username: "alice", password: "pa55-word" } })
      const port = new URL(proxy.url).port
      yield* Effect.withConfigProvider(
        get({ proxy: Redacted.make(`http://alice:pa55-word@127.0.0.1:${port}`) }),
        env(emulator.url, { HTTP_PROXY: "http://127.0.0.1:1" })
      )
      assert.isTrue((yield* proxy.passages).every((p) => p.status === 200))

      const refused = yield* Effect.flip(Effect.withConfigProvider(
        get({ proxy: `http://alice:wrong-pa55@127.0.0.1:${port}` }),
        env(emulator.url)
      ))
      assert.strictEqual(refused._tag, "Unavailable")
      assert.deepStrictEqual((yield* proxy.passages).at(-1), {
        method: "CONNECT",
        target: hostOf(emulator.url),
        status: 407
      })
      for (
        const shown of [
          String(refused),
          JSON.stringify(refused),
          util.inspect(refused),
          Cause.pretty(Cause.fail(refused))
        ]
      ) {
        assert.notInclude(shown, "wrong-pa55")
      }
      assert.strictEqual(Proxy.redact(`http://alice:pa55-word@127.0.0.1:${port}/`), `http://***@127.0.0.1:${port}/`)
    }))

  it.scopedLive("a loopback target never goes through a proxy elsewhere: plain http stays on this machine", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      // nothing listens there, and it is not loopback: the call succeeds only if it went direct
      const credentials = yield* Effect.withConfigProvider(
        get(),
        env(emulator.url, { HTTP_PROXY: "http://proxy.invalid:3128" })
      )
      assert.strictEqual(
        credentials.skillMessagingCredentials.clientId,
        "amzn1.application-oa2-client.skill-messaging-1"
      )
    }))

  it.scopedLive("a malformed proxy URL fails each request as one that cannot be sent, naming the variable, not its secret", () =>
    Effect.gen(function*() {
      const emulator = yield* Emulator.make()
      const transport = yield* Effect.withConfigProvider(
        NodeHttpTransport.make(),
        ConfigProvider.fromJson({ HTTPS_PROXY: "http://bob:hunter2@proxy.example:3128/some/path" })
      )
      const error = yield* Effect.flip(transport.send({ method: "GET", url: `${emulator.url}/x`, headers: {} }))
      assert.strictEqual(error.reason, "InvalidRequest")
      assert.include(error.message, "HTTPS_PROXY")
      assert.notInclude(error.message + util.inspect(error), "hunter2")
      const option = yield* NodeHttpTransport.make({ proxy: "socks5://bob:hunter2@proxy.example:1080" })
      const optionError = yield* Effect.flip(option.send({ method: "GET", url: `${emulator.url}/x`, headers: {} }))
      assert.strictEqual(optionError.reason, "InvalidRequest")
      assert.include(optionError.message, "proxy option")
      assert.notInclude(optionError.message, "hunter2")
      assert.deepStrictEqual(yield* emulator.log, [], "nothing was sent")
    }))

  it("Proxy.parse: scheme, host, nothing after the port; the reason never holds credentials", () => {
    assert.isTrue(Either.isRight(Proxy.parse("http://u:p@proxy:3128")))
    assert.isTrue(Either.isRight(Proxy.parse("https://proxy")))
    for (
      const bad of [
        "proxy:3128",
        "socks5://u:secret@proxy:1080",
        "http://u:secret@proxy:3128/x",
        "http://u:secret@proxy?x=1",
        "::"
      ]
    ) {
      const result = Proxy.parse(bad)
      assert.isTrue(Either.isLeft(result), bad)
      if (Either.isLeft(result)) assert.notInclude(result.left, "secret")
    }
  })
})
