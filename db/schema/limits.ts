// Rate limits shared by every server process: one token bucket per key (lib/gate/rate-limit.ts).
import { boolean, doublePrecision, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";

export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 200 }).primaryKey(),
  tokens: doublePrecision("tokens").notNull(),
  /** Whether the last take found a token. */
  allowed: boolean("allowed").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
