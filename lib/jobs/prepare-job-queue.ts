// Creates (or migrates) the queue's schema and one queue per defined job. Runs with the database
// migrations (seed/bootstrap.ts), so a job enqueued later always has its queue: pg-boss would
// otherwise drop a job sent to a queue that does not exist.
import type { Database } from "@/db/client";
import { startBoss } from "./boss";
import { listJobs } from "./define-job";
import "./handlers";

export async function prepareJobQueue(database: Database): Promise<void> {
  const boss = await startBoss(database);
  try {
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const job of listJobs()) {
      if (!existing.has(job.name)) await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit ?? 5, retryDelay: job.retryDelaySeconds ?? 10, retryBackoff: true });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
