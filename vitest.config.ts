import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests and scripts are server code.
  "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts"),
};

// Server code under test (route handlers, actions, the gate) reads translations as it does in a
// React Server Component: next-intl's server build and our request config, as the Next plugin wires them.
const serverAlias = {
  ...alias,
  "next-intl/server": path.resolve(import.meta.dirname, "node_modules/next-intl/dist/esm/development/server.react-server.js"),
  "next-intl/config": path.resolve(import.meta.dirname, "i18n/request.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias: serverAlias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // next-intl's ESM imports `next/navigation` without an extension: let vite resolve it.
          server: { deps: { inline: [/next-intl/, /use-intl/] } },
          // Each file gets its own database; PGlite in one process is memory-hungry, so few at a time.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 90_000,
          hookTimeout: 660_000,
          // What a user waits for (a saved form, an import's report) can take seconds on a busy 2-core
          // machine: `expect.poll` keeps looking for 15 s, not vitest's default 1 s.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          // One production server for all files, one spec at a time: several specs act as the same demo
          // accounts (the buyer's cart, the admin's unverified factories) and share its cached pages.
          maxWorkers: 1,
        },
      },
    ],
  },
});
