/**
 * Long-running work, followed to its end. Seventeen operations answer `202 Accepted` and finish
 * their work later: creating or updating a skill, importing or exporting a skill package, building
 * an interaction model, cloning a locale. Each waiter here asks the operation that reports that
 * work's status again and again, by a `Schedule`, until the work has succeeded or failed, and gives
 * up at a deadline. Interrupting a wait stops it at once, sleep included.
 *
 * @example
 * ```ts
 * import { Smapi, Waiters } from "@smapi-effect/smapi"
 * import { Effect } from "effect"
 *
 * // create a skill, then wait until its manifest is built
 * const created = Effect.gen(function*() {
 *   const smapi = yield* Smapi.Smapi
 *   const { body } = yield* smapi.createSkillForVendorV1({
 *     createSkillRequest: { vendorId: "M1EXAMPLE", manifest: { publishingInformation: { locales: {} } } }
 *   })
 *   return yield* Waiters.skill(body!.skillId!, { deadline: "5 minutes" })
 * })
 * ```
 *
 * @since 0.3.0
 */
import type * as Operation from "@smapi-effect/engine/Operation"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type * as Operations from "./Operations.js"
import * as Smapi from "./Smapi.js"
import type * as V1Skill from "./V1Skill.js"

/**
 * What the model says went wrong, one entry per error it listed.
 *
 * @since 0.3.0
 * @category models
 */
export const Problem = Schema.Struct({ code: Schema.optional(Schema.String), message: Schema.String })

/**
 * The work ended, and not well: its status (`FAILED`, `ROLLBACK_SUCCEEDED`, ...) and the errors
 * SMAPI listed for it.
 *
 * @since 0.3.0
 * @category errors
 */
export class WorkFailed extends Schema.TaggedError<WorkFailed>("@smapi-effect/smapi/WorkFailed")("WorkFailed", {
  /** What was followed, e.g. `skill amzn1.ask.skill.… manifest`. */
  work: Schema.String,
  /** The status it ended in. */
  status: Schema.String,
  message: Schema.String,
  problems: Schema.Array(Problem)
}) {}

/**
 * The work was still going on at the deadline. It may still finish: wait again, or look later.
 *
 * @since 0.3.0
 * @category errors
 */
export class WaitTimedOut extends Schema.TaggedError<WaitTimedOut>("@smapi-effect/smapi/WaitTimedOut")(
  "WaitTimedOut",
  {
    work: Schema.String,
    message: Schema.String,
    deadline: Schema.DurationFromSelf
  }
) {}

/**
 * Where a piece of work stands after one look at its status.
 *
 * @since 0.3.0
 * @category models
 */
export type Progress =
  | { readonly _tag: "Pending" }
  | { readonly _tag: "Done" }
  | { readonly _tag: "Failed"; readonly status: string; readonly problems: ReadonlyArray<typeof Problem.Type> }

/**
 * How often to look, and for how long.
 *
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** The waits between looks. Default `defaultSchedule`. */
  readonly schedule?: Schedule.Schedule<unknown, unknown> | undefined
  /** How long to wait in all before `WaitTimedOut`. Default 10 minutes. */
  readonly deadline?: Duration.DurationInput | undefined
}

/**
 * One second, then half as long again each time, never more than 10 seconds between looks: quick
 * for a manifest (seconds), patient with a model build or an import (minutes).
 *
 * @since 0.3.0
 * @category constants
 */
export const defaultSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("1 second", 1.5).pipe(
  Schedule.union(Schedule.spaced("10 seconds"))
)

/**
 * @since 0.3.0
 * @category constants
 */
export const defaultDeadline: Duration.Duration = Duration.minutes(10)

const pending: Progress = { _tag: "Pending" }
const done: Progress = { _tag: "Done" }

/**
 * Looks at `poll` until `progress` says the work is done (its last answer) or failed
 * (`WorkFailed`), by `options.schedule`, failing with `WaitTimedOut` at the deadline. The first
 * look is at once. Errors of `poll` end the wait as they are (each look is one SMAPI call, with its
 * own retries).
 *
 * @since 0.3.0
 * @category waiting
 */
export const until = <A, E, R>(
  work: string,
  poll: Effect.Effect<A, E, R>,
  progress: (answer: A) => Progress,
  options: Options = {}
): Effect.Effect<A, E | WorkFailed | WaitTimedOut, R> => {
  const deadline = Duration.decode(options.deadline ?? defaultDeadline)
  const schedule = Schedule.passthrough(
    Schedule.whileInput(options.schedule ?? defaultSchedule, (answer: A) => progress(answer)._tag === "Pending")
  )
  return Effect.repeat(poll, schedule).pipe(
    Effect.timeoutFail({
      duration: deadline,
      onTimeout: () =>
        new WaitTimedOut({
          work,
          deadline,
          message: `${work}: still in progress after ${Duration.format(deadline)}.`
        })
    }),
    Effect.flatMap((answer) => {
      const end = progress(answer)
      return end._tag === "Failed"
        ? Effect.fail(
          new WorkFailed({
            work,
            status: end.status,
            problems: end.problems,
            message: `${work} ended ${end.status}${end.problems.length === 0 ? "" : `: ${end.problems[0]!.message}`}`
          })
        )
        : Effect.succeed(answer)
    })
  )
}

// ---------------------------------------------------------------------------------------------
// what the model's statuses mean
// ---------------------------------------------------------------------------------------------

interface Reported {
  readonly status?: string | undefined
  readonly errors?: ReadonlyArray<V1Skill.StandardizedError> | undefined
}

