// A real redis-server for the fleet tests (Debian's package; `.ci/run` installs it when missing),
// on a free loopback port, with no persistence, stopped with the scope; and the worker processes.
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { Redis } from "ioredis"
import { type ChildProcess, spawn } from "node:child_process"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"

export interface RedisServer {
  readonly url: string
  readonly port: number
  /** Kills the server (SIGKILL): everything in it is gone, as no persistence is kept. */
  readonly kill: Effect.Effect<void>
  /** Starts it again on the same port. */
  readonly start: Effect.Effect<void>
  /** A fresh admin connection, closed with the scope. */
  readonly admin: Effect.Effect<Redis, never, Scope.Scope>
}

const freePort = Effect.async<number>((resume) => {
  const server = createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

const startOn = (port: number) =>
  Effect.async<ChildProcess, Error>((resume) => {
    const child = spawn("redis-server", [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--protected-mode",
      "no"
    ], { stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes("Ready to accept connections")) {
        child.stdout?.off("data", onData)
        child.stdout?.resume()
        resume(Effect.succeed(child))
      }
    }
    child.stdout?.on("data", onData)
    child.once("error", (error) => resume(Effect.fail(error)))
    child.once("exit", (code) => resume(Effect.fail(new Error(`redis-server exited ${code}: ${output.slice(-500)}`))))
  })

const stop = (child: ChildProcess) =>
  Effect.async<void>((resume) => {
    if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.void)
    child.once("exit", () => resume(Effect.void))
    child.kill("SIGKILL")
  })

/** A redis-server for the scope. */
export const redisServer: Effect.Effect<RedisServer, Error, Scope.Scope> = Effect.gen(function*() {
  const port = yield* freePort
  let child = yield* startOn(port)
  yield* Effect.addFinalizer(() => stop(child))
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    kill: Effect.suspend(() => stop(child)),
    start: Effect.orDie(Effect.map(startOn(port), (started) => {
      child = started
    })),
    admin: Effect.acquireRelease(
      Effect.promise(async () => {
        const redis = new Redis({ host: "127.0.0.1", port, maxRetriesPerRequest: 1 })
        redis.on("error", () => {})
        await redis.ping()
        return redis
      }),
      (redis) => Effect.sync(() => redis.disconnect())
    )
  }
})

const root = fileURLToPath(new URL("../../..", import.meta.url))
const workerFile = fileURLToPath(new URL("./worker.ts", import.meta.url))

export interface WorkerReport {
  readonly ok: number
  readonly failed: ReadonlyArray<string>
  /** What it logged: fleet mode's warnings. */
  readonly stderr: string
}

export interface Worker {
  /** Sends one command (see worker.ts) and waits for its `done`. */
  readonly command: (line: string) => Effect.Effect<void, Error>
  /** Ends the worker and reads its report. */
  readonly exit: Effect.Effect<WorkerReport, Error>
}

/** A worker process (worker.ts, through tsx) with the test's environment plus `env`. */
export const worker = (env: Record<string, string>): Effect.Effect<Worker, never, Scope.Scope> =>
  Effect.gen(function*() {
    const child = yield* Effect.acquireRelease(
      Effect.sync(() =>
        spawn(process.execPath, ["--import", "tsx", workerFile], {
          cwd: root,
          env: { ...process.env, ...env, NODE_OPTIONS: "" },
          stdio: ["pipe", "pipe", "pipe"]
        })
      ),
      (child) => Effect.sync(() => child.exitCode === null && child.kill("SIGKILL"))
    )
    let stdout = ""
    let stderr = ""
    const waiting: Array<() => void> = []
    let dones = 0
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString()
      const seen = stdout.split("\n").filter((line) => line === "done").length
      while (dones < seen) {
        dones++
        waiting.shift()?.()
      }
    })
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
    const died = exited.then((code) => Promise.reject(new Error(`worker exited ${code}: ${stderr.slice(-3000)}`)))
    died.catch(() => {})
    return {
      command: (line) =>
        Effect.tryPromise({
          try: () => {
            const done = new Promise<void>((resolve) => waiting.push(resolve))
            child.stdin!.write(`${line}\n`)
            return Promise.race([done, died])
          },
          catch: (error) => error as Error
        }),
      exit: Effect.tryPromise({
        try: async () => {
          child.stdin!.end("exit\n")
          const code = await exited
          const line = stdout.split("\n").find((l) => l.startsWith("{"))
          if (code !== 0 || line === undefined) throw new Error(`worker exited ${code}: ${stderr.slice(-3000)}`)
          return { ...JSON.parse(line), stderr } as WorkerReport
        },
        catch: (error) => error as Error
      })
    }
  })

/** Until `check` holds, looking every 50 ms, for at most `within`. */
export const eventually = <E, R>(check: Effect.Effect<boolean, E, R>, within: Duration.DurationInput = "10 seconds") =>
  Effect.gen(function*() {
    const deadline = Date.now() + Duration.toMillis(Duration.decode(within))
    while (!(yield* check)) {
      if (Date.now() > deadline) return yield* Effect.die(new Error("condition not reached in time"))
      yield* Effect.sleep("50 millis")
    }
  })
