// One member of a test fleet: a process that configures itself the way users do,
// `SkillCredentials.layerConfig()` from the environment (SMAPI_REDIS_URL and SMAPI_RATE_LIMIT
// load @smapi-effect/fleet through the engine), and makes calls when told, one command a line
// on stdin: `calls N C` (N calls, C at a time), `loop P` (one call after another, P ms apart,
// until the next line), `exit`. It answers `done` after each command (`loop`: after its first
// success, so the test knows it runs) and at exit one JSON line: {"ok":n,"failed":[error tags]}.
import * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as NodeHttpTransport from "@smapi-effect/http-transport/NodeHttpTransport"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Queue from "effect/Queue"
import * as Ref from "effect/Ref"
import { createInterface } from "node:readline"

const skillId = process.env.FLEET_TEST_SKILL_ID ?? "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"
// Stamps each request with the time it leaves: beneath the fleet's limiter (which decorates this
// transport), so that the test reads when the fleet let it go, apart from how late it arrives on
// a loaded machine.
const stamped = Layer.effect(
  HttpTransport.HttpTransport,
  Effect.map(HttpTransport.HttpTransport, (transport) =>
    HttpTransport.HttpTransport.of({
      send: (request) =>
        Effect.suspend(() =>
          transport.send({ ...request, headers: { ...request.headers, "x-test-sent-at": String(Date.now()) } })
        )
    }))
).pipe(Layer.provide(NodeHttpTransport.layer()))

const say = (line: string) => Effect.sync(() => process.stdout.write(`${line}\n`))

const program = Effect.gen(function*() {
  const lines = yield* Queue.unbounded<string>()
  createInterface({ input: process.stdin }).on("line", (line) => Queue.unsafeOffer(lines, line))
  const ok = yield* Ref.make(0)
  const failed = yield* Ref.make<ReadonlyArray<string>>([])
  const one = SkillCredentials.get(skillId).pipe(
    Effect.matchEffect({
      onFailure: (error) => Ref.update(failed, (all) => [...all, `${error._tag}${error.status ?? ""}`]),
      onSuccess: () => Ref.update(ok, (n) => n + 1)
    })
  )
  while (true) {
    const [command, a, b] = (yield* Queue.take(lines)).split(" ")
    if (command === "calls") {
      yield* Effect.forEach(Array.from({ length: Number(a) }), () => one, {
        concurrency: Number(b ?? 1),
        discard: true
      })
      yield* say("done")
    } else if (command === "loop") {
      const first = yield* Deferred.make<void>()
      const looping = yield* Effect.fork(Effect.forever(
        Effect.zipRight(Effect.zipRight(one, Deferred.succeed(first, undefined)), Effect.sleep(Number(a ?? 0)))
      ))
      yield* Deferred.await(first)
      yield* say("done")
      yield* Queue.take(lines)
      yield* Fiber.interrupt(looping)
      yield* say("done")
    } else {
      return yield* say(JSON.stringify({ ok: yield* Ref.get(ok), failed: yield* Ref.get(failed) }))
    }
  }
}).pipe(
  Effect.provide(SkillCredentials.layerConfig({ transport: stamped })),
  // the fleet's warnings on stderr, where a failing test shows them
  Effect.provide(Logger.replace(Logger.defaultLogger, Logger.withConsoleError(Logger.stringLogger)))
)

Effect.runPromise(program).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${String(error)}\n`)
    process.exit(2)
  }
)
