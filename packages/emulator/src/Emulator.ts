/**
 * A loopback server speaking SMAPI's Skill Credentials API and Login with Amazon's token
 * endpoint, for tests and demos: registered skills, tokens that it issues and that expire, the
 * real status codes, fault injection per route, a request log and a connection count.
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
import { randomBytes, randomUUID } from "node:crypto"
import * as http from "node:http"
import type * as EmulatorError from "./EmulatorError.js"
import * as Fault from "./Fault.js"
import { listen, urlOf } from "./internal/listen.js"

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
 * @since 0.1.0
 * @category models
 */
export type Route = "credentials" | "token"

/**
 * @since 0.1.0
 * @category models
 */
export interface LogEntry {
  readonly route: Route | "unknown"
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
}

/**
 * The data an emulator starts with unless told otherwise: one vendor's client and skill, and a
 * skill of another vendor (403).
 *
 * @since 0.1.0
 * @category constants
 */
export const demo = {
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
  /** At most `limit` credentials requests per access token per `windowSeconds`; then 429. */
  readonly rateLimit: (
    options: { readonly limit: number; readonly windowSeconds: number } | undefined
  ) => Effect.Effect<void>
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
    "{\"route\":\"credentials\"|\"token\",\"faults\":[Fault, ...]}: queue faults, played one per request",
  "DELETE /__emulator/faults": "drop the faults not yet played",
  "POST /__emulator/rate-limit": "{\"limit\":n,\"windowSeconds\":s} per access token, or null for none",
  "POST /__emulator/skills": "{\"skillId\",\"vendorId\",\"clientId\",\"clientSecret\"}: register a skill",
  "POST /__emulator/clients":
    "{\"clientId\",\"clientSecret\",\"vendorId\",\"refreshTokens\":[...]}: register a security profile",
  "POST /__emulator/tokens/expire": "every access token issued so far expires",
  "POST /__emulator/tokens/revoke": "{\"refreshToken\"}: LWA answers invalid_grant for it from now on",
  "POST /__emulator/reset": "back to the starting state",
  "GET /__emulator/log": "{\"entries\":[{route,method,path,outcome,at}, ...]}",
  "GET /__emulator/counts": "{\"credentials\":n,\"token\":n,\"connections\":{\"open\":n,\"total\":n}}"
} as const

