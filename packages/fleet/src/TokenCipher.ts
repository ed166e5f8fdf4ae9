/**
 * `TokenCipher`: what the fleet writes to Redis about a token. The token is sealed with AES-GCM
 * (WebCrypto) under a key derived with HKDF from the LWA client secret and refresh token, which
 * every member of the fleet holds and Redis never sees; Redis keys are derived the same way. A
 * reader of Redis alone gets nothing usable.
 *
 * @since 0.3.0
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"

/**
 * A token with its times, as members share it: when it was asked for (`Clock` microseconds, the
 * order of tokens), when it is due for refresh and when it expires (`Clock` milliseconds).
 *
 * @since 0.3.0
 * @category models
 */
export interface Shared {
  readonly token: Redacted.Redacted<string>
  readonly issuedAt: number
  readonly refreshAt: number
  readonly expiresAt: number
}

/**
 * @since 0.3.0
 * @category models
 */
export interface TokenCipher {
  /** The Redis keys of the token and of its refresh lock. */
  readonly keys: { readonly token: string; readonly lock: string }
  /** A token's fingerprint: how a 401 names the token to drop without writing it. */
  readonly fingerprint: (token: Redacted.Redacted<string>) => Effect.Effect<string>
  /** `fingerprint.sealed`: what Redis holds. */
  readonly seal: (shared: Shared) => Effect.Effect<string>
  /** The token `record` holds, or `undefined` when it is not one this key sealed. */
  readonly open: (record: string) => Effect.Effect<Shared | undefined>
}

/**
 * The prefix of every key the fleet writes.
 *
 * @since 0.3.0
 * @category constants
 */
export const prefix = "smapi-effect:fleet:v1:"

const encoder = new TextEncoder()
const decoder = new TextDecoder()

const hex = (bytes: ArrayBuffer) => Buffer.from(bytes).toString("hex")

/**
 * The hash that names an LWA client (or a fixed token) in Redis: its rate budget and its pauses
 * are shared by every process with the same client, whatever its refresh token.
 *
 * @since 0.3.0
 * @category constructors
 */
export const clientKey = (clientId: string): Effect.Effect<string> =>
  Effect.promise(async () =>
    hex(
      (await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(`smapi-effect fleet v1\n${clientId}`))).slice(
        0,
        16
      )
    )
  )

/**
 * The cipher of one LWA client and refresh token.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = (credentials: {
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  readonly refreshToken: Redacted.Redacted<string>
}): Effect.Effect<TokenCipher> =>
  Effect.promise(async () => {
    const { subtle } = globalThis.crypto
    const secret = await subtle.importKey(
      "raw",
      encoder.encode(
        `${credentials.clientId}\n${Redacted.value(credentials.clientSecret)}\n${
          Redacted.value(credentials.refreshToken)
        }`
      ),
      "HKDF",
      false,
      ["deriveKey", "deriveBits"]
    )
    const hkdf = (info: string) => ({
      name: "HKDF",
      hash: "SHA-256",
      salt: encoder.encode("smapi-effect fleet v1"),
      info: encoder.encode(info)
    })
    const key = await subtle.deriveKey(hkdf("token key"), secret, { name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt"
    ])
    const mac = await subtle.deriveKey(
      hkdf("fingerprint"),
      secret,
      { name: "HMAC", hash: "SHA-256", length: 256 },
      false,
      [
        "sign"
      ]
    )
    const id = hex(await subtle.deriveBits(hkdf("key id"), secret, 128))
    const keys = { token: `${prefix}token:${id}`, lock: `${prefix}lock:${id}` }
    const additional = encoder.encode(keys.token)

    const print = async (token: Redacted.Redacted<string>) =>
      hex((await subtle.sign("HMAC", mac, encoder.encode(Redacted.value(token)))).slice(0, 16))
    const fingerprint = (token: Redacted.Redacted<string>) => Effect.promise(() => print(token))

    const seal = (shared: Shared) =>
      Effect.promise(async () => {
        const iv = globalThis.crypto.getRandomValues(new Uint8Array(12))
        const plain = encoder.encode(JSON.stringify({
          t: Redacted.value(shared.token),
          i: shared.issuedAt,
          r: shared.refreshAt,
          e: shared.expiresAt
        }))
        const sealed = await subtle.encrypt({ name: "AES-GCM", iv, additionalData: additional }, key, plain)
        return `${await print(shared.token)}.${Buffer.from(iv).toString("base64")}.${
          Buffer.from(sealed).toString("base64")
        }`
      })

    const open = (record: string) =>
      Effect.promise(async (): Promise<Shared | undefined> => {
        const [, iv, sealed] = record.split(".")
        if (iv === undefined || sealed === undefined) return undefined
        try {
          const plain = await subtle.decrypt(
            { name: "AES-GCM", iv: Buffer.from(iv, "base64"), additionalData: additional },
            key,
            Buffer.from(sealed, "base64")
          )
          const value = JSON.parse(decoder.decode(plain)) as { t: string; i: number; r: number; e: number }
          return { token: Redacted.make(value.t), issuedAt: value.i, refreshAt: value.r, expiresAt: value.e }
        } catch {
          // another key's record (a rotated refresh token), or damaged: as good as none
          return undefined
        }
      })

    return { keys, fingerprint, seal, open }
  })
