import { pgEnum } from "drizzle-orm/pg-core";

export const organisationKind = pgEnum("organisation_kind", ["factory", "agent", "partner", "platform"]);
export const userRole = pgEnum("user_role", ["buyer", "factory", "agent", "partner", "admin"]);
export const memberRole = pgEnum("member_role", ["owner", "admin", "member"]);
export const listingStatus = pgEnum("listing_status", ["draft", "active", "archived"]);
export const translationOrigin = pgEnum("translation_origin", ["source", "human", "machine"]);
export const shippingMode = pgEnum("shipping_mode", ["air", "sea", "rail", "truck", "express"]);
/**
 * How a line prices a shipment (SPEC 7): `parcel` by chargeable weight in first/extra steps (couriers);
 * `freight_kg` the same per kg with a minimum charge (rail and truck freight); `lcl` per freight ton
 * W/M (the greater of m³ and metric tons) with a minimum charge; `container` a flat rate per 20' or 40'.
 */
export const shippingPricing = pgEnum("shipping_pricing", ["parcel", "freight_kg", "lcl", "container"]);
export const orderStatus = pgEnum("order_status", [
  "pending_payment", "paid", "purchasing", "at_warehouse", "shipping", "delivered", "cancelled", "refunded",
]);
export const orderLineStatus = pgEnum("order_line_status", [
  "open", "ordered", "received", "qc_passed", "qc_failed", "stored", "shipped", "refunded", "cancelled", "abandoned",
]);
export const paymentKind = pgEnum("payment_kind", ["goods", "shipping"]);
export const paymentStatus = pgEnum("payment_status", ["pending", "succeeded", "failed", "expired", "refunded"]);
export const purchaseOrderStatus = pgEnum("purchase_order_status", ["placed", "accepted", "shipped", "received", "rejected"]);
export const parcelStatus = pgEnum("parcel_status", ["expected", "received", "qc_passed", "qc_failed", "stored", "returned"]);
export const shipmentStatus = pgEnum("shipment_status", ["requested", "packing", "packed", "shipped", "delivered", "cancelled"]);
export const qcResult = pgEnum("qc_result", ["passed", "failed"]);
