import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts", "examples/**/*.test.ts"],
    // Property tests over real sockets can take a few seconds on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    sequence: { concurrent: false },
    reporters: ["default"]
  }
})
