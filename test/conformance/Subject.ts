/**
 * The operations under test: every export of the generated `@smapi-effect/smapi/Operations`.
 */
import type * as Operation from "@smapi-effect/engine/Operation"
import * as Operations from "@smapi-effect/smapi/Operations"

/** Any operation, as the test sees it: an input object in, some value out. */
export type AnyOperation = Operation.Operation<Readonly<Record<string, unknown>>, unknown>

const isOperation = (value: unknown): boolean =>
  typeof value === "object" && value !== null && "id" in value && "method" in value && "path" in value &&
  "input" in value

/** Every operation under test. */
export const operations = Object.values(Operations as Record<string, unknown>).filter(isOperation) as ReadonlyArray<
  AnyOperation
>

/** Whether every operation of the model must be under test. */
export const complete = true
