// Carts, buyer orders and their lines, payments and processed payment-provider events.
import { relations, sql } from "drizzle-orm";
import {
  boolean, check, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, uuid, varchar,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { listings, skus } from "./catalog";
import { orderLineStatus, orderStatus, paymentKind, paymentStatus } from "./enums";
import { shippingLines, warehouses } from "./logistics";

export const carts = pgTable(
  "carts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("carts_user_key").on(t.userId)],
);

export const cartItems = pgTable(
  "cart_items",
  {
    cartId: uuid("cart_id").notNull().references(() => carts.id, { onDelete: "cascade" }),
    skuId: integer("sku_id").notNull().references(() => skus.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    /** A quoted unit price (from an accepted quotation) that overrides the tier price. */
    quotedUnitPriceFen: integer("quoted_unit_price_fen"),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("cart_items_key").on(t.cartId, t.skuId), check("cart_items_quantity_positive", sql`${t.quantity} > 0`)],
);

export interface DeliveryAddress {
  name: string;
  company?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
  phone: string;
}

export const orders = pgTable(
  "orders",
  {
    id: serial("id").primaryKey(),
    number: varchar("number", { length: 20 }).notNull(),
    buyerId: integer("buyer_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    partnerId: integer("partner_id").references(() => organisations.id, { onDelete: "restrict" }),
    status: orderStatus("status").notNull().default("pending_payment"),
    currency: varchar("currency", { length: 3 }).notNull(),
    /** The rate (units of `currency` per CNY) the order was priced at: locked at checkout. */
    ratePerCny: numeric("rate_per_cny", { precision: 24, scale: 12 }).notNull(),
    rateSource: varchar("rate_source", { length: 80 }).notNull(),
    country: varchar("country", { length: 2 }).notNull(),
    address: jsonb("address").$type<DeliveryAddress>().notNull(),
    warehouseId: integer("warehouse_id").notNull().references(() => warehouses.id),
    shippingLineId: integer("shipping_line_id").notNull().references(() => shippingLines.id),
    goodsMinor: integer("goods_minor").notNull(),
    serviceFeeMinor: integer("service_fee_minor").notNull(),
    domesticShippingMinor: integer("domestic_shipping_minor").notNull(),
    intlEstimateMinor: integer("intl_estimate_minor").notNull(),
    dutyEstimateMinor: integer("duty_estimate_minor").notNull().default(0),
    /** What the first payment charges: goods + service fee + domestic shipping. */
    firstPaymentMinor: integer("first_payment_minor").notNull(),
    idempotencyKey: varchar("idempotency_key", { length: 80 }),
    /** SHA-256 of a partner request's body: the same Idempotency-Key with another body is a conflict. */
    requestHash: varchar("request_hash", { length: 64 }),
    /** Placed with a test API key: paid only through the sandbox, never charged. */
    test: boolean("test").notNull().default(false),
    /** The partner's own reference for its end customer's order. */
    partnerReference: varchar("partner_reference", { length: 80 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("orders_number_key").on(t.number),
    uniqueIndex("orders_idempotency_key").on(t.partnerId, t.idempotencyKey),
    // A buyer's double-submitted checkout finds its first order instead of placing a second.
    uniqueIndex("orders_buyer_idempotency_key").on(t.buyerId, t.idempotencyKey),
    index("orders_buyer_idx").on(t.buyerId, t.createdAt),
    index("orders_status_idx").on(t.status),
    check(
      "orders_amounts_nonnegative",
      sql`${t.goodsMinor} >= 0 and ${t.serviceFeeMinor} >= 0 and ${t.domesticShippingMinor} >= 0 and ${t.intlEstimateMinor} >= 0 and ${t.firstPaymentMinor} >= 0`,
    ),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    skuId: integer("sku_id").notNull().references(() => skus.id, { onDelete: "restrict" }),
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "restrict" }),
    factoryId: integer("factory_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    quantity: integer("quantity").notNull(),
    unitPriceFen: integer("unit_price_fen").notNull(),
    /** The line total in the order's currency, rounded once (SPEC 2). */
    lineTotalMinor: integer("line_total_minor").notNull(),
    status: orderLineStatus("status").notNull().default("open"),
    refundedQuantity: integer("refunded_quantity").notNull().default(0),
    snapshot: jsonb("snapshot").$type<{ title: string; options: string; photoKey?: string }>().notNull(),
  },
  (t) => [
    index("order_lines_order_idx").on(t.orderId),
    // Market data per listing (units sold in 30 days, repeat buyers) for the partner API.
    index("order_lines_listing_idx").on(t.listingId),
    index("order_lines_factory_idx").on(t.factoryId, t.status),
    check("order_lines_quantity_positive", sql`${t.quantity} > 0`),
    check("order_lines_refund_range", sql`${t.refundedQuantity} between 0 and ${t.quantity}`),
    check("order_lines_price_positive", sql`${t.unitPriceFen} > 0 and ${t.lineTotalMinor} >= 0`),
  ],
);

export const payments = pgTable(
  "payments",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    kind: paymentKind("kind").notNull(),
    provider: varchar("provider", { length: 20 }).notNull(), // "stripe" | "test"
    providerRef: varchar("provider_ref", { length: 120 }),
    idempotencyKey: varchar("idempotency_key", { length: 80 }).notNull(),
    amountMinor: integer("amount_minor").notNull(),
    currency: varchar("currency", { length: 3 }).notNull(),
    status: paymentStatus("status").notNull().default("pending"),
    /** Where the buyer pays (Stripe Checkout, or the test provider's page); kept to resume a payment. */
    checkoutUrl: text("checkout_url"),
    /** What a shipping payment charges for: the weighed parcel and the line's price. */
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("payments_idempotency_key").on(t.idempotencyKey),
    uniqueIndex("payments_provider_ref_key").on(t.provider, t.providerRef),
    index("payments_order_idx").on(t.orderId),
    check("payments_amount_nonnegative", sql`${t.amountMinor} >= 0`),
  ],
);

/** Each payment-provider event id is processed once. */
export const paymentEvents = pgTable("payment_events", {
  id: varchar("id", { length: 120 }).primaryKey(),
  provider: varchar("provider", { length: 20 }).notNull(),
  type: varchar("type", { length: 80 }).notNull(),
  payload: text("payload").notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
});

export const cartsRelations = relations(carts, ({ many }) => ({ items: many(cartItems) }));
export const cartItemsRelations = relations(cartItems, ({ one }) => ({
  cart: one(carts, { fields: [cartItems.cartId], references: [carts.id] }),
  sku: one(skus, { fields: [cartItems.skuId], references: [skus.id] }),
}));
export const ordersRelations = relations(orders, ({ one, many }) => ({
  buyer: one(users, { fields: [orders.buyerId], references: [users.id] }),
  lines: many(orderLines),
  payments: many(payments),
}));
export const orderLinesRelations = relations(orderLines, ({ one }) => ({
  order: one(orders, { fields: [orderLines.orderId], references: [orders.id] }),
  sku: one(skus, { fields: [orderLines.skuId], references: [skus.id] }),
}));
export const paymentsRelations = relations(payments, ({ one }) => ({
  order: one(orders, { fields: [payments.orderId], references: [orders.id] }),
}));

export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
