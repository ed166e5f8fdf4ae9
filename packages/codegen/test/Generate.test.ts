import { assert, describe, it } from "@effect/vitest"
import * as Code from "@smapi-effect/codegen/Code"
import * as Generate from "@smapi-effect/codegen/Generate"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const inTemp = (f: (root: string) => void) => {
  const root = mkdtempSync(join(tmpdir(), "codegen-"))
  try {
    f(root)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

describe("the generated files on disk", () => {
  it("stale names the changed, missing and extra files; write makes them current", () =>
    inTemp((root) => {
      const src = join(root, Generate.outputs.sources)
      mkdirSync(src, { recursive: true })
      writeFileSync(join(src, "Same.ts"), "same\n")
      writeFileSync(join(src, "Changed.ts"), "old\n")
      writeFileSync(join(src, "Gone.ts"), "a module the model no longer has\n")
      const output = new Map([
        [`${Generate.outputs.sources}/Same.ts`, "same\n"],
        [`${Generate.outputs.sources}/Changed.ts`, "new\n"],
        [`${Generate.outputs.sources}/New.ts`, "new\n"],
        [Generate.outputs.docs, "# Operations\n"]
      ])
      assert.deepStrictEqual(Generate.stale(root, output), [
        Generate.outputs.docs,
        `${Generate.outputs.sources}/Changed.ts`,
        `${Generate.outputs.sources}/Gone.ts`,
        `${Generate.outputs.sources}/New.ts`
      ])
      Generate.write(root, output)
      assert.deepStrictEqual(Generate.stale(root, output), [])
      assert.strictEqual(readFileSync(join(src, "Changed.ts"), "utf8"), "new\n")
    }))
})

describe("doc comments", () => {
  it("the model's words cannot close a comment early", () => {
    assert.strictEqual(Code.doc(["a */ b"], ["@since 0.3.0"]), "/**\n * a *\\/ b\n *\n * @since 0.3.0\n */\n")
  })
})
