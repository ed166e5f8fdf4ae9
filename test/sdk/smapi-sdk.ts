/**
 * The official ask-smapi-sdk, configured only from the variables `smapi-emulator --` sets, as a
 * user's script would be: run by `test/SdkOverEmulator.test.ts` under the built emulator.
 *
 *   all        every operation of the model, called with an input drawn from its description;
 *              one JSON line per operation: its status and whether its body is model-valid
 *   lifecycle  a skill from creation to deletion, then 404 on every operation of it; 400s
 */
import type * as Emulator from "@smapi-effect/emulator/Emulator"
import * as Operations from "@smapi-effect/smapi/Operations"
import { CustomSmapiClientBuilder } from "ask-smapi-sdk"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"

type AnyOperation = Emulator.AnyOperation
type Call = (...args: ReadonlyArray<unknown>) => Promise<{
  readonly statusCode: number
  readonly headers: ReadonlyArray<{ readonly key: string; readonly value: string }>
  readonly body: unknown
}>

const env = (name: string): string => {
  const value = process.env[name]
  if (value === undefined) throw new Error(`${name} is not set: run this under smapi-emulator --`)
  return value
}

const vendorId = env("ASK_VENDOR_ID")
const client = new CustomSmapiClientBuilder()
  .withApiEndpoint(env("ASK_SMAPI_SERVER_BASE_URL"))
  .withAuthEndpoint(env("ASK_LWA_TOKEN_HOST"))
  .withRefreshTokenConfig({
    clientId: env("ASK_LWA_CLIENT_ID"),
    clientSecret: env("ASK_LWA_CLIENT_CONFIRMATION"),
    refreshToken: env("ASK_REFRESH_TOKEN")
  })
  .client() as unknown as Record<string, Call>

const operations: ReadonlyArray<AnyOperation> = Object.values(Operations).filter((value): value is AnyOperation =>
  typeof value === "object" && value !== null && "id" in value && "path" in value && "responses" in value
)

// The SDK's positional arguments, by name, read from its own `call…` method.
const argumentNames = (method: Call): ReadonlyArray<string> =>
  (/^[^(]*\(([^)]*)\)/.exec(method.toString())?.[1] ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "")

const sdkCall = (operation: AnyOperation): Call => {
  const name = `call${operation.id[0]!.toUpperCase()}${operation.id.slice(1)}`
  const method = client[name]
  if (typeof method !== "function") throw new Error(`the SDK has no ${name}`)
  return method
}

const segmentSafe = (value: unknown) => typeof value !== "string" || (value !== "." && value !== "..")

/**
 * A valid input for `operation`, on the wire's terms (what `encode` gives): drawn from its input
 * schema with fixed seeds, with the caller's vendor, the given skill, JSON asked for and sent,
 * and no continuation token or If-Match (each is only valid when the emulator gave it).
 */
const inputFor = (operation: AnyOperation, skillId: string): Record<string, unknown> => {
  const arbitrary = Arbitrary.make(operation.input)
  for (let seed = 1; seed <= 50; seed++) {
    const [drawn] = FastCheck.sample(arbitrary, { seed, numRuns: 1 })
    const input: Record<string, unknown> = { ...(drawn as Record<string, unknown>) }
    for (const [key, parameter] of Object.entries(operation.parameters)) {
      if (key === "skillId" && parameter.in === "path") input[key] = skillId
      if (key === "vendorId") input[key] = vendorId
      if (key === "nextToken") delete input[key]
      // an ETag, like a token, is only valid when the emulator gave it: a drawn one is a 412
      if (parameter.in === "header" && parameter.wireName === "if-match") delete input[key]
      if (parameter.in === "header" && (parameter.wireName === "accept" || parameter.wireName === "content-type")) {
        input[key] = "application/json"
      }
      const body = input[key]
      if (parameter.in === "body" && typeof body === "object" && body !== null && "vendorId" in body) {
        input[key] = { ...body, vendorId }
      }
    }
    const encoded = operation.encode(input)
    if (Either.isLeft(encoded)) continue
    const onTheWire = encoded.right as Record<string, unknown>
    if (
      Object.entries(operation.parameters).every(([key, p]) => p.in !== "path" || segmentSafe(onTheWire[key]))
    ) return onTheWire
  }
  throw new Error(`${operation.id}: no input drawn in 50 seeds`)
}

const call = async (operation: AnyOperation, input: Record<string, unknown>) => {
  const method = sdkCall(operation)
  try {
    const answer = await method.apply(client, argumentNames(method).map((name) => input[name]))
    return { status: answer.statusCode, headers: answer.headers, body: answer.body }
  } catch (error) {
    const failure = error as { statusCode?: number; message?: string; response?: unknown }
    return { status: failure.statusCode ?? -1, headers: [], body: failure.response, message: failure.message }
  }
}

