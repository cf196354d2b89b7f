// Forgets token buckets idle for a day (a full bucket is the same as no row), hourly.
import { sql } from "drizzle-orm";
import { defineJob } from "./define-job";

export const sweepRateLimits = defineJob({
  name: "rate-limits.sweep",
  schedule: "17 * * * *",
  retryLimit: 1,
  handler: async (_data, { db }) => {
    await db.execute(sql`delete from rate_limits where updated_at < now() - interval '1 day'`);
  },
});
