// The in-process worker: every server process works the queue (pg-boss spreads jobs with SKIP
// LOCKED), and on PGlite this is the one process that may. Started once per process on the first
// request (ensureJobWorker is called by the gate and the root layout), never during `next build`.
import "server-only";
import type PgBoss from "pg-boss";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { startBoss } from "./boss";
import { listJobs } from "./define-job";
import "./handlers";
import { runJob } from "./run-job";

const globalForWorker = globalThis as unknown as { haozaoJobWorker?: Promise<PgBoss | null> };

/**
 * Next's helper processes (its jest-worker children: the dev server's static-paths worker imports
 * the root layout too) are not the server: on PGlite, one of them opening the database would take
 * its lock from the server, or fail on it.
 */
const inNextHelperProcess = () => process.argv.some((arg) => arg.includes("jest-worker"));

export function ensureJobWorker(): Promise<PgBoss | null> {
  if (process.env.NEXT_PHASE === "phase-production-build" || env.JOBS_WORKER === "0" || inNextHelperProcess()) return Promise.resolve(null);
  globalForWorker.haozaoJobWorker ??= (async () => {
    try {
      const database = await getDatabase();
      const boss = await startBoss(database, { supervise: true });
      for (const job of listJobs()) {
        await boss.work(job.name, { pollingIntervalSeconds: 1, batchSize: 1, includeMetadata: true }, async ([item]) => {
          await runJob(database.db, job.name, { id: item.id, data: item.data, retryCount: item.retryCount });
        });
        if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: "UTC" });
      }
      return boss;
    } catch (error) {
      console.error("[jobs] the worker did not start", error);
      globalForWorker.haozaoJobWorker = undefined;
      return null;
    }
  })();
  return globalForWorker.haozaoJobWorker;
}
