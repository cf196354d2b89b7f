// A job: a name, a handler and its retry policy, optionally a schedule (cron, UTC). Domain modules
// define their jobs with defineJob; lib/jobs/handlers.ts imports them all so a worker knows them.
import type { Db } from "@/db";

export interface JobContext {
  db: Db;
  /** The job's id in the queue, for logs and idempotency keys. */
  jobId: string;
  /** 0 on the first try. */
  retryCount: number;
}

export interface JobDefinition<T = unknown> {
  name: string;
  handler: (data: T, context: JobContext) => Promise<void>;
  /** Tries after the first (default 5), with exponential backoff from retryDelaySeconds (default 10). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A cron expression (UTC): the job is enqueued on that schedule with an empty payload. */
  schedule?: string;
}

const globalForJobs = globalThis as unknown as { haozaoJobs?: Map<string, JobDefinition> };
const registry = (globalForJobs.haozaoJobs ??= new Map());

export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<T> {
  if (!/^[a-z][a-z0-9_.-]{1,60}$/.test(definition.name)) throw new Error(`Bad job name: ${definition.name}`);
  registry.set(definition.name, definition as JobDefinition);
  return definition;
}

export const listJobs = (): JobDefinition[] => [...registry.values()];
export const findJob = (name: string) => registry.get(name) ?? null;
