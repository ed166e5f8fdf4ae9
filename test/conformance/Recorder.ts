/**
 * A loopback HTTP server that writes down what each request said, in the terms a SMAPI request is
 * compared in (method, decoded path segments, query pairs, the headers that carry input, body), and
 * answers every request with the answer it is given for the time of one `record`.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as http from "node:http"
import type { AddressInfo } from "node:net"

/** One request as the server read it. */
export interface Recorded {
  readonly method: string
  /** The path split at `/` and each segment percent-decoded: `%2F` inside a segment stays inside it. */
  readonly segments: ReadonlyArray<string>
  /** Every `name=value` pair of the query, decoded, in the order sent. */
  readonly query: ReadonlyArray<readonly [string, string]>
  readonly ifMatch: string | undefined
  readonly acceptLanguage: string | undefined
  readonly accept: string | undefined
  readonly contentType: string | undefined
  readonly authorization: string | undefined
  readonly body: string
}

/** What the server answers. */
export interface Answer {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>> | undefined
  readonly body?: string | undefined
}

export interface Recorder {
  readonly url: string
  /**
   * Runs `effect` with the server answering `answer`, and gives what it was sent meanwhile. One
   * `record` at a time: the answer and the log are the server's, not the call's.
   */
  readonly record: <A, E, R>(
    answer: Answer,
    effect: Effect.Effect<A, E, R>
  ) => Effect.Effect<readonly [A, ReadonlyArray<Recorded>], E, R>
}

// A segment or pair that is not valid percent-encoding is kept as sent: a difference still shows.
const decode = (s: string): string => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

// A query is form-encoded on the wire by some clients (`+` for a space): both read the same here.
const decodeQuery = (s: string): string => decode(s.replace(/\+/g, " "))

/** Splits a request target into the parts compared. */
export const parseTarget = (target: string): Pick<Recorded, "segments" | "query"> => {
  const at = target.indexOf("?")
  const path = at === -1 ? target : target.slice(0, at)
  const search = at === -1 ? "" : target.slice(at + 1)
  return {
    segments: path.split("/").slice(1).map(decode),
    query: search === "" ? [] : search.split("&").map((pair) => {
      const eq = pair.indexOf("=")
      return eq === -1
        ? [decodeQuery(pair), ""] as const
        : [decodeQuery(pair.slice(0, eq)), decodeQuery(pair.slice(eq + 1))] as const
    })
  }
}

const single = (value: string | ReadonlyArray<string> | undefined): string | undefined =>
  typeof value === "string" || value === undefined ? value : value.join(", ")

/** The server, listening on a free loopback port for as long as the scope lives. */
export const make = Effect.gen(function*() {
  const log: Array<Recorded> = []
  let answer: Answer = { status: 500, body: "{\"message\":\"no answer scripted\"}" }
  const srv = http.createServer((req, res) => {
    const chunks: Array<Buffer> = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      log.push({
        method: req.method ?? "",
        ...parseTarget(req.url ?? ""),
        ifMatch: single(req.headers["if-match"]),
        acceptLanguage: single(req.headers["accept-language"]),
        accept: single(req.headers["accept"]),
        contentType: single(req.headers["content-type"]),
        authorization: single(req.headers["authorization"]),
        body: Buffer.concat(chunks).toString("utf8")
      })
      res.writeHead(answer.status, { ...answer.headers })
      res.end(answer.body ?? "")
    })
  })
  yield* Effect.acquireRelease(
    Effect.async<void>((resume) => {
      srv.listen(0, "127.0.0.1", () => resume(Effect.void))
    }),
    () =>
      Effect.async<void>((resume) => {
        srv.closeAllConnections()
        srv.close(() => resume(Effect.void))
      })
  )
  const { port } = srv.address() as AddressInfo
  const recorder: Recorder = {
    url: `http://127.0.0.1:${port}`,
    record: (next, effect) =>
      Effect.suspend(() => {
        answer = next
        const from = log.length
        return Effect.map(effect, (a) => [a, log.slice(from)] as const)
      })
  }
  return recorder
})

/** The only request recorded, if exactly one was. */
export const only = (recorded: ReadonlyArray<Recorded>): Option.Option<Recorded> =>
  recorded.length === 1 ? Option.some(recorded[0]!) : Option.none()
