// Starts the production server (`npm start`: migrate + seed + next start) on a free port against a
// database of its own, for the browser tests. `next build` must have run (npm test does it).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { freePort } from "../fixtures/free-port";

let server: ChildProcess | undefined;
let cleanup: (() => Promise<void>) | undefined;


export default async function setup(project: TestProject) {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first (npm test does).");
  // Next keeps cached catalogue data (unstable_cache) in .next/cache/fetch-cache across runs and
  // builds: a previous run against another database (a factory it verified, titles it saw) would be
  // served to this one. Each run starts with an empty data cache.
  fs.rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  if (process.env.DATABASE_URL) {
    const name = `haozao_e2e_${process.pid}_${Date.now().toString(36)}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = async () => {
      const again = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "haozao-e2e-"));
    env.PGLITE_DIR = dir;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const port = await freePort();
  env.PORT = String(port);
  const log = fs.createWriteStream(path.join(os.tmpdir(), `haozao-e2e-server-${port}.log`));
  server = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  // Migrating and seeding (every demo photo rendered and hashed) take minutes on a busy machine;
  // E2E_START_TIMEOUT_MS changes the wait.
  const startTimeout = Number(process.env.E2E_START_TIMEOUT_MS) || 600_000;
  const deadline = Date.now() + startTimeout;
  for (;;) {
    if (server.exitCode != null) throw new Error(`Server exited early (${server.exitCode}); see ${log.path}`);
    try {
      const res = await fetch(`${baseUrl}/en`, { redirect: "manual" });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not start within ${startTimeout / 1000} s; see ${log.path}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", env.DATABASE_URL ?? "");
  // With a default export vitest ignores a named `teardown`: only the function returned here runs.
  return teardown;
}

export async function teardown() {
  if (server?.pid) {
    const exited = new Promise((r) => server!.once("exit", r));
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    server.stdout?.destroy();
    server.stderr?.destroy();
    server.unref();
  }
  await cleanup?.();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}
