// Requests for quotation: a buyer asks a factory for a price (often for a customisation) on one of
// its listings; the two sides talk in a thread, the factory answers with quotes (price tiers, lead
// time, validity), and the buyer accepts one, which puts the goods in the cart at the quoted price.
import { relations, sql } from "drizzle-orm";
import { type AnyPgColumn, check, date, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { blobs, listings, skus } from "./catalog";
import { sourcingRequests } from "./sourcing";

export const rfqStatus = pgEnum("rfq_status", ["open", "quoted", "accepted", "declined", "closed"]);
export const rfqSide = pgEnum("rfq_side", ["buyer", "factory"]);

export const rfqs = pgTable(
  "rfqs",
  {
    id: serial("id").primaryKey(),
    number: varchar("number", { length: 20 }).notNull(),
    buyerId: integer("buyer_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    factoryId: integer("factory_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "restrict" }),
    /** The variant asked about; null when the request is about the listing in general (a customisation). */
    skuId: integer("sku_id").references(() => skus.id, { onDelete: "set null" }),
    quantity: integer("quantity").notNull(),
    /** The buyer's target unit price, converted from the buyer's currency at the rate of the day. */
    targetUnitPriceFen: integer("target_unit_price_fen"),
    notes: text("notes").notNull().default(""),
    attachmentKey: varchar("attachment_key", { length: 120 }).references(() => blobs.key, { onDelete: "set null" }),
    status: rfqStatus("status").notNull().default("open"),
    /** Set when the request is one factory's share of a buyer's sourcing request (db/schema/sourcing.ts). */
    sourcingRequestId: integer("sourcing_request_id").references((): AnyPgColumn => sourcingRequests.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("rfqs_number_key").on(t.number),
    index("rfqs_buyer_idx").on(t.buyerId, t.updatedAt),
    index("rfqs_factory_idx").on(t.factoryId, t.status, t.updatedAt),
    index("rfqs_sourcing_idx").on(t.sourcingRequestId),
    check("rfqs_quantity_positive", sql`${t.quantity} > 0`),
    check("rfqs_target_positive", sql`${t.targetUnitPriceFen} is null or ${t.targetUnitPriceFen} > 0`),
  ],
);

export const rfqMessages = pgTable(
  "rfq_messages",
  {
    id: serial("id").primaryKey(),
    rfqId: integer("rfq_id").notNull().references(() => rfqs.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    side: rfqSide("side").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rfq_messages_rfq_idx").on(t.rfqId, t.createdAt)],
);

export interface QuoteTier {
  minQty: number;
  unitPriceFen: number;
}

export const rfqQuotes = pgTable(
  "rfq_quotes",
  {
    id: serial("id").primaryKey(),
    rfqId: integer("rfq_id").notNull().references(() => rfqs.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    tiers: jsonb("tiers").$type<QuoteTier[]>().notNull(),
    leadTimeDays: integer("lead_time_days").notNull(),
    /** The last day the quote can be accepted (inclusive, China time). */
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  },
  (t) => [
    index("rfq_quotes_rfq_idx").on(t.rfqId, t.createdAt),
    check("rfq_quotes_lead_time_positive", sql`${t.leadTimeDays} > 0`),
  ],
);

export const rfqsRelations = relations(rfqs, ({ one, many }) => ({
  buyer: one(users, { fields: [rfqs.buyerId], references: [users.id] }),
  listing: one(listings, { fields: [rfqs.listingId], references: [listings.id] }),
  sku: one(skus, { fields: [rfqs.skuId], references: [skus.id] }),
  messages: many(rfqMessages),
  quotes: many(rfqQuotes),
}));
export const rfqMessagesRelations = relations(rfqMessages, ({ one }) => ({
  rfq: one(rfqs, { fields: [rfqMessages.rfqId], references: [rfqs.id] }),
}));
export const rfqQuotesRelations = relations(rfqQuotes, ({ one }) => ({
  rfq: one(rfqs, { fields: [rfqQuotes.rfqId], references: [rfqs.id] }),
}));

export type Rfq = typeof rfqs.$inferSelect;
export type RfqMessage = typeof rfqMessages.$inferSelect;
export type RfqQuote = typeof rfqQuotes.$inferSelect;
export type RfqStatus = Rfq["status"];