// Whether the description's own decoder takes the SDK's answer: a declared success, a model-valid body.
const validity = (operation: AnyOperation, answer: Awaited<ReturnType<typeof call>>): string | undefined => {
  const response = operation.responses[answer.status]
  if (response === undefined) {
    return `status ${answer.status} is not a declared success (${Object.keys(operation.responses)}): ${
      JSON.stringify(answer.body ?? ("message" in answer ? answer.message : ""))
    }`
  }
  const headers = Object.fromEntries(answer.headers.map(({ key, value }) => [key.toLowerCase(), value]))
  const text = answer.body === undefined
    ? ""
    : typeof answer.body === "string"
    ? answer.body
    : JSON.stringify(answer.body)
  const decoded = response.decode({ status: answer.status, headers, body: new TextEncoder().encode(text) })
  return Either.isLeft(decoded) ? `the body is not model-valid: ${decoded.left}` : undefined
}

// A Location followed with a token of our own: its status, and the operation the emulator's log says answered.
const follow = async (location: string) => {
  const url = env("ASK_SMAPI_SERVER_BASE_URL")
  const token = await fetch(`${env("ASK_LWA_TOKEN_HOST")}/auth/o2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: env("ASK_REFRESH_TOKEN"),
      client_id: env("ASK_LWA_CLIENT_ID"),
      client_secret: env("ASK_LWA_CLIENT_CONFIRMATION")
    })
  }).then((res) => res.json() as Promise<{ access_token: string }>)
  const res = await fetch(`${url}${location}`, { headers: { authorization: `Bearer ${token.access_token}` } })
  const log = await fetch(`${env("SMAPI_EMULATOR_URL")}/__emulator/log`)
    .then((res) => res.json() as Promise<{ entries: ReadonlyArray<{ operation?: string }> }>)
  return { status: res.status, operation: log.entries[log.entries.length - 1]?.operation }
}

const print = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`)

const skill = "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"

const all = async () => {
  // deleteSkillV1 last: before it, every operation finds the skill
  const ordered = [...operations].sort((a, b) => Number(a.id === "deleteSkillV1") - Number(b.id === "deleteSkillV1"))
  for (const operation of ordered) {
    const answer = await call(operation, inputFor(operation, skill))
    const problem = validity(operation, answer)
    const location = answer.headers.find(({ key }) => key.toLowerCase() === "location")?.value
    print({
      operation: operation.id,
      status: answer.status,
      ...(location === undefined ? {} : { location, followed: await follow(location) }),
      ...(problem === undefined ? {} : { problem })
    })
  }
}

const lifecycle = async () => {
  const byId = new Map(operations.map((operation) => [operation.id, operation]))
  const op = (id: string) => byId.get(id)!
  const step = (name: string, answer: Awaited<ReturnType<typeof call>>, operation: AnyOperation) =>
    print({ step: name, status: answer.status, problem: validity(operation, answer) ?? null, body: answer.body })

  const created = await call(op("createSkillForVendorV1"), {
    createSkillRequest: {
      vendorId,
      manifest: { manifestVersion: "1.0", publishingInformation: { locales: { "en-US": { name: "Lifecycle" } } } }
    }
  })
  step("create", created, op("createSkillForVendorV1"))
  const skillId = (created.body as { skillId: string }).skillId
  print({ step: "location", location: created.headers.find((h) => h.key.toLowerCase() === "location")?.value })
  step("status", await call(op("getSkillStatusV1"), { skillId }), op("getSkillStatusV1"))
  step("manifest", await call(op("getSkillManifestV1"), { skillId, stageV2: "development" }), op("getSkillManifestV1"))
  step("credentials", await call(op("getSkillCredentialsV1"), { skillId }), op("getSkillCredentialsV1"))

  const listed: Array<string> = []
  let nextToken: string | undefined
  let pages = 0
  do {
    const page = await call(op("listSkillsForVendorV1"), { vendorId, maxResults: 1, nextToken })
    if (validity(op("listSkillsForVendorV1"), page) !== undefined) {
      throw new Error(validity(op("listSkillsForVendorV1"), page))
    }
    const body = page.body as { skills: ReadonlyArray<{ skillId: string }>; isTruncated: boolean; nextToken?: string }
    listed.push(...body.skills.map((s) => s.skillId))
    nextToken = body.isTruncated ? body.nextToken : undefined
    pages++
  } while (nextToken !== undefined)
  print({ step: "list", pages, listed })

  step("delete", await call(op("deleteSkillV1"), { skillId }), op("deleteSkillV1"))
  const after: Record<string, number> = {}
  for (const operation of operations) {
    if (operation.parameters.skillId?.in !== "path") continue
    after[operation.id] = (await call(operation, inputFor(operation, skillId))).status
  }
  print({ step: "after delete", statuses: after })

  const invalid = await call(op("listSkillsForVendorV1"), { vendorId, maxResults: 51 })
  print({ step: "invalid", status: invalid.status, body: invalid.body })
  const wrongEnum = await call(op("getUtteranceDataV1"), { skillId: skill, stage: "staging" })
  print({ step: "wrong enum", status: wrongEnum.status, body: wrongEnum.body })
  // the model requires a simulation's `input` and `device`
  const noBody = await call(op("simulateSkillV1"), {
    skillId: skill,
    simulationsApiRequest: { device: { locale: "en-US" } }
  })
  print({ step: "missing in body", status: noBody.status, body: noBody.body })
}

await (process.argv[2] === "lifecycle" ? lifecycle() : all())
