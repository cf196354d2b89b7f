// Purchase orders to factories, inbound parcels and QC at the warehouse, consolidated shipments,
// and the timeline every state change writes.
import { relations, sql } from "drizzle-orm";
import {
  boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, varchar,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { blobs, factories } from "./catalog";
import { parcelStatus, purchaseOrderStatus, qcResult, shipmentStatus } from "./enums";
import { shippingLines, warehouses } from "./logistics";
import { orderLines, orders, payments, type DeliveryAddress } from "./orders";

export const purchaseOrders = pgTable(
  "purchase_orders",
  {
    id: serial("id").primaryKey(),
    number: varchar("number", { length: 20 }).notNull(),
    agentId: integer("agent_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    factoryId: integer("factory_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    warehouseId: integer("warehouse_id").notNull().references(() => warehouses.id, { onDelete: "restrict" }),
    status: purchaseOrderStatus("status").notNull().default("placed"),
    carrier: varchar("carrier", { length: 60 }),
    trackingNumber: varchar("tracking_number", { length: 60 }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    receivedAt: timestamp("received_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("purchase_orders_number_key").on(t.number),
    index("purchase_orders_factory_idx").on(t.factoryId, t.status),
    index("purchase_orders_agent_idx").on(t.agentId, t.status),
    // The reliability job reads the purchase orders shipped in the last 90 days.
    index("purchase_orders_shipped_idx").on(t.shippedAt),
    check("purchase_orders_shipped_has_tracking", sql`${t.status} not in ('shipped', 'received') or ${t.trackingNumber} is not null`),
  ],
);

export const purchaseOrderLines = pgTable(
  "purchase_order_lines",
  {
    purchaseOrderId: integer("purchase_order_id").notNull().references(() => purchaseOrders.id, { onDelete: "cascade" }),
    orderLineId: integer("order_line_id").notNull().references(() => orderLines.id, { onDelete: "restrict" }),
    quantity: integer("quantity").notNull(),
    rejected: boolean("rejected").notNull().default(false),
    rejectReason: varchar("reject_reason", { length: 200 }),
  },
  (t) => [
    primaryKey({ columns: [t.purchaseOrderId, t.orderLineId] }),
    uniqueIndex("purchase_order_lines_order_line_key").on(t.orderLineId),
    check("purchase_order_lines_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export const inboundParcels = pgTable(
  "inbound_parcels",
  {
    id: serial("id").primaryKey(),
    warehouseId: integer("warehouse_id").notNull().references(() => warehouses.id, { onDelete: "restrict" }),
    /** Null for an unmatched parcel: scanned with a tracking number no purchase order announced. */
    purchaseOrderId: integer("purchase_order_id").references(() => purchaseOrders.id, { onDelete: "restrict" }),
    carrier: varchar("carrier", { length: 60 }),
    trackingNumber: varchar("tracking_number", { length: 60 }).notNull(),
    status: parcelStatus("status").notNull().default("expected"),
    shelf: varchar("shelf", { length: 20 }),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    receivedBy: integer("received_by").references(() => users.id),
    storedAt: timestamp("stored_at", { withTimezone: true }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("inbound_parcels_tracking_key").on(t.warehouseId, t.trackingNumber),
    index("inbound_parcels_po_idx").on(t.purchaseOrderId),
    // The inbound list, per warehouse, newest first (age filter and keyset cursor on created_at, id):
    // with a status, and without.
    index("inbound_parcels_list_idx").on(t.warehouseId, t.status, t.createdAt, t.id),
    index("inbound_parcels_recent_idx").on(t.warehouseId, t.createdAt, t.id),
  ],
);

/** The QC checklist of one order line in one parcel. */
export const qcChecks = pgTable(
  "qc_checks",
  {
    id: serial("id").primaryKey(),
    parcelId: integer("parcel_id").notNull().references(() => inboundParcels.id, { onDelete: "cascade" }),
    orderLineId: integer("order_line_id").notNull().references(() => orderLines.id, { onDelete: "restrict" }),
    countedQuantity: integer("counted_quantity").notNull(),
    optionsMatch: boolean("options_match").notNull(),
    defectsFound: boolean("defects_found").notNull(),
    defectTags: varchar("defect_tags", { length: 40 }).array().notNull().default(sql`'{}'::varchar[]`),
    measurements: jsonb("measurements").$type<Record<string, string>>(),
    result: qcResult("result").notNull(),
    note: text("note"),
    checkedBy: integer("checked_by").references(() => users.id),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
    /** The buyer's decision: `accept` (approve the goods) or `return_refund`; null while waiting. */
    buyerDecision: varchar("buyer_decision", { length: 20 }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Null when the buyer answered; else "auto" when the approval job decided. */
    decidedBy: varchar("decided_by", { length: 10 }),
    /** Without an answer by then, the goods are approved (SPEC 6). */
    approvalDueAt: timestamp("approval_due_at", { withTimezone: true }),
    /** What the purchase order line expected: counted - expected is short (< 0) or over (> 0). */
    expectedQuantity: integer("expected_quantity").notNull().default(0),
    /** Extra photos the buyer asked (and pays) for, beyond the three free ones. */
    extraPhotosOrdered: smallint("extra_photos_ordered").notNull().default(0),
    shelf: varchar("shelf", { length: 20 }),
    storedAt: timestamp("stored_at", { withTimezone: true }),
    /** When the buyer was reminded that the free storage days end (once per item). */
    storageReminderAt: timestamp("storage_reminder_at", { withTimezone: true }),
    /** The last abandonment reminder sent, as days before the date (30, then 7); null: none yet. */
    abandonReminderDays: smallint("abandon_reminder_days"),
    /** Stored goods nobody shipped within the agent's abandonAfterDays. */
    abandonedAt: timestamp("abandoned_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("qc_checks_line_key").on(t.parcelId, t.orderLineId),
    index("qc_checks_order_line_idx").on(t.orderLineId),
    // The reliability job reads the checks of the last 90 days.
    index("qc_checks_checked_idx").on(t.checkedAt),
    check("qc_checks_count_nonnegative", sql`${t.countedQuantity} >= 0`),
    check("qc_checks_decision", sql`${t.buyerDecision} is null or ${t.buyerDecision} in ('return_refund', 'accept')`),
  ],
);

export const qcPhotos = pgTable("qc_photos", {
  id: serial("id").primaryKey(),
  qcCheckId: integer("qc_check_id").notNull().references(() => qcChecks.id, { onDelete: "cascade" }),
  storageKey: varchar("storage_key", { length: 120 }).notNull().references(() => blobs.key),
  paidExtra: boolean("paid_extra").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const shipments = pgTable(
  "shipments",
  {
    id: serial("id").primaryKey(),
    number: varchar("number", { length: 20 }).notNull(),
    buyerId: integer("buyer_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    warehouseId: integer("warehouse_id").notNull().references(() => warehouses.id, { onDelete: "restrict" }),
    shippingLineId: integer("shipping_line_id").notNull().references(() => shippingLines.id, { onDelete: "restrict" }),
    status: shipmentStatus("status").notNull().default("requested"),
    rehearsal: boolean("rehearsal").notNull().default(false),
    declaredValueMinor: integer("declared_value_minor"),
    insured: boolean("insured").notNull().default(false),
    actualWeightG: integer("actual_weight_g"),
    lengthMm: integer("length_mm"),
    widthMm: integer("width_mm"),
    heightMm: integer("height_mm"),
    chargeableWeightG: integer("chargeable_weight_g"),
    shippingCostFen: integer("shipping_cost_fen"),
    trackingNumber: varchar("tracking_number", { length: 60 }),
    carrier: varchar("carrier", { length: 60 }),
    labelKey: varchar("label_key", { length: 120 }).references(() => blobs.key),
    /** The buyer's currency and delivery address, from the orders consolidated (all in one currency). */
    currency: varchar("currency", { length: 3 }).notNull().default("USD"),
    ratePerCny: numeric("rate_per_cny", { precision: 24, scale: 12 }).notNull().default("1"),
    address: jsonb("address").$type<DeliveryAddress>(),
    country: varchar("country", { length: 2 }).notNull().default("US"),
    /** The prediction before packing, from the goods' known weights and packed sizes. */
    predictedWeightG: integer("predicted_weight_g"),
    predictedChargeableG: integer("predicted_chargeable_g"),
    predictedCostFen: integer("predicted_cost_fen"),
    insuranceMinor: integer("insurance_minor").notNull().default(0),
    rehearsalFen: integer("rehearsal_fen").notNull().default(0),
    /** Rehearsal packing: the buyer approved the packed, weighed and photographed parcel. */
    rehearsalApprovedAt: timestamp("rehearsal_approved_at", { withTimezone: true }),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    packedAt: timestamp("packed_at", { withTimezone: true }),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("shipments_number_key").on(t.number),
    index("shipments_tracking_idx").on(t.trackingNumber),
    index("shipments_buyer_idx").on(t.buyerId, t.status),
    index("shipments_warehouse_idx").on(t.warehouseId, t.status),
    check("shipments_weight_positive", sql`${t.actualWeightG} is null or ${t.actualWeightG} > 0`),
  ],
);

export const shipmentItems = pgTable(
  "shipment_items",
  {
    shipmentId: integer("shipment_id").notNull().references(() => shipments.id, { onDelete: "cascade" }),
    orderLineId: integer("order_line_id").notNull().references(() => orderLines.id, { onDelete: "restrict" }),
    quantity: integer("quantity").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.shipmentId, t.orderLineId] }),
    index("shipment_items_order_line_idx").on(t.orderLineId),
    check("shipment_items_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

/** A payment that belongs to a shipment (the second payment: real international shipping). */
export const shipmentPayments = pgTable(
  "shipment_payments",
  {
    paymentId: integer("payment_id").primaryKey().references(() => payments.id, { onDelete: "cascade" }),
    shipmentId: integer("shipment_id").notNull().references(() => shipments.id, { onDelete: "cascade" }),
  },
  (t) => [index("shipment_payments_shipment_idx").on(t.shipmentId)],
);

/** What the buyer is asked or told (QC ready, shipping payment, storage ending, shipped, delivered). */
export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 40 }).notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    /** Locale-free path the notification links to, e.g. /orders/HZ123. */
    href: varchar("href", { length: 200 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

/** Every state change of an order, purchase order, parcel or shipment. */
export const timelineEvents = pgTable(
  "timeline_events",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "cascade" }),
    purchaseOrderId: integer("purchase_order_id").references(() => purchaseOrders.id, { onDelete: "cascade" }),
    parcelId: integer("parcel_id").references(() => inboundParcels.id, { onDelete: "cascade" }),
    shipmentId: integer("shipment_id").references(() => shipments.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 60 }).notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    actorId: integer("actor_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("timeline_events_order_idx").on(t.orderId, t.createdAt),
    index("timeline_events_po_idx").on(t.purchaseOrderId),
    index("timeline_events_parcel_idx").on(t.parcelId),
    index("timeline_events_shipment_idx").on(t.shipmentId),
    check(
      "timeline_events_has_subject",
      sql`num_nonnulls(${t.orderId}, ${t.purchaseOrderId}, ${t.parcelId}, ${t.shipmentId}) >= 1`,
    ),
  ],
);

export const purchaseOrdersRelations = relations(purchaseOrders, ({ one, many }) => ({
  warehouse: one(warehouses, { fields: [purchaseOrders.warehouseId], references: [warehouses.id] }),
  lines: many(purchaseOrderLines),
  parcels: many(inboundParcels),
}));
export const purchaseOrderLinesRelations = relations(purchaseOrderLines, ({ one }) => ({
  purchaseOrder: one(purchaseOrders, { fields: [purchaseOrderLines.purchaseOrderId], references: [purchaseOrders.id] }),
  orderLine: one(orderLines, { fields: [purchaseOrderLines.orderLineId], references: [orderLines.id] }),
}));
export const inboundParcelsRelations = relations(inboundParcels, ({ one, many }) => ({
  purchaseOrder: one(purchaseOrders, { fields: [inboundParcels.purchaseOrderId], references: [purchaseOrders.id] }),
  qcChecks: many(qcChecks),
}));
export const qcChecksRelations = relations(qcChecks, ({ one, many }) => ({
  parcel: one(inboundParcels, { fields: [qcChecks.parcelId], references: [inboundParcels.id] }),
  photos: many(qcPhotos),
}));
export const qcPhotosRelations = relations(qcPhotos, ({ one }) => ({
  check: one(qcChecks, { fields: [qcPhotos.qcCheckId], references: [qcChecks.id] }),
}));
export const shipmentsRelations = relations(shipments, ({ many }) => ({ items: many(shipmentItems) }));
export const shipmentItemsRelations = relations(shipmentItems, ({ one }) => ({
  shipment: one(shipments, { fields: [shipmentItems.shipmentId], references: [shipments.id] }),
  orderLine: one(orderLines, { fields: [shipmentItems.orderLineId], references: [orderLines.id] }),
}));
export const timelineEventsRelations = relations(timelineEvents, ({ one }) => ({
  order: one(orders, { fields: [timelineEvents.orderId], references: [orders.id] }),
}));

/**
 * The extras of stored goods, billed with the shipment that takes them (SPEC 7): storage past the
 * free days (one row per item per month started) and extra QC photos the buyer ordered. A row is
 * billed once: `shipment_id` is set when the shipment is packed and never changes after.
 */
export const extraCharges = pgTable(
  "extra_charges",
  {
    id: serial("id").primaryKey(),
    qcCheckId: integer("qc_check_id").notNull().references(() => qcChecks.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 20 }).$type<"storage" | "qc_photos">().notNull(),
    /** Storage: the month started (from the end of the free days). */
    periodStart: date("period_start"),
    periodEnd: date("period_end"),
    /** Storage: items stored; QC photos: photos ordered. */
    units: integer("units").notNull(),
    amountFen: integer("amount_fen").notNull(),
    shipmentId: integer("shipment_id").references(() => shipments.id, { onDelete: "set null" }),
    billedAt: timestamp("billed_at", { withTimezone: true }),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("extra_charges_storage_period_key").on(t.qcCheckId, t.periodStart).where(sql`${t.kind} = 'storage'`),
    index("extra_charges_check_idx").on(t.qcCheckId, t.kind),
    index("extra_charges_shipment_idx").on(t.shipmentId),
    check("extra_charges_amount", sql`${t.amountFen} >= 0 and ${t.units} > 0`),
    check("extra_charges_kind", sql`${t.kind} in ('storage', 'qc_photos')`),
    check("extra_charges_storage_period", sql`${t.kind} <> 'storage' or ${t.periodStart} is not null`),
  ],
);

/**
 * What the warehouse learnt about each factory over the last 90 days (SPEC 6), recomputed by the
 * job of lib/warehouse/refresh-factory-reliability.ts with the one formula of reliability.ts. A
 * factory without a checked line or a shipped purchase order in the window has no row.
 */
export const factoryReliability = pgTable(
  "factory_reliability",
  {
    factoryId: integer("factory_id").primaryKey().references(() => factories.organisationId, { onDelete: "cascade" }),
    checkedLines: integer("checked_lines").notNull(),
    qcFailureRate: doublePrecision("qc_failure_rate"),
    countMismatchRate: doublePrecision("count_mismatch_rate"),
    shortShipmentRate: doublePrecision("short_shipment_rate"),
    medianDaysToShip: doublePrecision("median_days_to_ship"),
    meanDaysToShip: doublePrecision("mean_days_to_ship"),
    shippedOrders: integer("shipped_orders").notNull(),
    reliable: boolean("reliable").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("factory_reliability_reliable_idx").on(t.factoryId).where(sql`${t.reliable}`)],
);
