// Sourcing requests (issue 11): a buyer who pasted a link (or a photo) of a product nobody lists asks
// us to source it; the request goes as one RFQ to each factory of the matching category (rfqs with
// this request's id), and their quotes come back side by side.
import { relations, sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { blobs, categories } from "./catalog";

export const sourcingRequests = pgTable(
  "sourcing_requests",
  {
    id: serial("id").primaryKey(),
    number: varchar("number", { length: 24 }).notNull(),
    buyerId: integer("buyer_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    categoryId: integer("category_id").notNull().references(() => categories.id, { onDelete: "restrict" }),
    /** The link the buyer pasted (a 1688 offer we do not list, another shop's page). */
    link: text("link"),
    /** The offer number in a 1688 link, when there is one. */
    externalOfferId: varchar("external_offer_id", { length: 40 }),
    photoKey: varchar("photo_key", { length: 120 }).references(() => blobs.key, { onDelete: "set null" }),
    quantity: integer("quantity").notNull(),
    targetUnitPriceFen: integer("target_unit_price_fen"),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sourcing_requests_number_key").on(t.number),
    index("sourcing_requests_buyer_idx").on(t.buyerId, t.createdAt),
    check("sourcing_requests_quantity_positive", sql`${t.quantity} > 0`),
    check("sourcing_requests_link_or_photo", sql`${t.link} is not null or ${t.photoKey} is not null`),
  ],
);

export const sourcingRequestsRelations = relations(sourcingRequests, ({ one }) => ({
  buyer: one(users, { fields: [sourcingRequests.buyerId], references: [users.id] }),
  category: one(categories, { fields: [sourcingRequests.categoryId], references: [categories.id] }),
}));

export type SourcingRequest = typeof sourcingRequests.$inferSelect;
