import effect from "@effect/eslint-plugin"
import js from "@eslint/js"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/build/**",
      "**/dist/**",
      "**/node_modules/**",
      "**/*.d.ts",
      "bench/RESULTS.md",
      "packages/cli/src/commands/**"
    ]
  },
  js.configs.recommended,
  {
    files: ["**/*.mjs"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly", URL: "readonly" }
    }
  },
  ...tseslint.configs.recommended,
  {
    plugins: { "@effect": effect },
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // The Effect codebase's formatting, through dprint: one style, applied by `pnpm lint:fix`.
      "@effect/dprint": ["error", {
        config: {
          indentWidth: 2,
          lineWidth: 120,
          semiColons: "asi",
          quoteStyle: "alwaysDouble",
          trailingCommas: "never",
          operatorPosition: "maintain",
          "arrowFunction.useParentheses": "force"
        }
      }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-constant-condition": ["error", { checkLoops: false }],
      // `export declare namespace X { interface Encoded }` beside `const X` is how Effect pairs a
      // schema with its types (the generated SMAPI schemas do); a namespace with values is not.
      "@typescript-eslint/no-namespace": ["error", { allowDeclarations: true }]
    }
  }
)