const problems = (errors: ReadonlyArray<V1Skill.StandardizedError> | undefined) =>
  (errors ?? []).map((error) => {
    const e = error as { readonly code?: string; readonly message?: string }
    return { ...(e.code === undefined ? {} : { code: e.code }), message: e.message ?? "no message" }
  })

/**
 * `IN_PROGRESS` is pending, `SUCCEEDED` and `SKIPPED` done, any other known status failed; a
 * status newer than the model is taken as pending (the deadline bounds it).
 */
const ofStatus = (reported: Reported | undefined, finished: ReadonlySet<string>, failed: ReadonlySet<string>) => {
  const status = reported?.status
  if (status === undefined || status === "IN_PROGRESS") return pending
  if (finished.has(status)) return done
  if (failed.has(status)) return { _tag: "Failed", status, problems: problems(reported?.errors) } as const
  return pending
}

const succeeded = new Set(["SUCCEEDED", "SKIPPED"])
const failures = new Set(["FAILED", "ROLLBACK_SUCCEEDED", "ROLLBACK_FAILED", "INELIGIBLE", "MIXED"])

// several resources: failed if any failed, pending if any is, done when all are
const all = (each: ReadonlyArray<Progress>): Progress =>
  each.find((p) => p._tag === "Failed") ?? each.find((p) => p._tag === "Pending") ?? done

const skillProgress = (locale: string | undefined) => (status: V1Skill.SkillStatus): Progress => {
  const models = status.interactionModel ?? {}
  const locales = locale === undefined ? Object.keys(models) : [locale]
  return all([
    ...(locale === undefined ? [ofStatus(status.manifest?.lastUpdateRequest, succeeded, failures)] : []),
    ...locales.map((l) =>
      models[l] === undefined && locale !== undefined
        ? pending
        : ofStatus(models[l]?.lastUpdateRequest, succeeded, failures)
    )
  ])
}

// the errors of the operation `K`, as its description declares them
type SmapiErrors<K extends keyof typeof Operations> = (typeof Operations)[K] extends
  Operation.Operation<infer _I, infer _A, infer E> ? E : never

/**
 * A skill created or updated (`createSkillForVendorV1`, `updateSkillManifestV1`, an import): its
 * manifest and every interaction model built, by `getSkillStatusV1`.
 *
 * @since 0.3.0
 * @category waiting
 */
export const skill = (
  skillId: string,
  options?: Options
): Effect.Effect<V1Skill.SkillStatus, SmapiErrors<"getSkillStatusV1"> | WorkFailed | WaitTimedOut, Smapi.Smapi> =>
  Effect.flatMap(
    Smapi.Smapi,
    (smapi) => until(`skill ${skillId}`, smapi.getSkillStatusV1({ skillId }), skillProgress(undefined), options)
  )

/**
 * An interaction model built (`setInteractionModelV1`): the model of `locale`, by
 * `getSkillStatusV1` with `resource: "interactionModel"`.
 *
 * @since 0.3.0
 * @category waiting
 */
export const interactionModel = (
  skillId: string,
  locale: string,
  options?: Options
): Effect.Effect<V1Skill.SkillStatus, SmapiErrors<"getSkillStatusV1"> | WorkFailed | WaitTimedOut, Smapi.Smapi> =>
  Effect.flatMap(Smapi.Smapi, (smapi) =>
    until(
      `interaction model ${locale} of skill ${skillId}`,
      smapi.getSkillStatusV1({ skillId, resource: "interactionModel" }),
      skillProgress(locale),
      options
    ))

/**
 * A skill package imported (`createSkillPackageV1`, `importSkillPackageV1`), by
 * `getImportStatusV1`.
 *
 * @since 0.3.0
 * @category waiting
 */
export const skillImport = (
  importId: string,
  options?: Options
): Effect.Effect<V1Skill.ImportResponse, SmapiErrors<"getImportStatusV1"> | WorkFailed | WaitTimedOut, Smapi.Smapi> =>
  Effect.flatMap(Smapi.Smapi, (smapi) =>
    until(
      `import ${importId}`,
      smapi.getImportStatusV1({ importId }),
      (answer) => ofStatus(answer, succeeded, failures),
      options
    ))

/**
 * A skill package exported (`createExportRequestForSkillV1`), by `getStatusOfExportRequestV1`.
 *
 * @since 0.3.0
 * @category waiting
 */
export const skillExport = (
  exportId: string,
  options?: Options
): Effect.Effect<
  V1Skill.ExportResponse,
  SmapiErrors<"getStatusOfExportRequestV1"> | WorkFailed | WaitTimedOut,
  Smapi.Smapi
> =>
  Effect.flatMap(Smapi.Smapi, (smapi) =>
    until(
      `export ${exportId}`,
      smapi.getStatusOfExportRequestV1({ exportId }),
      (answer) => ofStatus(answer, succeeded, failures),
      options
    ))

/**
 * The last path segment of a `Location`, e.g. the import id of `/v1/skills/imports/{importId}`.
 *
 * @since 0.3.0
 * @category waiting
 */
export const idOfLocation = (location: string | undefined): string | undefined => {
  if (location === undefined) return undefined
  const path = location.replace(/^[a-z]+:\/\/[^/]*/i, "").split(/[?#]/)[0]!
  const last = path.split("/").filter((s) => s !== "").pop()
  if (last === undefined) return undefined
  try {
    return decodeURIComponent(last)
  } catch {
    return undefined
  }
}