const NonEmpty = Schema.String.pipe(Schema.minLength(1))
const SkillJson = Schema.Struct({ skillId: NonEmpty, vendorId: NonEmpty, clientId: NonEmpty, clientSecret: NonEmpty })
const ClientJson = Schema.Struct({
  clientId: NonEmpty,
  clientSecret: NonEmpty,
  vendorId: NonEmpty,
  refreshTokens: Schema.optionalWith(Schema.Array(NonEmpty), { default: () => [] })
})
const FaultsJson = Schema.Struct({
  route: Schema.Literal("credentials", "token"),
  faults: Schema.Array(Fault.Json).pipe(Schema.maxItems(10_000))
})
const RateLimitJson = Schema.NullOr(Schema.Struct({
  limit: Schema.Int.pipe(Schema.positive()),
  windowSeconds: Schema.Number.pipe(Schema.positive())
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

/**
 * Starts an emulator for the life of the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Emulator, EmulatorError.EmulatorError, Scope.Scope> =>
  Effect.suspend(() => {
    const skills = new Map<string, Skill>()
    const clients = new Map<string, Client>()
    const refreshTokens = new Map<string, string>() // refresh token -> client id
    const tokens = new Map<string, IssuedToken>()
    const faults: Record<Route, Array<Fault.Fault>> = { credentials: [], token: [] }
    const counts: Record<Route, number> = { credentials: 0, token: 0 }
    let limit: { readonly limit: number; readonly windowSeconds: number } | undefined
    const windows = new Map<string, { start: number; count: number }>()
    const log: Array<LogEntry> = []
    let open = 0
    let total = 0
    const lifetime = options.tokenLifetimeSeconds ?? 3600

    const addClient = (client: Client) => {
      clients.set(client.clientId, client)
      for (const t of client.refreshTokens) refreshTokens.set(t, client.clientId)
    }
    const reset = () => {
      skills.clear()
      clients.clear()
      refreshTokens.clear()
      tokens.clear()
      faults.credentials.length = 0
      faults.token.length = 0
      counts.credentials = 0
      counts.token = 0
      limit = undefined
      windows.clear()
      log.length = 0
      for (const skill of options.skills ?? demo.skills) skills.set(skill.skillId, skill)
      for (const client of options.clients ?? demo.clients) addClient(client)
    }
    reset()

    const record = (route: LogEntry["route"], req: http.IncomingMessage, outcome: LogEntry["outcome"]) => {
      log.push({ route, method: req.method ?? "", path: req.url ?? "", outcome, at: Date.now() })
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

    const credentials = (req: http.IncomingMessage, res: http.ServerResponse, encodedId: string) => {
      const answer = (status: number, body: unknown, headers?: Record<string, string>) => {
        record("credentials", req, status)
        json(res, status, body, headers)
      }
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1]
      const issued = bearer === undefined ? undefined : tokens.get(bearer)
      if (issued === undefined || issued.expiresAt <= Date.now()) {
        return answer(401, { message: "Request is not authorized." })
      }
      if (limit !== undefined) {
        const now = Date.now()
        const window = windows.get(bearer!)
        if (window === undefined || now - window.start >= limit.windowSeconds * 1000) {
          windows.set(bearer!, { start: now, count: 1 })
        } else if (++window.count > limit.limit) {
          const wait = Math.max(1, Math.ceil((window.start + limit.windowSeconds * 1000 - now) / 1000))
          return answer(429, { message: "Rate exceeded." }, { "retry-after": String(wait) })
        }
      }
      let skillId: string
      try {
        skillId = decodeURIComponent(encodedId)
      } catch {
        return answer(400, { code: "INVALID_STRING_LENGTH", message: "The skill id is not valid." })
      }
      const length = [...skillId].length
      if (length < 1 || length > 255) {
        return answer(400, {
          code: "INVALID_STRING_LENGTH",
          message: "The property is outside the allowed range."
        })
      }
      const skill = skills.get(skillId)
      if (skill === undefined) return answer(404, { message: "The requested skill was not found." })
      if (skill.vendorId !== issued.vendorId) {
        return answer(403, { message: "The caller does not have access to this skill." })
      }
      answer(200, { skillMessagingCredentials: { clientId: skill.clientId, clientSecret: skill.clientSecret } })
    }

    const rateLimit = (options: { readonly limit: number; readonly windowSeconds: number } | undefined) => {
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
      const routes: Record<string, (() => void) | undefined> = {
        "GET /__emulator": () => ok({ url: emulator.url, routes: controlRoutes }),
        "POST /__emulator/faults": () =>
          decoded(FaultsJson, ({ faults: more, route }) => {
            faults[route].push(...more.map(Fault.fromJson))
            ok({ queued: faults[route].length })
          }),
        "DELETE /__emulator/faults": () => {
          faults.credentials.length = 0
          faults.token.length = 0
          ok()
        },
        "POST /__emulator/rate-limit": () => decoded(RateLimitJson, (value) => (rateLimit(value ?? undefined), ok())),
        "POST /__emulator/skills": () => decoded(SkillJson, (skill) => (skills.set(skill.skillId, skill), ok())),
        "POST /__emulator/clients": () => decoded(ClientJson, (client) => (addClient(client), ok())),
        "POST /__emulator/tokens/expire": () => (tokens.clear(), ok()),
        "POST /__emulator/tokens/revoke": () => decoded(RevokeJson, ({ refreshToken }) => (revoke(refreshToken), ok())),
        "POST /__emulator/reset": () => (reset(), ok()),
        "GET /__emulator/log": () => ok({ entries: log }),
        "GET /__emulator/counts": () => ok({ ...counts, connections: { open, total } })
      }
      const route = path.replace(/\/+$/, "")
      const handler = routes[`${method} ${route}`]
      if (handler !== undefined) return handler()
      const known = Object.keys(routes).some((key) => key.endsWith(` ${route}`))
      return known
        ? json(res, 405, { message: `${method} is not allowed on ${route}.` })
        : json(res, 404, { message: `No control route ${route}: GET /__emulator lists them.` })
    }

    const server = http.createServer((req, res) => {
      const path = (req.url ?? "").split("?")[0]!
      const match = /^\/v1\/skills\/([^/]*)\/credentials$/.exec(path)
      // LWA matches this path case-insensitively: the official SDK sends /auth/O2/token.
      const route: Route | undefined = path.toLowerCase() === "/auth/o2/token"
        ? "token"
        : match
        ? "credentials"
        : undefined
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
        if (route === undefined) {
          record("unknown", req, 404)
          return json(res, 404, { message: "No such resource." })
        }
        counts[route]++
        const expected = route === "token" ? "POST" : "GET"
        const normal = () =>
          req.method !== expected
            ? (record(route, req, 405), json(res, 405, { message: "Method not allowed." }))
            : route === "token"
            ? token(req, res, body)
            : credentials(req, res, match![1]!)
        const fault = faults[route].shift()
        if (fault === undefined) normal()
        else playFault(fault, route, req, res, normal)
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
      inject: (route, ...more) => Effect.sync(() => void faults[route].push(...more)),
      rateLimit: (options) => Effect.sync(() => rateLimit(options)),
      addSkill: (skill) => Effect.sync(() => void skills.set(skill.skillId, skill)),
      addClient: (client) => Effect.sync(() => addClient(client)),
      expireTokens: Effect.sync(() => tokens.clear()),
      revokeRefreshToken: (refreshToken) => Effect.sync(() => revoke(refreshToken)),
      reset: Effect.sync(reset),
      log: Effect.sync(() => [...log]),
      connections: Effect.sync(() => ({ open, total })),
      count: (route) => Effect.sync(() => counts[route])
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
