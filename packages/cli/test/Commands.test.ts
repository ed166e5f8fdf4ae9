/**
 * The generator of the `smapi` command table: ask-cli 2.30.7's names, flags and aliases from the
 * pinned model, and the checked-in table up to date.
 */
import { assert, describe, it } from "@effect/vitest"
import * as FastCheck from "effect/FastCheck"
import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import * as Commands from "../codegen/Commands.js"

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const require = createRequire(import.meta.url)
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"))
const spec = readJson(require.resolve("ask-smapi-model/spec.json")) as Commands.Spec
const customizations: Commands.Customizations = {
  parameters: readJson(here("../codegen/ask-cli/parameters.json")),
  aliases: readJson(here("../codegen/ask-cli/aliases.json"))
}
const table = Commands.commands(spec, customizations)
const byName = new Map(table.map((command) => [command.name, command]))
const command = (name: string) => {
  const found = byName.get(name)
  assert.isDefined(found, name)
  return found!
}
const flag = (commandName: string, name: string) => {
  const found = command(commandName).flags.find((f) => f.name === name)
  assert.isDefined(found, `${commandName} --${name}`)
  return found!
}

describe("the smapi command table", () => {
  it("has ask-cli's 155 commands for the model's 158 operations, the newest version winning", () => {
    const operations = Object.values(spec.paths).flatMap((methods) => Object.values(methods))
    assert.strictEqual(operations.length, 158)
    assert.strictEqual(table.length, 155)
    assert.strictEqual(command("simulate-skill").operation, "simulateSkillV2")
    assert.strictEqual(command("get-skill-simulation").operation, "getSkillSimulationV2")
    assert.strictEqual(command("get-content-upload-by-id").operation, "getContentUploadByIdV1")
    assert.strictEqual(command("get-skill-status").operation, "getSkillStatusV1")
  })

  it("flags: kebab case, ask-cli's aliases, the model's required and descriptions", () => {
    assert.deepStrictEqual(command("get-skill-status").flags.map((f) => [f.name, f.alias, f.required, f.target]), [
      ["skill-id", "s", true, ["skillId"]],
      ["resource", undefined, false, ["resource"]]
    ])
    assert.strictEqual(flag("get-skill-status", "skill-id").description, "The skill ID.")
    assert.include(command("get-skill-status").description, "Get the status of skill resource")
  })

  it("stageV2 is --stage (-g), defaulting to development where the model requires it", () => {
    const stage = flag("set-interaction-model", "stage")
    assert.deepStrictEqual([stage.alias, stage.required, stage.default, stage.target], [
      "g",
      false,
      "development",
      ["stageV2"]
    ])
    assert.strictEqual(flag("set-interaction-model", "if-match").target[0], "ifMatch")
    assert.strictEqual(flag("set-interaction-model", "interaction-model").kind, "json")
  })

  it("the vendor comes from ASK_VENDOR_ID: as a parameter, or into a required body", () => {
    assert.deepStrictEqual(command("list-skills-for-vendor").vendor, ["vendorId"])
    assert.isUndefined(command("list-skills-for-vendor").flags.find((f) => f.name === "vendor-id"))
    assert.deepStrictEqual(command("create-skill-for-vendor").vendor, ["createSkillRequest", "vendorId"])
    assert.isUndefined(command("get-skill-status").vendor)
  })

  it("a body is taken whole as JSON, or unwrapped into flags two levels deep", () => {
    const manifest = flag("create-skill-for-vendor", "manifest")
    assert.deepStrictEqual([manifest.kind, manifest.required, manifest.target], [
      "json",
      true,
      ["createSkillRequest"]
    ])
    assert.isUndefined(command("create-skill-for-vendor").body)
    assert.strictEqual(command("create-experiment").body, "createExperimentRequest")
    assert.deepStrictEqual(flag("create-experiment", "experiment-name").target, [
      "createExperimentRequest",
      "experiment",
      "name"
    ])
    assert.strictEqual(flag("create-experiment", "experiment-exposure-percentage").kind, "number")
    assert.strictEqual(flag("create-experiment", "experiment-metric-configurations").kind, "json")
    assert.deepStrictEqual(flag("create-experiment", "experiment-type").enum, ["ENDPOINT_BASED"])
  })

  it("arrays, query names with dots, and ask-cli's testers' emails", () => {
    const skillIds = flag("list-skills-for-vendor", "skill-id")
    assert.deepStrictEqual([skillIds.array, skillIds.required], [true, false])
    assert.deepStrictEqual(flag("get-utterance-data", "dialog-act-name").target, ["dialogActName"])
    const testers = flag("add-testers-to-beta-test", "testers-emails")
    assert.deepStrictEqual([testers.array, testers.wrap, testers.target], [true, "emailId", [
      "testersRequest",
      "testers"
    ]])
  })

  it("no command's flag or alias collides with another of its own or with the common flags", () => {
    const common = new Set([
      "full-response",
      "all",
      "reveal",
      "help",
      "api-endpoint",
      "lwa-endpoint",
      "max-attempts",
      "timeout",
      "proxy"
    ])
    for (const c of table) {
      const names = c.flags.map((f) => f.name)
      const aliases = c.flags.flatMap((f) => f.alias === undefined ? [] : [f.alias])
      assert.strictEqual(new Set(names).size, names.length, c.name)
      assert.strictEqual(new Set(aliases).size, aliases.length, c.name)
      assert.notInclude(aliases, "h", c.name)
      for (const name of names) assert.isFalse(common.has(name), `${c.name} --${name}`)
    }
  })

  it("the checked-in table is what the generator writes (npx pnpm@10 -s generate:cli)", () => {
    const model = readJson(require.resolve("ask-smapi-model/package.json")) as { version: string }
    const files = Commands.generate(
      spec,
      customizations,
      `ask-smapi-model ${model.version} and ask-cli 2.30.7's customizations`
    )
    const directory = here("../src/commands")
    assert.deepStrictEqual(readdirSync(directory).sort(), [...files.keys()].sort())
    for (const [name, text] of files) assert.strictEqual(readFileSync(`${directory}/${name}`, "utf8"), text, name)
  })

  it.prop("a command name is kebab case; an argument name is lower camel case", [
    FastCheck.stringMatching(/^[a-z][a-zA-Z0-9]{0,20}V[0-9]$/),
    FastCheck.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}([-. ][A-Za-z0-9]{1,10}){0,3}$/)
  ], ([operation, parameter]) => {
    assert.match(Commands.commandName(operation), /^([a-z]+[0-9]*|[0-9]+)(-([a-z]+[0-9]*|[0-9]+))*$/)
    const argument = Commands.argumentName(parameter)
    assert.match(argument, /^[a-z0-9][A-Za-z0-9]*$/)
    assert.strictEqual(argument.toLowerCase(), parameter.replace(/[-. ]/g, "").toLowerCase())
  })
})
