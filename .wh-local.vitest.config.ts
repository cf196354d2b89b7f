import path from "node:path";
import { defineConfig } from "vitest/config";
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts") };
export default defineConfig({
  resolve: { alias },
  test: { include: ["tests/e2e/warehouse-*.test.ts"], environment: "node", globalSetup: ["tests/e2e/.wh-local-setup.ts"], testTimeout: 300_000, hookTimeout: 240_000, fileParallelism: false },
});
