/**
 * A loopback server speaking every SMAPI operation of the model and Login with Amazon's token
 * endpoint, for tests and demos: requests checked as SMAPI checks them, model-valid answers,
 * skills that are created, listed and deleted, tokens that it issues and that expire, the real
 * status codes, fault injection per operation, a request log and a connection count.
 *
 * Everything is controllable in-process (the `Emulator` API) and over HTTP, from any language,
 * under `/__emulator/` (see `controlRoutes`).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import { createHash, randomBytes, randomUUID } from "node:crypto"
import * as http from "node:http"
import type * as EmulatorError from "./EmulatorError.js"
import * as Fault from "./Fault.js"
import * as Answer from "./internal/answer.js"
import { defaults } from "./internal/defaults.js"
import { listen, urlOf } from "./internal/listen.js"
import * as Request from "./internal/request.js"
import * as Router from "./internal/router.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Skill {
  readonly skillId: string
  readonly vendorId: string
  readonly clientId: string
  readonly clientSecret: string
}

/**
 * An LWA security profile of a vendor, and the refresh tokens it has handed out.
 *
 * @since 0.1.0
 * @category models
 */
export interface Client {
  readonly clientId: string
  readonly clientSecret: string
  readonly vendorId: string
  readonly refreshTokens: ReadonlyArray<string>
}

/**
 * Where faults, counts and rate limits apply: `token` (LWA), `credentials` (the same as
 * `getSkillCredentialsV1`), or any operation by its `x-operation-name`, e.g. `getSkillStatusV1`.
 *
 * @since 0.1.0
 * @category models
 */
export type Route = "credentials" | "token" | (string & {})

/**
 * An operation the emulator answers: an engine description, whatever its types.
 *
 * @since 0.3.0
 * @category models
 */
export type AnyOperation = Router.AnyOperation

/**
 * @since 0.1.0
 * @category models
 */
export interface LogEntry {
  readonly route: Route | "unknown"
  /** The operation answered, by its `x-operation-name` (absent for LWA and unknown routes). */
  readonly operation?: string | undefined
  readonly method: string
  readonly path: string
  /** The status answered, or the fault that replaced the answer. */
  readonly outcome: number | Fault.Fault["_tag"]
  readonly at: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default 0: a free port. */
  readonly port?: number | undefined
  /** Default 127.0.0.1. */
  readonly host?: string | undefined
  /** Lifetime of issued access tokens, in seconds. Default 3600. */
  readonly tokenLifetimeSeconds?: number | undefined
  /** Issue a new refresh token with every refresh (and retire the old one). Default false. */
  readonly rotateRefreshTokens?: boolean | undefined
  /** Default: `demo`. */
  readonly skills?: ReadonlyArray<Skill> | undefined
  /** Default: `demo`. */
  readonly clients?: ReadonlyArray<Client> | undefined
  /** Serve the control route under `/__emulator/`. Default true. */
  readonly control?: boolean | undefined
  /** The operations it answers. Default: every operation of the model (`@smapi-effect/smapi`). */
  readonly operations?: ReadonlyArray<AnyOperation> | undefined
}

/**
 * The data an emulator starts with unless told otherwise: one vendor's client and skill, and a
 * skill of another vendor (403).
 *
 * @since 0.1.0
 * @category constants
 */
export const demo = {
  /** The emulator's own vendor: it owns `clientId`'s tokens and every skill created with them. */
  vendorId: "M1EMULATOR",
  clientId: "amzn1.application-oa2-client.emulator",
  clientSecret: "emulator-client-secret",
  refreshToken: "Atzr|emulator-refresh-token",
  skillId: "amzn1.ask.skill.00000000-0000-4000-8000-000000000001",
  otherVendorSkillId: "amzn1.ask.skill.00000000-0000-4000-8000-000000000002",
  skills: [
    {
      skillId: "amzn1.ask.skill.00000000-0000-4000-8000-000000000001",
      vendorId: "M1EMULATOR",
      clientId: "amzn1.application-oa2-client.skill-messaging-1",
      clientSecret: "skill-messaging-secret-1"
    },
    {
      skillId: "amzn1.ask.skill.00000000-0000-4000-8000-000000000002",
      vendorId: "M2OTHERVENDOR",
      clientId: "amzn1.application-oa2-client.skill-messaging-2",
      clientSecret: "skill-messaging-secret-2"
    }
  ] as ReadonlyArray<Skill>,
  clients: [{
    clientId: "amzn1.application-oa2-client.emulator",
    clientSecret: "emulator-client-secret",
    vendorId: "M1EMULATOR",
    refreshTokens: ["Atzr|emulator-refresh-token"]
  }] as ReadonlyArray<Client>
} as const

