import type * as Operation from "@smapi-effect/engine/Operation"
import * as Arbitrary from "effect/Arbitrary"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import * as Schema from "effect/Schema"
import { randomUUID } from "node:crypto"
import type { AnyOperation } from "./router.js"

/**
 * What a response description says it reads, where the description exposes it: the body's
 * schema, whether it is JSON or text, and the headers it declares (`ETag`, `Location`).
 */
export interface Described {
  readonly body?: Schema.Schema.AnyNoContext | undefined
  readonly contentType?: "json" | "text" | undefined
  readonly headers?: ReadonlyArray<string> | undefined
}

export const described = (response: Operation.Response<unknown> | undefined): Described => (response ?? {}) as Described

/** The status an operation answers when all goes well: its lowest declared 2xx (else its lowest). */
export const successOf = (operation: AnyOperation): number => {
  const statuses = Object.keys(operation.responses).map(Number).sort((a, b) => a - b)
  return statuses.find((s) => s >= 200 && s < 300) ?? statuses[0]!
}

/** A body on the wire: its text and content type, or none. */
export interface Body {
  readonly text: string
  readonly contentType: string
}

const encoder = new TextEncoder()

/** Whether the description's own decoder takes `body` as an answer of `status` (with every declared header set). */
export const accepts = (response: Operation.Response<unknown>, status: number, body: Body | undefined): boolean =>
  Either.isRight(response.decode({
    status,
    headers: {
      ...(body === undefined ? {} : { "content-type": body.contentType }),
      etag: "\"emulator\"",
      location: "/"
    },
    body: encoder.encode(body?.text ?? "")
  }))

// NaN and the infinities have no JSON: a sample holding one becomes 0 there, and is then checked.
const finite = (_: string, value: unknown) => typeof value === "number" && !Number.isFinite(value) ? 0 : value

const seeds = 20

/**
 * A model-valid body for an operation's status: drawn from the body schema's `Arbitrary` with
 * fixed seeds (the same answer every run), encoded, and kept only when the description's own
 * decoder accepts it. Without a body schema, the simplest body it accepts.
 */
export const sample = (operation: AnyOperation, status: number): Body | undefined => {
  const response = operation.responses[status]!
  const { body: schema, contentType } = described(response)
  const asJson = (text: string): Body => ({ text, contentType: "application/json" })
  if (schema !== undefined) {
    try {
      const arbitrary = Arbitrary.make(schema)
      const encode = Schema.encodeEither(schema)
      for (let seed = 1; seed <= seeds; seed++) {
        const [value] = FastCheck.sample(arbitrary, { seed, numRuns: 1 })
        const encoded = encode(value)
        if (Either.isLeft(encoded)) continue
        const body: Body = contentType === "text" && typeof encoded.right === "string"
          ? { text: encoded.right, contentType: "text/plain" }
          : asJson(JSON.stringify(encoded.right, finite) ?? "null")
        if (accepts(response, status, body)) return body
      }
    } catch {
      // a schema fast-check cannot draw from: the simple bodies below
    }
  }
  for (const body of [undefined, asJson("{}"), asJson("[]"), { text: "", contentType: "text/plain" }]) {
    if (accepts(response, status, body)) return body
  }
  throw new Error(`${operation.id}: no body the ${status} answer's decoder accepts`)
}

/**
 * A text answer, when the request accepts `text/*` first and the description reads text (an
 * `Accept: text/csv` on an operation that answers CSV or JSON).
 */
export const asText = (operation: AnyOperation, status: number, accept: string | undefined): Body | undefined => {
  const wanted = accept?.split(",")[0]?.split(";")[0]?.trim()
  if (wanted === undefined || !/^text\//i.test(wanted)) return undefined
  const body = { text: "emulator\n", contentType: wanted }
  return accepts(operation.responses[status]!, status, body) ? body : undefined
}

const segments = (path: string) => path.split("/").slice(1)
const isParameter = (segment: string | undefined) => segment !== undefined && segment.startsWith("{")
const same = (a: string, b: string) => a === b || isParameter(a) && isParameter(b)
const prefix = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => {
  let n = 0
  while (n < a.length && n < b.length && same(a[n]!, b[n]!)) n++
  return n
}

/**
 * The GET operation a `Location` of `operation`'s answer names: the item it made (or that item's
 * status, or another view of it), a collection of requests named after it (`…/imports` -> `/v1/skills/imports/{importId}`),
 * the resource it acts on (`…/betaTest/start` -> `…/betaTest`), a status under the same skill,
 * or (for a 201) the resource it posted to. Ranked in that order for a 202; a 201 ranks its own
 * path second.
 */
export const locationTarget = (
  operation: AnyOperation,
  status: number,
  candidates: ReadonlyArray<AnyOperation>
): AnyOperation | undefined => {
  const own = segments(operation.path)
  const last = own[own.length - 1]!
  const rules: Array<(target: ReadonlyArray<string>) => number | undefined> = [
    // the item made, its status, or another view of it
    (t) =>
      prefix(t, own) === own.length && isParameter(t[own.length]) && t.length <= own.length + 2
        ? t.length === own.length + 1 ? 3 : t[own.length + 1] === "status" ? 2 : isParameter(t[own.length + 1]) ? 0 : 1
        : undefined,
    // a collection of such requests, wherever it lives
    (t) =>
      !isParameter(last) && isParameter(t[t.length - 1]) &&
        (t[t.length - 2] === last || t[t.length - 2] === `${last}Requests`)
        ? prefix(t, own)
        : undefined,
    // the resource acted on
    (t) => !isParameter(last) && t.length === own.length - 1 && prefix(t, own) === t.length ? 0 : undefined,
    // a status beside it
    (t) => t[t.length - 1] === "status" && prefix(t, own) >= 3 ? prefix(t, own) : undefined,
    // the resource posted to
    (t) => t.length === own.length && prefix(t, own) === own.length ? 0 : undefined
  ]
  if (status === 201) rules.splice(1, 0, rules.pop()!)
  for (const rule of rules) {
    let best: { operation: AnyOperation; score: number } | undefined
    for (const candidate of candidates) {
      if (candidate.method !== "GET" || candidate.id === operation.id) continue
      const score = rule(segments(candidate.path))
      if (score !== undefined && (best === undefined || score > best.score)) best = { operation: candidate, score }
    }
    if (best !== undefined) return best.operation
  }
  return undefined
}

/**
 * A new id for `operation`'s path parameter `name`: a UUID where the parameter takes one, else a
 * value drawn from its schema (a version number, an enum value, ...).
 */
export const newId = (operation: AnyOperation, name: string): string => {
  const field = operation.parameters[name]?.field
  if (field === undefined || !Schema.isSchema(field)) return randomUUID()
  const schema = field as Schema.Schema.AnyNoContext
  const id = randomUUID()
  if (Either.isRight(Schema.decodeUnknownEither(schema)(id))) return id
  try {
    const encode = Schema.encodeEither(schema)
    for (const value of FastCheck.sample(Arbitrary.make(schema), { seed: drawn++, numRuns: 20 })) {
      const encoded = encode(value)
      if (Either.isRight(encoded) && typeof encoded.right === "string" && !/^\.{0,2}$/.test(encoded.right)) {
        return encoded.right
      }
    }
  } catch {
    // a schema fast-check cannot draw from: a UUID, as for any other id
  }
  return id
}

let drawn = 1

/** A path template with its parameters filled, each one encoded as one segment. */
export const fill = (template: string, values: (name: string) => string): string =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values(name)))
