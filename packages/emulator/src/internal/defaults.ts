import * as Experimental from "@smapi-effect/engine/Experimental"
import * as SkillCredentials from "@smapi-effect/skill-credentials/SkillCredentials"
import type { AnyOperation } from "./router.js"

/** The operations an emulator answers unless told otherwise. */
export const defaults = (): ReadonlyArray<AnyOperation> => [
  SkillCredentials.operation,
  Experimental.listSkillsForVendor,
  Experimental.getSkillStatus,
  Experimental.deleteSkill,
  Experimental.createSkill
]
