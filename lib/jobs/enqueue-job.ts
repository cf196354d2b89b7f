// Enqueue a job inside the caller's transaction: it exists only if the caller's change commits.
// pg-boss only builds the statement here (a never-started instance); it runs on the caller's handle.
import "server-only";
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { DbOrTx } from "@/db/client";
import { drizzleAdapter, JOB_SCHEMA } from "./boss";
import { findJob } from "./define-job";

const sender = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => {
      throw new Error("enqueueJob runs on the caller's transaction only");
    },
  },
});

export interface EnqueueOptions {
  /** Not before this time. */
  runAt?: Date;
  /**
   * An idempotency key: a job of this name with this key is enqueued once (while the queue keeps
   * it, about two weeks), e.g. one reminder per order, one delivery per event and endpoint.
   */
  singletonKey?: string;
}

/** A stable job id for (name, key): a UUID built from their hash, so a second enqueue conflicts. */
function keyedId(name: string, key: string): string {
  const hex = createHash("sha256").update(`${name}\u0000${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Answers the job id, or null when a job with the same singletonKey was already enqueued. */
export async function enqueueJob(tx: DbOrTx, name: string, data: object, options: EnqueueOptions = {}): Promise<string | null> {
  const job = findJob(name);
  if (!job) throw new Error(`Unknown job "${name}": define it with defineJob and import its module in lib/jobs/handlers.ts`);
  return sender.send(name, data, {
    db: drizzleAdapter(tx),
    startAfter: options.runAt,
    id: options.singletonKey === undefined ? undefined : keyedId(name, options.singletonKey),
    retryLimit: job.retryLimit ?? 5,
    retryDelay: job.retryDelaySeconds ?? 10,
    retryBackoff: true,
  });
}
