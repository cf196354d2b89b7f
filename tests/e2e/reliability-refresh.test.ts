// The reliability job on the running server revalidates the cached pages it changes (issue 10): a
// reliable factory's profile, cached with its badge, loses the badge once its recent QC checks fail
// and the job (queued here, run by the server's worker) recomputes the figures; and gets it back
// when they pass again. The job runs outside any request, so this is the only test of that path.
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, rowsOf, type Database } from "@/db/client";
import { orderLines, qcChecks } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { REFRESH_RELIABILITY_JOB } from "@/lib/warehouse/refresh-factory-reliability";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();
const databaseUrl = inject("databaseUrl");
const WAIT = { timeout: 90_000, interval: 1_000 };
let database: Database;

beforeAll(async () => {
  if (databaseUrl) database = await openDatabase({ url: databaseUrl, max: 2 });
});
afterAll(async () => database?.close());

// On PGlite the server owns the database: nothing else may open it.
describe.skipIf(!databaseUrl)("reliability recomputed by the job", () => {
  it("takes the badge off a cached profile when the factory's checks fail, and puts it back", async () => {
    const db = database.db;
    const [row] = rowsOf<{ factory_id: number }>(await db.execute(sql`select factory_id from factory_reliability where reliable order by factory_id limit 1`));
    expect(row, "the seed has a reliable factory").toBeTruthy();
    const factoryId = Number(row.factory_id);
    const checks = (await db.select({ id: qcChecks.id, result: qcChecks.result }).from(qcChecks).innerJoin(orderLines, eq(orderLines.id, qcChecks.orderLineId)).where(eq(orderLines.factoryId, factoryId)));
    const passed = checks.filter((c) => c.result === "passed").map((c) => c.id);
    expect(passed.length).toBeGreaterThan(0);

    const page = await newPage();
    const badges = async () => {
      await page.goto(`/en/f/${factoryId}`);
      return page.getByTestId("reliable-badge").count();
    };
    expect(await badges()).toBe(1); // rendered, and now cached

    await db.update(qcChecks).set({ result: "failed" }).where(inArray(qcChecks.id, passed));
    await enqueueJob(db, REFRESH_RELIABILITY_JOB, {});
    try {
      await expect.poll(badges, WAIT).toBe(0);
    } finally {
      await db.update(qcChecks).set({ result: "passed" }).where(inArray(qcChecks.id, passed));
      await enqueueJob(db, REFRESH_RELIABILITY_JOB, {});
    }
    await expect.poll(badges, WAIT).toBe(1);
    await page.context().close();
  });
});
