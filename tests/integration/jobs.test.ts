// The job queue (pg-boss on PostgreSQL and on PGlite): jobs are enqueued in the caller's
// transaction, run by drainJobs, deduplicated by key, and retried when they fail.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { defineJob } from "@/lib/jobs/define-job";
import { drainJobs } from "@/lib/jobs/drain-jobs";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { prepareJobQueue } from "@/lib/jobs/prepare-job-queue";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

const seen: number[] = [];
let failuresLeft = 0;
defineJob<{ n: number }>({
  name: "test.echo",
  retryLimit: 2,
  retryDelaySeconds: 0,
  handler: async ({ n }) => {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error("receiver down");
    }
    seen.push(n);
  },
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
  await prepareJobQueue(database); // creates the queue of the job defined by this file
});
afterAll(async () => database?.close());

describe("the job queue", () => {
  it("runs a job enqueued in a committed transaction, and not one whose transaction rolled back", async () => {
    seen.length = 0;
    await database.db.transaction(async (tx) => {
      await enqueueJob(tx, "test.echo", { n: 1 });
    });
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, "test.echo", { n: 2 });
        throw new Error("rollback");
      })
      .catch(() => {});
    const report = await drainJobs(database, { names: ["test.echo"] });
    expect(seen).toEqual([1]);
    expect(report.completed).toBe(1);
  });

  it("keeps one queued job per singleton key", async () => {
    seen.length = 0;
    const first = await enqueueJob(database.db, "test.echo", { n: 3 }, { singletonKey: "order-9" });
    const second = await enqueueJob(database.db, "test.echo", { n: 4 }, { singletonKey: "order-9" });
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    await drainJobs(database, { names: ["test.echo"] });
    expect(seen).toEqual([3]);
  });

  it("retries a failing job until it succeeds", async () => {
    seen.length = 0;
    failuresLeft = 2;
    await enqueueJob(database.db, "test.echo", { n: 5 });
    const reports = [];
    // Retries back off (about 1 s, then 2 s): drain until the job has run, for at most 30 s.
    for (const deadline = Date.now() + 30_000; !seen.length && Date.now() < deadline; ) {
      reports.push(await drainJobs(database, { names: ["test.echo"] }));
      if (!seen.length) await new Promise((r) => setTimeout(r, 250));
    }
    expect(seen).toEqual([5]);
    expect(reports.reduce((n, r) => n + r.failed, 0)).toBe(2);
  });

  it("does not run a job before its time", async () => {
    seen.length = 0;
    await enqueueJob(database.db, "test.echo", { n: 6 }, { runAt: new Date(Date.now() + 3_600_000) });
    await drainJobs(database, { names: ["test.echo"] });
    expect(seen).toEqual([]);
    const [{ n }] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from pgboss.job where name = 'test.echo' and state = 'created'`));
    expect(n).toBe(1);
  });
});