/**
 * A running emulator.
 *
 * @since 0.1.0
 * @category models
 */
export interface Emulator {
  /** Base URL of both SMAPI and LWA, e.g. `http://127.0.0.1:40123`. */
  readonly url: string
  /** Queues faults for a route: each of the next requests plays one, in order. */
  readonly inject: (route: Route, ...faults: ReadonlyArray<Fault.Fault>) => Effect.Effect<void>
  /**
   * At most `limit` requests per access token per operation per `windowSeconds` (only `route`'s,
   * when given); then 429 naming the operation. `undefined`: no limit.
   */
  readonly rateLimit: (options: RateLimit | undefined) => Effect.Effect<void>
  /** Registers (or replaces) a skill. */
  readonly addSkill: (skill: Skill) => Effect.Effect<void>
  /** Registers (or replaces) an LWA security profile and its refresh tokens. */
  readonly addClient: (client: Client) => Effect.Effect<void>
  /** Makes every access token issued so far invalid (as if it had expired). */
  readonly expireTokens: Effect.Effect<void>
  /** Revokes a refresh token: LWA then answers `invalid_grant` for it. */
  readonly revokeRefreshToken: (refreshToken: string) => Effect.Effect<void>
  /** Back to the state it started in: its skills and clients, no tokens, faults, limit, log or counts. */
  readonly reset: Effect.Effect<void>
  readonly log: Effect.Effect<ReadonlyArray<LogEntry>>
  /** Connections open now, and accepted in all (the control route's included). */
  readonly connections: Effect.Effect<{ readonly open: number; readonly total: number }>
  /** Requests answered by route, faults included. */
  readonly count: (route: Route) => Effect.Effect<number>
  /** The skills it holds now, the registered and the created, deleted ones gone. */
  readonly skills: Effect.Effect<ReadonlyArray<Skill>>
  /** The operations it answers. */
  readonly operations: ReadonlyArray<AnyOperation>
}

/**
 * @since 0.3.0
 * @category models
 */
export interface RateLimit {
  readonly limit: number
  readonly windowSeconds: number
  /** Only this route (an operation name, or `credentials`); default every SMAPI operation. */
  readonly route?: Route | undefined
}

/**
 * The HTTP control route, for test suites in any language. Bodies and answers are JSON; a bad
 * body is a 400 whose `message` says what is wrong.
 *
 * @since 0.1.0
 * @category constants
 */
export const controlRoutes = {
  "GET /__emulator": "this list",
  "POST /__emulator/faults":
    "{\"route\":\"token\"|\"credentials\"|<x-operation-name>,\"faults\":[Fault, ...]}: queue faults, played one per request",
  "DELETE /__emulator/faults": "drop the faults not yet played",
  "POST /__emulator/rate-limit":
    "{\"limit\":n,\"windowSeconds\":s,\"route\"?:<x-operation-name>} per access token and operation, or null for none",
  "POST /__emulator/skills": "{\"skillId\",\"vendorId\",\"clientId\",\"clientSecret\"}: register a skill",
  "POST /__emulator/clients":
    "{\"clientId\",\"clientSecret\",\"vendorId\",\"refreshTokens\":[...]}: register a security profile",
  "POST /__emulator/tokens/expire": "every access token issued so far expires",
  "POST /__emulator/tokens/revoke": "{\"refreshToken\"}: LWA answers invalid_grant for it from now on",
  "POST /__emulator/reset": "back to the starting state",
  "GET /__emulator/log": "{\"entries\":[{route,operation,method,path,outcome,at}, ...]}",
  "GET /__emulator/counts":
    "{\"credentials\":n,\"token\":n,\"operations\":{<x-operation-name>:n},\"connections\":{\"open\":n,\"total\":n}}",
  "GET /__emulator/operations":
    "{\"operations\":[{\"name\",\"method\",\"path\"}, ...]}: every SMAPI operation it answers"
} as const

