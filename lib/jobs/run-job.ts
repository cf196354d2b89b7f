// Runs one job's handler, with its context. Shared by the worker and drainJobs.
import type { Db } from "@/db/client";
import { findJob } from "./define-job";

export async function runJob(db: Db, name: string, job: { id: string; data: unknown; retryCount?: number }): Promise<void> {
  const definition = findJob(name);
  if (!definition) throw new Error(`No handler for job "${name}"`);
  await definition.handler(job.data ?? {}, { db, jobId: job.id, retryCount: job.retryCount ?? 0 });
}
