// The partner API: keys, webhook endpoints and their delivery log.
import { relations, sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, serial, smallint, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { orders } from "./orders";

export const apiKeys = pgTable(
  "api_keys",
  {
    id: serial("id").primaryKey(),
    partnerId: integer("partner_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 80 }).notNull(),
    /** The first characters of the key, shown to tell keys apart. */
    prefix: varchar("prefix", { length: 16 }).notNull(),
    /** SHA-256 of the whole key; the key itself is shown once and never stored. */
    hash: varchar("hash", { length: 64 }).notNull(),
    scopes: varchar("scopes", { length: 40 }).array().notNull().default(sql`'{}'::varchar[]`),
    /** "test" keys (hz_test_…) create orders marked test, paid only in the sandbox; "live" keys use Stripe. */
    mode: varchar("mode", { length: 4 }).notNull().default("test"),
    /** Requests per minute (a token bucket of this capacity, refilled over a minute). */
    ratePerMinute: integer("rate_per_minute").notNull().default(600),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_keys_hash_key").on(t.hash), index("api_keys_partner_idx").on(t.partnerId)],
);

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: serial("id").primaryKey(),
    partnerId: integer("partner_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    secret: varchar("secret", { length: 80 }).notNull(),
    events: varchar("events", { length: 40 }).array().notNull(),
    mode: varchar("mode", { length: 4 }).notNull().default("test"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [index("webhook_endpoints_partner_idx").on(t.partnerId)],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: serial("id").primaryKey(),
    endpointId: integer("endpoint_id").notNull().references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: integer("event_id").references(() => partnerEvents.id, { onDelete: "cascade" }),
    event: varchar("event", { length: 40 }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    attempts: smallint("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastStatus: smallint("last_status"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_deliveries_due_idx").on(t.deliveredAt, t.nextAttemptAt), index("webhook_deliveries_endpoint_idx").on(t.endpointId)],
);

/**
 * Every event a partner is told about, in order: the webhook deliveries send them, and
 * `GET /api/v1/events?after=` reads them again (a partner that was down misses nothing).
 */
export const partnerEvents = pgTable(
  "partner_events",
  {
    id: serial("id").primaryKey(),
    partnerId: integer("partner_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    type: varchar("type", { length: 40 }).notNull(),
    /** Test-mode events (orders of test keys) go to test endpoints only. */
    mode: varchar("mode", { length: 4 }).notNull().default("live"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("partner_events_partner_idx").on(t.partnerId, t.id)],
);

/** One row per HTTP attempt of a delivery: the delivery log's detail. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: serial("id").primaryKey(),
    deliveryId: integer("delivery_id").notNull().references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    status: smallint("status"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId)],
);

/** A partner's prepaid balance per mode and currency: never negative (a constraint, and a locked row). */
export const partnerBalances = pgTable(
  "partner_balances",
  {
    partnerId: integer("partner_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    mode: varchar("mode", { length: 4 }).notNull(),
    currency: varchar("currency", { length: 3 }).notNull(),
    balanceMinor: integer("balance_minor").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("partner_balances_key").on(t.partnerId, t.mode, t.currency), check("partner_balances_nonnegative", sql`${t.balanceMinor} >= 0`)],
);

/** Every movement of a balance: top-ups (through the payment provider) and one debit per order. */
export const partnerLedger = pgTable(
  "partner_ledger",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    partnerId: integer("partner_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    mode: varchar("mode", { length: 4 }).notNull(),
    currency: varchar("currency", { length: 3 }).notNull(),
    kind: varchar("kind", { length: 12 }).notNull(), // "topup" | "debit" | "refund"
    amountMinor: integer("amount_minor").notNull(),
    balanceAfterMinor: integer("balance_after_minor").notNull(),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "restrict" }),
    topupId: integer("topup_id").references(() => partnerTopups.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("partner_ledger_partner_idx").on(t.partnerId, t.id),
    uniqueIndex("partner_ledger_order_debit_key").on(t.orderId).where(sql`kind = 'debit'`),
    uniqueIndex("partner_ledger_topup_key").on(t.topupId),
    check("partner_ledger_balance_nonnegative", sql`${t.balanceAfterMinor} >= 0`),
  ],
);

/** A top-up paid through the payment provider (Stripe Checkout, or the sandbox for test mode). */
export const partnerTopups = pgTable(
  "partner_topups",
  {
    id: serial("id").primaryKey(),
    partnerId: integer("partner_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    mode: varchar("mode", { length: 4 }).notNull(),
    currency: varchar("currency", { length: 3 }).notNull(),
    amountMinor: integer("amount_minor").notNull(),
    provider: varchar("provider", { length: 20 }).notNull(),
    providerRef: varchar("provider_ref", { length: 120 }),
    checkoutUrl: text("checkout_url"),
    status: varchar("status", { length: 12 }).notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("partner_topups_partner_idx").on(t.partnerId), check("partner_topups_amount_positive", sql`${t.amountMinor} > 0`)],
);

export const apiKeysRelations = relations(apiKeys, ({ one }) => ({
  partner: one(organisations, { fields: [apiKeys.partnerId], references: [organisations.id] }),
}));
export const webhookEndpointsRelations = relations(webhookEndpoints, ({ many }) => ({ deliveries: many(webhookDeliveries) }));
export const webhookDeliveriesRelations = relations(webhookDeliveries, ({ one }) => ({
  endpoint: one(webhookEndpoints, { fields: [webhookDeliveries.endpointId], references: [webhookEndpoints.id] }),
}));