const NonEmpty = Schema.String.pipe(Schema.minLength(1))
const SkillJson = Schema.Struct({ skillId: NonEmpty, vendorId: NonEmpty, clientId: NonEmpty, clientSecret: NonEmpty })
const ClientJson = Schema.Struct({
  clientId: NonEmpty,
  clientSecret: NonEmpty,
  vendorId: NonEmpty,
  refreshTokens: Schema.optionalWith(Schema.Array(NonEmpty), { default: () => [] })
})
const FaultsJson = (routes: ReadonlySet<string>) =>
  Schema.Struct({
    route: RouteJson(routes),
    faults: Schema.Array(Fault.Json).pipe(Schema.maxItems(10_000))
  })
const RouteJson = (routes: ReadonlySet<string>) =>
  Schema.String.pipe(
    Schema.filter((route) =>
      routes.has(route) || `"${route}" is not a route: "token", "credentials" or an operation's x-operation-name`
    )
  )
const RateLimitJson = (routes: ReadonlySet<string>) =>
  Schema.NullOr(Schema.Struct({
    limit: Schema.Int.pipe(Schema.positive()),
    windowSeconds: Schema.Number.pipe(Schema.positive()),
    route: Schema.optional(RouteJson(routes))
  }))
const RevokeJson = Schema.Struct({ refreshToken: NonEmpty })

/**
 * @since 0.1.0
 * @category tags
 */
export class EmulatorTag extends Context.Tag("@smapi-effect/emulator/Emulator")<EmulatorTag, Emulator>() {}

interface IssuedToken {
  readonly vendorId: string
  readonly expiresAt: number
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = typeof body === "string" ? body : JSON.stringify(body)
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "x-amzn-requestid": randomUUID(),
    ...headers
  })
  res.end(text)
}

const maxBody = 1024 * 1024

const credentialsId = "getSkillCredentialsV1"

// A skill as the emulator holds it: registered or created, with its manifest.
interface SkillState {
  readonly skill: Skill
  manifest: unknown
  readonly order: number
  lastUpdated: string
}

// What a stateful operation answers instead of the model's drawn answer; `values` fill its Location.
interface Reply {
  readonly status: number
  readonly body?: unknown
  readonly values?: Readonly<Record<string, string>>
}

// The ETag of an answer's body: the same text, the same tag.
const etagOf = (text: string): string => `"${createHash("sha256").update(text).digest("hex").slice(0, 32)}"`

// Whether an If-Match header (`*`, or a list of tags, weak ones compared as strong) lets a write
// through to a resource whose ETag is `etag`.
const matches = (ifMatch: string, etag: string): boolean =>
  ifMatch.split(",").some((tag) => {
    const trimmed = tag.trim()
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag
  })

const demoManifest = {
  manifestVersion: "1.0",
  publishingInformation: { locales: { "en-US": { name: "Emulator skill" } } }
}

// The raw value of an operation's body parameter, as it came on the wire.
const bodyOf = (operation: AnyOperation, raw: Readonly<Record<string, unknown>>): unknown => {
  const name = Object.keys(operation.parameters).find((key) => operation.parameters[key]!.in === "body")
  return name === undefined ? undefined : raw[name]
}

const badRequest = (code: string, message: string) => ({ code, message, violations: [{ code, message }] })

// A list's continuation token: where the next page starts, for this vendor only.
const tokenOf = (offset: number, vendorId: string) => Buffer.from(`${vendorId}\n${offset}`).toString("base64url")
const offsetOf = (token: string, vendorId: string): number | undefined => {
  const [vendor, offset] = Buffer.from(token, "base64url").toString("utf8").split("\n")
  return vendor === vendorId && /^\d+$/.test(offset ?? "") ? Number(offset) : undefined
}

const summaryOf = (state: SkillState) => {
  const manifest = state.manifest as {
    readonly apis?: Record<string, unknown>
    readonly publishingInformation?: { readonly locales?: Record<string, { readonly name?: unknown }> }
  } | undefined
  const locales = manifest?.publishingInformation?.locales ?? {}
  return {
    skillId: state.skill.skillId,
    stage: "development",
    apis: manifest?.apis !== undefined && "custom" in manifest.apis ? ["custom"] : [],
    publicationStatus: "DEVELOPMENT",
    lastUpdated: state.lastUpdated,
    nameByLocale: Object.fromEntries(
      Object.entries(locales).flatMap(([locale, { name }]) => typeof name === "string" ? [[locale, name]] : [])
    )
  }
}

