import { assert, beforeAll, describe, it } from "@effect/vitest"
import * as Model from "@smapi-effect/codegen/Model"
import * as Spec from "@smapi-effect/codegen/Spec"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

// The official SDK's client is generated into ask-smapi-model too: its `call...` methods'
// signatures are in the same package's index.d.ts.
const sdk = readFileSync(createRequire(import.meta.url).resolve("ask-smapi-model/index.d.ts"), "utf8")

const sdkArguments = (operation: string) => {
  const method = `call${operation.charAt(0).toUpperCase()}${operation.slice(1)}`
  const match = sdk.match(new RegExp(`\\b${method}\\(([^)]*)\\)`))
  if (match === null) throw new Error(`the SDK has no ${method}`)
  return match[1]!.split(/,\s*(?![^<]*>)/).filter((argument) => argument.trim() !== "").map((argument) => {
    const name = argument.trim().split(":")[0]!
    return { key: name.replace("?", ""), required: !name.endsWith("?") }
  }).sort((a, b) => a.key.localeCompare(b.key))
}

let model: Model.Model
beforeAll(async () => {
  model = Model.make(await Spec.load(), Spec.modelVersion())
})

describe("the input of every operation", () => {
  it("is keyed by the official SDK's argument names, required where the SDK requires them", () => {
    for (const operation of model.operations) {
      const ours = operation.parameters.map((p) => ({ key: p.key, required: p.required }))
        .sort((a, b) => a.key.localeCompare(b.key))
      assert.deepStrictEqual(ours, sdkArguments(operation.name), operation.name)
    }
    assert.strictEqual(model.operations.length, 158)
  })
})
