// Runs every due job now, in this process, until the queues are empty (or `max` jobs ran): for
// tests and scripts, which then see the jobs' effects without waiting for a poll.
import type { Database } from "@/db/client";
import { startBoss } from "./boss";
import { listJobs } from "./define-job";
import "./handlers";
import { runJob } from "./run-job";

export interface DrainReport {
  completed: number;
  failed: number;
  errors: string[];
}

export async function drainJobs(database: Database, options: { names?: string[]; max?: number } = {}): Promise<DrainReport> {
  const boss = await startBoss(database);
  const report: DrainReport = { completed: 0, failed: 0, errors: [] };
  const names = options.names ?? listJobs().map((j) => j.name);
  const max = options.max ?? 500;
  try {
    for (let round = 0; report.completed + report.failed < max; round++) {
      let ran = 0;
      for (const name of names) {
        const jobs = await boss.fetch(name, { batchSize: 20, includeMetadata: true });
        for (const job of jobs ?? []) {
          ran++;
          try {
            await runJob(database.db, name, { id: job.id, data: job.data, retryCount: job.retryCount });
            await boss.complete(name, job.id);
            report.completed++;
          } catch (error) {
            await boss.fail(name, job.id, { message: String(error) });
            report.failed++;
            report.errors.push(`${name}: ${String(error)}`);
          }
        }
      }
      if (!ran) break;
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return report;
}