// The top-level strings of an answer's JSON body: ids a Location may name (`skillId`, ...).
const bodyStrings = (body: Answer.Body | undefined): Record<string, string> => {
  if (body?.contentType !== "application/json") return {}
  try {
    const value: unknown = JSON.parse(body.text)
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {}
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"))
  } catch {
    return {}
  }
}

/**
 * Starts an emulator for the life of the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Emulator, EmulatorError.EmulatorError, Scope.Scope> =>
  Effect.suspend(() => {
    const operations = options.operations ?? defaults()
    const route = Router.make(operations)
    const byId = new Map(operations.map((operation) => [operation.id, operation]))
    const routeOf = (operation: AnyOperation): Route => operation.id === credentialsId ? "credentials" : operation.id
    const routes: ReadonlySet<string> = new Set(["token", "credentials", ...byId.keys()])
    const faultsJson = FaultsJson(routes)
    const rateLimitJson = RateLimitJson(routes)
    const readers = new Map<string, Request.Reader>()
    const readerOf = (operation: AnyOperation) => {
      let reader = readers.get(operation.id)
      if (reader === undefined) readers.set(operation.id, reader = Request.reader(operation))
      return reader
    }
    // an answer's body is drawn once per operation: the same every time, and cheap after the first
    const samples = new Map<string, Answer.Body | undefined>()
    const sampleOf = (operation: AnyOperation, status: number) => {
      const key = `${operation.id} ${status}`
      if (!samples.has(key)) samples.set(key, Answer.sample(operation, status))
      return samples.get(key)
    }
    const gets = operations.filter((operation) => operation.method === "GET")

    const skills = new Map<string, SkillState>()
    const clients = new Map<string, Client>()
    const refreshTokens = new Map<string, string>() // refresh token -> client id
    const tokens = new Map<string, IssuedToken>()
    const faults = new Map<Route, Array<Fault.Fault>>()
    const counts = new Map<Route, number>()
    let limit: RateLimit | undefined
    const windows = new Map<string, { start: number; count: number }>()
    const log: Array<LogEntry> = []
    let open = 0
    let total = 0
    let created = 0
    const lifetime = options.tokenLifetimeSeconds ?? 3600
    const canonical = (route: Route): Route => route === credentialsId ? "credentials" : route
    const queue = (route: Route) => {
      let queued = faults.get(canonical(route))
      if (queued === undefined) faults.set(canonical(route), queued = [])
      return queued
    }
    const countOf = (route: Route) => counts.get(canonical(route)) ?? 0

    const addClient = (client: Client) => {
      clients.set(client.clientId, client)
      for (const t of client.refreshTokens) refreshTokens.set(t, client.clientId)
    }
    const addSkill = (skill: Skill, manifest: unknown = demoManifest) =>
      skills.set(skill.skillId, { skill, manifest, order: created++, lastUpdated: new Date().toISOString() })
    const reset = () => {
      skills.clear()
      clients.clear()
      refreshTokens.clear()
      tokens.clear()
      faults.clear()
      counts.clear()
      limit = undefined
      windows.clear()
      log.length = 0
      for (const skill of options.skills ?? demo.skills) addSkill(skill)
      for (const client of options.clients ?? demo.clients) addClient(client)
    }
    reset()

    const record = (route: LogEntry["route"], req: http.IncomingMessage, outcome: LogEntry["outcome"]) => {
      const operation = route === "credentials" ? credentialsId : byId.has(route) ? route : undefined
      log.push({
        route,
        ...(operation === undefined ? {} : { operation }),
        method: req.method ?? "",
        path: req.url ?? "",
        outcome,
        at: Date.now()
      })
      if (log.length > 10_000) log.shift()
    }

    const playFault = (
      fault: Fault.Fault,
      route: Route,
      req: http.IncomingMessage,
      res: http.ServerResponse,
      normal: () => void
    ): void => {
      switch (fault._tag) {
        case "Status":
          record(route, req, fault.status)
          return json(res, fault.status, fault.body ?? "", { ...fault.headers })
        case "Latency": {
          const timer = setTimeout(() => {
            if (fault.then) playFault(fault.then, route, req, res, normal)
            else normal()
          }, fault.millis)
          res.on("close", () => clearTimeout(timer))
          return
        }
        case "DropBeforeHeaders":
          record(route, req, fault._tag)
          req.socket.destroy()
          return
        case "DropDuringBody":
          record(route, req, fault._tag)
          res.writeHead(200, { "content-type": "application/json", "content-length": "1000" })
          res.write("{\"skillMessagingCredentials\":{\"clientId\":\"", () => {
            setTimeout(() => req.socket.resetAndDestroy?.() ?? req.socket.destroy(), 5)
          })
          return
        case "StallAfterHeaders":
          record(route, req, fault._tag)
          res.writeHead(200, { "content-type": "application/json" })
          res.flushHeaders()
          return
        case "Drip": {
          record(route, req, fault._tag)
          const body = Buffer.from(JSON.stringify({ message: "drip ".repeat(200) }))
          res.writeHead(200, { "content-type": "application/json", "content-length": body.length })
          let offset = 0
          const timer = setInterval(() => {
            res.write(body.subarray(offset, offset + fault.bytes))
            offset += fault.bytes
            if (offset >= body.length) {
              clearInterval(timer)
              res.end()
            }
          }, fault.intervalMillis)
          res.on("close", () => clearInterval(timer))
          return
        }
        case "Raw": {
          record(route, req, fault.status)
          const body = typeof fault.body === "string" ? Buffer.from(fault.body) : fault.body
          res.writeHead(fault.status, { "content-type": "application/json", "content-length": body.length })
          res.end(body)
          return
        }
      }
    }

    const token = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => {
      const form = new URLSearchParams(body)
      const oauthError = (status: number, error: string, description: string) => {
        record("token", req, status)
        json(res, status, { error, error_description: description })
      }
      if (!(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, "invalid_request", "The Content-Type must be application/x-www-form-urlencoded")
      }
      const client = clients.get(form.get("client_id") ?? "")
      if (!form.get("client_id") || !form.get("client_secret") || !form.get("grant_type")) {
        return oauthError(400, "invalid_request", "The request is missing a required parameter")
      }
      if (client === undefined || client.clientSecret !== form.get("client_secret")) {
        return oauthError(401, "invalid_client", "Client authentication failed")
      }
      let refreshToken: string | undefined
      switch (form.get("grant_type")) {
        case "refresh_token": {
          const presented = form.get("refresh_token") ?? ""
          if (refreshTokens.get(presented) !== client.clientId) {
            return oauthError(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token")
          }
          if (options.rotateRefreshTokens) {
            refreshTokens.delete(presented)
            refreshToken = `Atzr|${randomBytes(48).toString("base64url")}`
            refreshTokens.set(refreshToken, client.clientId)
          }
          break
        }
        case "client_credentials":
          if (!(form.get("scope") ?? "").split(" ").every((s) => s.startsWith("alexa::"))) {
            return oauthError(400, "invalid_scope", "An unknown scope was requested")
          }
          break
        default:
          return oauthError(400, "unsupported_grant_type", "The grant type is not supported")
      }
      const accessToken = `Atza|${randomBytes(96).toString("base64url")}`
      tokens.set(accessToken, { vendorId: client.vendorId, expiresAt: Date.now() + lifetime * 1000 })
      record("token", req, 200)
      json(res, 200, {
        access_token: accessToken,
        token_type: "bearer",
        expires_in: lifetime,
        ...(refreshToken === undefined ? {} : { refresh_token: refreshToken })
      })
    }

    // The token's vendor, or the 401 already answered.
    const authorize = (req: http.IncomingMessage, answer: (status: number, body: unknown) => void) => {
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1]
      const issued = bearer === undefined ? undefined : tokens.get(bearer)
      if (issued === undefined || issued.expiresAt <= Date.now()) {
        answer(401, { message: "Request is not authorized." })
        return undefined
      }
      return { bearer: bearer!, vendorId: issued.vendorId }
    }

    // Seconds to wait when this token has had its share of `operation` in the window, else undefined.
    const throttled = (bearer: string, operation: AnyOperation): number | undefined => {
      if (limit === undefined || limit.route !== undefined && canonical(limit.route) !== routeOf(operation)) {
        return undefined
      }
      const now = Date.now()
      const key = `${bearer} ${operation.id}`
      const window = windows.get(key)
      if (window === undefined || now - window.start >= limit.windowSeconds * 1000) {
        windows.set(key, { start: now, count: 1 })
        return undefined
      }
      if (++window.count <= limit.limit) return undefined
      return Math.max(1, Math.ceil((window.start + limit.windowSeconds * 1000 - now) / 1000))
    }

    // What the skills held in state answer; undefined: the model's answer, drawn from its schema.
    const stateful = (
      operation: AnyOperation,
      input: Readonly<Record<string, unknown>>,
      raw: Readonly<Record<string, unknown>>,
      vendorId: string
    ): Reply | undefined => {
      const skill = typeof input.skillId === "string" ? skills.get(input.skillId) : undefined
      switch (operation.id) {
        case credentialsId:
          return skill && {
            status: 200,
            body: {
              skillMessagingCredentials: { clientId: skill.skill.clientId, clientSecret: skill.skill.clientSecret }
            }
          }
        case "createSkillForVendorV1": {
          const request = bodyOf(operation, raw) as { vendorId?: unknown; manifest?: unknown } | undefined
          if (request?.vendorId !== vendorId) {
            return { status: 403, body: { message: `Vendor ${String(request?.vendorId)} is not the caller's.` } }
          }
          const skillId = `amzn1.ask.skill.${randomUUID()}`
          addSkill({
            skillId,
            vendorId,
            clientId: `amzn1.application-oa2-client.${randomBytes(16).toString("hex")}`,
            clientSecret: randomBytes(32).toString("hex")
          }, request.manifest ?? demoManifest)
          return { status: Answer.successOf(operation), body: { skillId }, values: { skillId } }
        }
        case "listSkillsForVendorV1": {
          if (input.vendorId !== vendorId) {
            return { status: 403, body: { message: `Vendor ${String(input.vendorId)} is not the caller's.` } }
          }
          const wanted = Array.isArray(input.skillId) ? new Set(input.skillId as ReadonlyArray<string>) : undefined
          const all = [...skills.values()]
            .filter((s) => s.skill.vendorId === vendorId && (wanted === undefined || wanted.has(s.skill.skillId)))
            .sort((a, b) => a.order - b.order)
          const offset = input.nextToken === undefined ? 0 : offsetOf(String(input.nextToken), vendorId)
          if (offset === undefined) {
            return { status: 400, body: badRequest("INVALID_NEXT_TOKEN", "'nextToken' is not one this emulator gave.") }
          }
          const size = typeof input.maxResults === "number" ? input.maxResults : 10
          const page = all.slice(offset, offset + size)
          const more = offset + size < all.length
          return {
            status: 200,
            body: {
              _links: { self: { href: `/v1/skills?vendorId=${encodeURIComponent(vendorId)}` } },
              skills: page.map(summaryOf),
              isTruncated: more,
              ...(more ? { nextToken: tokenOf(offset + size, vendorId) } : {})
            }
          }
        }
        case "getSkillStatusV1":
          return skill && { status: 200, body: { manifest: { lastUpdateRequest: { status: "SUCCEEDED" } } } }
        case "getSkillManifestV1":
          return skill && { status: 200, body: { manifest: skill.manifest } }
        case "updateSkillManifestV1": {
          // a conditional write: the manifest's ETag is the one getSkillManifestV1 answers for it now
          if (
            skill !== undefined && typeof input.ifMatch === "string" &&
            !matches(input.ifMatch, etagOf(JSON.stringify({ manifest: skill.manifest })))
          ) {
            return {
              status: 412,
              body: { message: "The skill's manifest changed since it was read: its ETag is no longer that one." }
            }
          }
          const request = bodyOf(operation, raw) as { manifest?: unknown } | undefined
          if (skill !== undefined && request?.manifest !== undefined) {
            skill.manifest = request.manifest
            skill.lastUpdated = new Date().toISOString()
          }
          return undefined
        }
        case "deleteSkillV1":
          if (skill !== undefined) skills.delete(skill.skill.skillId)
          return undefined
      }
      return undefined
    }

    // An operation matched: authorized, within its rate, its input valid, its skill there; then answered.
    const smapi = (
      req: http.IncomingMessage,
      res: http.ServerResponse,
      operation: AnyOperation,
      params: Record<string, string>,
      query: URLSearchParams,
      body: string
    ) => {
      const name = routeOf(operation)
      const answer = (status: number, payload: unknown, headers?: Record<string, string>) => {
        record(name, req, status)
        json(res, status, payload, headers)
      }
      const caller = authorize(req, answer)
      if (caller === undefined) return
      const wait = throttled(caller.bearer, operation)
      if (wait !== undefined) {
        return answer(429, { message: `Rate exceeded for ${operation.id}.` }, { "retry-after": String(wait) })
      }
      const read = readerOf(operation).read({ params, query, headers: req.headers, body })
      if (Either.isLeft(read)) return answer(400, read.left)
      const { input, raw } = read.right
      if (operation.parameters.skillId?.in === "path") {
        const skill = skills.get(String(input.skillId))
        if (skill === undefined) return answer(404, { message: "The requested skill was not found." })
        if (skill.skill.vendorId !== caller.vendorId) {
          return answer(403, { message: "The caller does not have access to this skill." })
        }
      }
      let reply: Reply | undefined
      let status: number
      let payload: Answer.Body | undefined
      try {
        reply = stateful(operation, input, raw, caller.vendorId)
        status = reply?.status ?? Answer.successOf(operation)
        payload = reply === undefined
          ? Answer.asText(operation, status, req.headers.accept) ?? sampleOf(operation, status)
          : reply.body === undefined
          ? undefined
          : { text: JSON.stringify(reply.body), contentType: "application/json" }
      } catch (error) {
        return answer(500, { message: `The emulator cannot answer ${operation.id}: ${String(error)}` })
      }
      const headers: Record<string, string> = {}
      if (status >= 200 && status < 300) {
        const declared = Answer.described(operation.responses[status]).headers ?? []
        if (declared.some((h) => h.toLowerCase() === "etag")) {
          headers.etag = etagOf(payload?.text ?? "")
        }
        if (declared.some((h) => h.toLowerCase() === "location") || status === 202) {
          const target = Answer.locationTarget(operation, status, gets)
          if (target !== undefined) {
            const values = { ...bodyStrings(payload), ...params, ...reply?.values }
            headers.location = Answer.fill(target.path, (name) => values[name] ?? Answer.newId(target, name))
          }
        }
      }
      record(name, req, status)
      res.writeHead(status, {
        ...(payload === undefined ? {} : { "content-type": payload.contentType }),
        "content-length": Buffer.byteLength(payload?.text ?? ""),
        "x-amzn-requestid": randomUUID(),
        ...headers
      })
      res.end(payload?.text ?? "")
    }

    const rateLimit = (options: RateLimit | undefined) => {
      limit = options
      windows.clear()
    }
    const revoke = (refreshToken: string) => void refreshTokens.delete(refreshToken)

    // The control route: the same operations as the Effect API, as JSON over HTTP.
    const control = (req: http.IncomingMessage, res: http.ServerResponse, path: string, body: string) => {
      const method = req.method ?? ""
      const ok = (answer: unknown = { ok: true }) => json(res, 200, answer)
      const decoded = <A, I>(schema: Schema.Schema<A, I>, then: (value: A) => void) => {
        let parsed: unknown
        try {
          parsed = body === "" ? undefined : JSON.parse(body)
        } catch {
          return json(res, 400, { message: "The body is not JSON." })
        }
        const result = Schema.decodeUnknownEither(schema)(parsed, { onExcessProperty: "error" })
        if (Either.isLeft(result)) {
          return json(res, 400, { message: ParseResult.TreeFormatter.formatErrorSync(result.left) })
        }
        then(result.right)
      }
      const handlers: Record<string, (() => void) | undefined> = {
        "GET /__emulator": () => ok({ url: emulator.url, vendorId: demo.vendorId, routes: controlRoutes }),
        "POST /__emulator/faults": () =>
          decoded(faultsJson, ({ faults: more, route }) => {
            queue(route).push(...more.map(Fault.fromJson))
            ok({ queued: queue(route).length })
          }),
        "DELETE /__emulator/faults": () => {
          faults.clear()
          ok()
        },
        "POST /__emulator/rate-limit": () =>
          decoded(rateLimitJson, (value) => (rateLimit(value === null ? undefined : value), ok())),
        "POST /__emulator/skills": () => decoded(SkillJson, (skill) => (addSkill(skill), ok())),
        "POST /__emulator/clients": () => decoded(ClientJson, (client) => (addClient(client), ok())),
        "POST /__emulator/tokens/expire": () => (tokens.clear(), ok()),
        "POST /__emulator/tokens/revoke": () => decoded(RevokeJson, ({ refreshToken }) => (revoke(refreshToken), ok())),
        "POST /__emulator/reset": () => (reset(), ok()),
        "GET /__emulator/log": () => ok({ entries: log }),
        "GET /__emulator/counts": () =>
          ok({
            credentials: countOf("credentials"),
            token: countOf("token"),
            operations: Object.fromEntries([...byId.keys()].map((id) => [id, countOf(id)])),
            connections: { open, total }
          }),
        "GET /__emulator/operations": () =>
          ok({ operations: operations.map(({ id, method, path }) => ({ name: id, method, path })) })
      }
      const at = path.replace(/\/+$/, "")
      const handler = handlers[`${method} ${at}`]
      if (handler !== undefined) return handler()
      const known = Object.keys(handlers).some((key) => key.endsWith(` ${at}`))
      return known
        ? json(res, 405, { message: `${method} is not allowed on ${at}.` })
        : json(res, 404, { message: `No control route ${at}: GET /__emulator lists them.` })
    }

    const server = http.createServer((req, res) => {
      const [path = "", search = ""] = (req.url ?? "").split(/\?(.*)/s)
      let body = ""
      let size = 0
      req.setEncoding("utf8")
      req.on("data", (chunk: string) => {
        size += chunk.length
        if (size > maxBody) req.destroy()
        else body += chunk
      })
      req.on("end", () => {
        if (options.control !== false && (path === "/__emulator" || path.startsWith("/__emulator/"))) {
          return control(req, res, path, body)
        }
        // LWA matches this path case-insensitively: the official SDK sends /auth/O2/token.
        const isToken = path.toLowerCase() === "/auth/o2/token"
        const match = isToken ? undefined : route(req.method ?? "", path)
        if (match !== undefined && match._tag !== "Operation") {
          record("unknown", req, match._tag === "Method" ? 405 : 404)
          return match._tag === "Method"
            ? json(res, 405, {
              message: `The emulator answers ${match.allowed.join(", ")} on ${path}, not ${req.method}.`
            }, { allow: match.allowed.join(", ") })
            : json(res, 404, {
              message:
                `The emulator does not know the route ${req.method} ${path}: it answers the ${operations.length} ` +
                `SMAPI operations of its model (GET /__emulator/operations lists them) and POST /auth/o2/token.`
            })
        }
        const name: Route = match === undefined ? "token" : routeOf(match.operation)
        counts.set(name, countOf(name) + 1)
        const normal = () =>
          match === undefined
            ? req.method !== "POST"
              ? (record(name, req, 405), json(res, 405, { message: "Method not allowed." }))
              : token(req, res, body)
            : smapi(req, res, match.operation, match.params, new URLSearchParams(search), body)
        const fault = queue(name).shift()
        if (fault === undefined) normal()
        else playFault(fault, name, req, res, normal)
      })
    })
    server.on("connection", (socket) => {
      open++
      total++
      socket.on("close", () => open--)
    })
    server.keepAliveTimeout = 5_000

    const host = options.host ?? "127.0.0.1"
    const emulator: { url: string } & Omit<Emulator, "url"> = {
      url: "",
      inject: (route, ...more) => Effect.sync(() => void queue(route).push(...more)),
      rateLimit: (options) => Effect.sync(() => rateLimit(options)),
      addSkill: (skill) => Effect.sync(() => void addSkill(skill)),
      addClient: (client) => Effect.sync(() => addClient(client)),
      expireTokens: Effect.sync(() => tokens.clear()),
      revokeRefreshToken: (refreshToken) => Effect.sync(() => revoke(refreshToken)),
      reset: Effect.sync(reset),
      log: Effect.sync(() => [...log]),
      connections: Effect.sync(() => ({ open, total })),
      count: (route) => Effect.sync(() => countOf(route)),
      skills: Effect.sync(() => [...skills.values()].sort((a, b) => a.order - b.order).map((s) => s.skill)),
      operations
    }
    return Effect.map(listen(server, options.port ?? 0, host), (address): Emulator => {
      emulator.url = urlOf(address)
      return emulator
    })
  })

/**
 * An emulator for the life of the layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<EmulatorTag, EmulatorError.EmulatorError> =>
  Layer.scoped(EmulatorTag, make(options))
