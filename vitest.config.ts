import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "dist/**"],
    // Real-process tests start servers; give them room but never hang CI.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: run test files two at a time.
    maxWorkers: 2,
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
