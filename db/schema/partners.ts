// The partner API: keys, webhook endpoints and their delivery log.
import { relations, sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, serial, smallint, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { organisations } from "./accounts";

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

export const apiKeysRelations = relations(apiKeys, ({ one }) => ({
  partner: one(organisations, { fields: [apiKeys.partnerId], references: [organisations.id] }),
}));
export const webhookEndpointsRelations = relations(webhookEndpoints, ({ many }) => ({ deliveries: many(webhookDeliveries) }));
export const webhookDeliveriesRelations = relations(webhookDeliveries, ({ one }) => ({
  endpoint: one(webhookEndpoints, { fields: [webhookDeliveries.endpointId], references: [webhookEndpoints.id] }),
}));
