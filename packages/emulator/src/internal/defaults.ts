import * as Operations from "@smapi-effect/smapi/Operations"
import type { AnyOperation } from "./router.js"

const isOperation = (value: unknown): value is AnyOperation =>
  typeof value === "object" && value !== null && "id" in value && "method" in value && "path" in value &&
  "responses" in value

/** The operations an emulator answers unless told otherwise: every one the model describes. */
export const defaults = (): ReadonlyArray<AnyOperation> => Object.values(Operations).filter(isOperation)
