/**
 * The official client (`ask-smapi-sdk`) as the other side of the comparison: a client with a
 * static token against a base URL, and each operation's `call<Name>` method called with the
 * arguments in its own order, read from the method itself.
 */
import { CustomSmapiClientBuilder } from "ask-smapi-sdk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"

/** The token both clients send. */
export const accessToken = "Atza|conformance-access-token"

/** The SDK's service client, the type its builder gives. */
export type Client = ReturnType<CustomSmapiClientBuilder["client"]>

/** The SDK's client against `url`, with a static token (no LWA call). */
export const client = (url: string): Client =>
  new CustomSmapiClientBuilder()
    .withApiEndpoint(url)
    .withAccessTokenConfig({ clientId: "conformance-client", clientSecret: "conformance-secret", accessToken })
    .client()

/** The SDK's method for an operation id: `getSkillStatusV1` -> `callGetSkillStatusV1`. */
export const methodName = (id: string): string => `call${id.charAt(0).toUpperCase()}${id.slice(1)}`

type Method = (...args: ReadonlyArray<unknown>) => Promise<unknown>

const method = (sdk: Client, id: string): Method | undefined => {
  const found: unknown = (sdk as unknown as Record<string, unknown>)[methodName(id)]
  return typeof found === "function" ? found as Method : undefined
}

/**
 * The names of a method's parameters, in order, from its source (`function (skillId, resource)`):
 * they are the SDK's argument names, the keys of our input.
 */
export const parameterNames = (fn: (...args: ReadonlyArray<never>) => unknown): ReadonlyArray<string> => {
  const match = /^[^(]*\(([^)]*)\)/.exec(fn.toString())
  if (match === null) throw new Error(`cannot read the parameters of ${fn.name}`)
  return match[1]!.split(",").map((name) => name.trim()).filter((name) => name !== "")
}

/** The argument names of the SDK's method for `id`, or `undefined` when the SDK has no such method. */
export const argumentsOf = (sdk: Client, id: string): ReadonlyArray<string> | undefined => {
  const fn = method(sdk, id)
  return fn === undefined ? undefined : parameterNames(fn)
}

/** What the SDK's call gave: its response, or what it threw. */
export type Outcome = Either.Either<unknown, unknown>

/**
 * Calls the SDK's method for `id` with the values of `input` in the method's argument order (a
 * key the method does not take is an error: the two sides would not be sending the same input).
 */
export const call = (sdk: Client, id: string, input: Readonly<Record<string, unknown>>): Effect.Effect<Outcome> =>
  Effect.suspend(() => {
    const fn = method(sdk, id)
    if (fn === undefined) return Effect.dieMessage(`ask-smapi-sdk has no ${methodName(id)}`)
    const names = parameterNames(fn)
    const unknown = Object.keys(input).filter((key) => !names.includes(key))
    if (unknown.length > 0) {
      return Effect.dieMessage(`${methodName(id)}(${names.join(", ")}) takes no ${unknown.join(", ")}`)
    }
    return Effect.promise(() =>
      fn.apply(sdk, names.map((name) => input[name])).then(Either.right, (error: unknown) => Either.left(error))
    )
  })

/**
 * The SDK writes a body as it is given when the content type it is given is not JSON, and so
 * takes such a body only as text: given an object there it throws (a `TypeError` from Node's
 * `write`) and sends nothing, though the model types that body as an object
 * (`updateAnnotationsForNLUAnnotationSetsV1` with any `Content-Type` but JSON). Such a body is
 * handed to it as JSON text, which is what ours sends for an object body.
 */
export const withTextBody = (
  input: Readonly<Record<string, unknown>>,
  contentType: string | undefined,
  body: string | undefined
): Readonly<Record<string, unknown>> => {
  if (contentType === undefined || body === undefined) return input
  const type = input[contentType]
  const value = input[body]
  return typeof type === "string" && !type.includes("application/json") && value != null &&
      typeof value !== "string"
    ? { ...input, [body]: JSON.stringify(value) }
    : input
}
