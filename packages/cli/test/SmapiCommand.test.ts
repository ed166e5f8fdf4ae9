/**
 * A `smapi` command line against its generated command: flags become the operation's input as
 * ask-cli builds it, and every mistake is a usage error naming its flag.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Either from "effect/Either"
import * as FastCheck from "effect/FastCheck"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { command as addTesters } from "../src/commands/add-testers-to-beta-test.js"
import { command as createExperiment } from "../src/commands/create-experiment.js"
import { command as createSkill } from "../src/commands/create-skill-for-vendor.js"
import { command as getSkillManifest } from "../src/commands/get-skill-manifest.js"
import { command as getSkillStatus } from "../src/commands/get-skill-status.js"
import { commands } from "../src/commands/index.js"
import { command as listSkills } from "../src/commands/list-skills-for-vendor.js"
import { command as setInteractionModel } from "../src/commands/set-interaction-model.js"
import * as Smapi from "../src/Smapi.js"
import * as SmapiCommand from "../src/SmapiCommand.js"

const input = (command: SmapiCommand.Command, argv: ReadonlyArray<string>) => {
  const parsed = SmapiCommand.parse(command, argv)
  if (Either.isLeft(parsed)) assert.fail(parsed.left.message)
  return parsed.right.input
}

const usage = (command: SmapiCommand.Command, argv: ReadonlyArray<string>) => {
  const parsed = SmapiCommand.parse(command, argv)
  if (Either.isRight(parsed)) assert.fail(`${argv.join(" ")} was accepted`)
  return parsed.left
}

describe("smapi command lines", () => {
  it("the index has every command, each loading its own module", async () => {
    assert.strictEqual(Object.keys(commands).length, 155)
    const { command } = await commands["get-skill-status"]!.load()
    assert.strictEqual(command, getSkillStatus)
    assert.strictEqual(command.operation.id, "getSkillStatusV1")
  })

  it("flags and ask-cli's aliases become the input, keyed by the SDK's argument names", () => {
    assert.deepStrictEqual(input(getSkillStatus, ["--skill-id", "amzn1.ask.skill.1", "--resource", "manifest"]), {
      skillId: "amzn1.ask.skill.1",
      resource: "manifest"
    })
    assert.deepStrictEqual(input(setInteractionModel, ["-s", "S", "-l", "en-US", "--interaction-model", "{\"a\":1}"]), {
      skillId: "S",
      stageV2: "development",
      locale: "en-US",
      interactionModel: { a: 1 }
    })
    assert.strictEqual(
      input(setInteractionModel, ["-s", "S", "-g", "live", "-l", "en-US", "--interaction-model", "{}"]).stageV2,
      "live"
    )
    assert.strictEqual(
      input(setInteractionModel, ["-s", "S", "-l", "en-US", "--interaction-model", "{}", "--if-match", "e1"]).ifMatch,
      "e1"
    )
  })

  it("an unwrapped body is built from its flags, numbers as numbers; JSON inline or file:<path>", () => {
    const directory = mkdtempSync(join(tmpdir(), "smapi-command-"))
    writeFileSync(join(directory, "metrics.json"), "[{\"metricName\":\"m\"}]")
    assert.deepStrictEqual(
      input(createExperiment, [
        "-s",
        "S",
        "--experiment-name",
        "n",
        "--experiment-description",
        "d",
        "--experiment-type",
        "ENDPOINT_BASED",
        "--experiment-planned-duration",
        "P2W",
        "--experiment-exposure-percentage",
        "12.5",
        "--experiment-metric-configurations",
        `file:${join(directory, "metrics.json")}`
      ]),
      {
        skillId: "S",
        createExperimentRequest: {
          experiment: {
            name: "n",
            description: "d",
            type: "ENDPOINT_BASED",
            plannedDuration: "P2W",
            exposurePercentage: 12.5,
            metricConfigurations: [{ metricName: "m" }]
          }
        }
      }
    )
    assert.deepStrictEqual(input(createSkill, ["--manifest", "{\"manifest\":{}}"]), {
      createSkillRequest: { manifest: {} }
    })
  })

  it("lists are split at commas; testers' emails become ask-cli's testers", () => {
    assert.deepStrictEqual(input(listSkills, ["--skill-id", "a,b", "--max-results", "10"]), {
      skillId: ["a", "b"],
      maxResults: 10
    })
    assert.deepStrictEqual(input(addTesters, ["-s", "S", "--testers-emails", "a@example.com,b@example.com"]), {
      skillId: "S",
      testersRequest: { testers: [{ emailId: "a@example.com" }, { emailId: "b@example.com" }] }
    })
  })

  it("usage errors name the flag: unknown, missing, without a value, not a number, unreadable file", () => {
    assert.include(usage(getSkillStatus, ["--skill-id", "S", "--bogus"]).message, "unknown flag --bogus")
    assert.include(usage(getSkillStatus, []).message, "--skill-id")
    assert.strictEqual(usage(getSkillStatus, []).code, "MISSING_FLAG")
    assert.include(usage(getSkillStatus, ["--skill-id"]).message, "--skill-id needs a value")
    assert.include(usage(getSkillStatus, ["--skill-id", "S", "extra"]).message, "unexpected argument \"extra\"")
    assert.include(usage(listSkills, ["--max-results", "ten"]).message, "--max-results must be a number")
    assert.include(
      usage(createSkill, ["--manifest", "file:/nonexistent/skill.json"]).message,
      "--manifest: cannot read"
    )
    assert.include(usage(getSkillStatus, ["--skill-id", "S", "--all"]).message, "--all: get-skill-status is not paged")
    assert.include(usage(getSkillStatus, ["--skill-id", "S", "--max-attempts", "0"]).message, "--max-attempts")
  })

  it("--help is accepted without the required flags; the help marks them and gives the model's description", () => {
    const parsed = SmapiCommand.parse(getSkillStatus, ["--help"])
    assert.isTrue(Either.isRight(parsed) && parsed.right.help)
    const text = SmapiCommand.help(setInteractionModel, (t) => t)
    assert.include(text, "-s, --skill-id <skill-id>")
    assert.include(text, "[REQUIRED] The skill ID.")
    assert.include(text, "-g, --stage <stage>")
    assert.include(text, "Default: development.")
    assert.include(text, "[JSON]: inline, or file:<path>.")
    assert.include(text, setInteractionModel.description.split("\n")[0]!.split(" ").slice(0, 4).join(" "))
    assert.include(SmapiCommand.help(listSkills, (t) => t), "ASK_VENDOR_ID")
    const all = Smapi.help(commands, (t) => t)
    assert.include(all, "Commands (155)")
    assert.match(all, /\n {2}get-skill-status +Get the status of skill resource/)
  })

  it.prop("any value of a string flag reaches the input as it is", [FastCheck.string({ minLength: 1 })], ([value]) => {
    const argv = ["--skill-id", "S", `--resource=${value}`]
    assert.strictEqual(input(getSkillStatus, argv).resource, value)
  })

  it("the printed answer is the body: a declared header's wrapper is taken off, a redirect's location kept", () => {
    const created = { body: { skillId: "amzn1.ask.skill.1" }, location: "/v1/skills/amzn1.ask.skill.1/status" }
    assert.deepStrictEqual(Smapi.bodyOf(createSkill.operation, 202, created), { skillId: "amzn1.ask.skill.1" })
    const status = { body: { manifest: {} } }
    assert.deepStrictEqual(Smapi.bodyOf(getSkillStatus.operation, 200, status), status)
    assert.deepStrictEqual(Smapi.bodyOf(getSkillManifest.operation, 303, { location: "https://x" }), {
      location: "https://x"
    })
  })

  it("secrets print as <redacted> unless revealed", () => {
    const answer = { a: { clientSecret: "s1", clientId: "c" }, list: [{ password: "p" }], nextToken: "t" }
    assert.deepStrictEqual(Smapi.toJson(answer, false), {
      a: { clientSecret: "<redacted>", clientId: "c" },
      list: [{ password: "<redacted>" }],
      nextToken: "t"
    })
    assert.deepStrictEqual(Smapi.toJson(answer, true), answer)
  })
})
