// Purchasing agents, their warehouses and shipping lines; exchange rates and import duty rates.
import { relations, sql } from "drizzle-orm";
import {
  boolean, check, index, integer, jsonb, numeric, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, varchar,
} from "drizzle-orm/pg-core";
import { organisations } from "./accounts";
import { shippingMode, shippingPricing } from "./enums";
import type { LocalizedLabel } from "./catalog";


export const agents = pgTable(
  "agents",
  {
    organisationId: integer("organisation_id").primaryKey().references(() => organisations.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<LocalizedLabel>().notNull(),
    /** Service fee as a share of goods value, in basis points (500 = 5 %). */
    serviceFeeBps: integer("service_fee_bps").notNull(),
    minServiceFeeFen: integer("min_service_fee_fen").notNull().default(0),
    freeStorageDays: smallint("free_storage_days").notNull().default(90),
    storageFeeFenPerItemMonth: integer("storage_fee_fen_per_item_month").notNull().default(500),
    extraQcPhotoFen: integer("extra_qc_photo_fen").notNull().default(200),
    rehearsalPackingFen: integer("rehearsal_packing_fen").notNull().default(1500),
    insuranceBps: integer("insurance_bps").notNull().default(300),
    /** Goods the buyer has not answered for are approved after this many days (a reminder a day before). */
    qcApprovalDays: smallint("qc_approval_days").notNull().default(5),
    /** A shipped parcel the buyer has not confirmed is delivered after this many days. */
    deliveryConfirmDays: smallint("delivery_confirm_days").notNull().default(30),
    /** Stored goods nobody ships are abandoned after this many days. */
    abandonAfterDays: smallint("abandon_after_days").notNull().default(365),
  },
  (t) => [
    check("agents_fee_range", sql`${t.serviceFeeBps} between 0 and 10000`),
    check("agents_min_fee_nonnegative", sql`${t.minServiceFeeFen} >= 0`),
  ],
);

export const warehouses = pgTable(
  "warehouses",
  {
    id: serial("id").primaryKey(),
    agentId: integer("agent_id").notNull().references(() => agents.organisationId, { onDelete: "restrict" }),
    code: varchar("code", { length: 20 }).notNull(),
    name: jsonb("name").$type<LocalizedLabel>().notNull(),
    province: varchar("province", { length: 40 }).notNull(),
    city: varchar("city", { length: 60 }).notNull(),
    /** The street address in English (for buyers and the label abroad) ... */
    address: text("address").notNull(),
    /** ... and in Chinese, as a domestic courier writes it (factories ship here). */
    addressZh: text("address_zh").notNull().default(""),
    /** The receiving desk's phone, which Chinese couriers require on every parcel. */
    phone: varchar("phone", { length: 30 }).notNull().default(""),
    postalCode: varchar("postal_code", { length: 12 }).notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [uniqueIndex("warehouses_code_key").on(t.code), index("warehouses_agent_idx").on(t.agentId)],
);

/** The shelf locations of a warehouse (codes like A-01-3): what the store form offers. */
export const warehouseShelves = pgTable(
  "warehouse_shelves",
  {
    id: serial("id").primaryKey(),
    warehouseId: integer("warehouse_id").notNull().references(() => warehouses.id, { onDelete: "cascade" }),
    code: varchar("code", { length: 20 }).notNull(),
  },
  (t) => [uniqueIndex("warehouse_shelves_code_key").on(t.warehouseId, t.code)],
);

export const shippingLines = pgTable(
  "shipping_lines",
  {
    id: serial("id").primaryKey(),
    agentId: integer("agent_id").notNull().references(() => agents.organisationId, { onDelete: "restrict" }),
    code: varchar("code", { length: 40 }).notNull(),
    name: jsonb("name").$type<LocalizedLabel>().notNull(),
    mode: shippingMode("mode").notNull(),
    pricing: shippingPricing("pricing").notNull().default("parcel"),
    firstWeightG: integer("first_weight_g").notNull(),
    firstPriceFen: integer("first_price_fen").notNull(),
    stepG: integer("step_g").notNull(),
    stepPriceFen: integer("step_price_fen").notNull(),
    volumetricDivisor: integer("volumetric_divisor").notNull(),
    maxWeightG: integer("max_weight_g").notNull(),
    /** Largest shipment volume in litres (dm³) the line takes; null: no limit but the weight. */
    maxVolumeL: integer("max_volume_l"),
    /** The least a shipment costs (freight_kg, lcl). */
    minChargeFen: integer("min_charge_fen").notNull().default(0),
    /** lcl: price per freight ton W/M (1 m³ or 1,000 kg, whichever is greater). */
    freightTonPriceFen: integer("freight_ton_price_fen"),
    /** container: flat rate per 20' and per 40' container; null when the line does not offer that size. */
    container20PriceFen: integer("container20_price_fen"),
    container40PriceFen: integer("container40_price_fen"),
    daysMin: smallint("days_min").notNull(),
    daysMax: smallint("days_max").notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    uniqueIndex("shipping_lines_code_key").on(t.code),
    check("shipping_lines_weights_positive", sql`${t.firstWeightG} > 0 and ${t.stepG} > 0 and ${t.maxWeightG} >= ${t.firstWeightG}`),
    check("shipping_lines_prices_nonnegative", sql`${t.firstPriceFen} >= 0 and ${t.stepPriceFen} >= 0`),
    check("shipping_lines_divisor_positive", sql`${t.volumetricDivisor} > 0`),
    check("shipping_lines_freight_prices_nonnegative", sql`${t.minChargeFen} >= 0 and coalesce(${t.freightTonPriceFen}, 0) >= 0 and coalesce(${t.container20PriceFen}, 0) >= 0 and coalesce(${t.container40PriceFen}, 0) >= 0`),
    check("shipping_lines_lcl_priced", sql`${t.pricing} <> 'lcl' or ${t.freightTonPriceFen} is not null`),
    check("shipping_lines_container_priced", sql`${t.pricing} <> 'container' or coalesce(${t.container20PriceFen}, ${t.container40PriceFen}) is not null`),
    check("shipping_lines_days_range", sql`${t.daysMin} >= 0 and ${t.daysMax} >= ${t.daysMin}`),
  ],
);

export const shippingLineCountries = pgTable(
  "shipping_line_countries",
  {
    lineId: integer("line_id").notNull().references(() => shippingLines.id, { onDelete: "cascade" }),
    country: varchar("country", { length: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.country] }), index("shipping_line_countries_country_idx").on(t.country)],
);

/** Units of `currency` per 1 CNY, with where and when the rate came from. The newest row per currency is current. */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    id: serial("id").primaryKey(),
    currency: varchar("currency", { length: 3 }).notNull(),
    ratePerCny: numeric("rate_per_cny", { precision: 24, scale: 12 }).notNull(),
    source: varchar("source", { length: 80 }).notNull(),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("exchange_rates_currency_time_key").on(t.currency, t.fetchedAt),
    check("exchange_rates_positive", sql`${t.ratePerCny} > 0`),
  ],
);

/** Import duty by HS code prefix and destination country, in basis points of the declared value. */
export const dutyRates = pgTable(
  "duty_rates",
  {
    hsPrefix: varchar("hs_prefix", { length: 10 }).notNull(),
    country: varchar("country", { length: 2 }).notNull(),
    rateBps: integer("rate_bps").notNull(),
  },
  (t) => [primaryKey({ columns: [t.country, t.hsPrefix] }), check("duty_rates_range", sql`${t.rateBps} between 0 and 10000`)],
);

export const agentsRelations = relations(agents, ({ one, many }) => ({
  organisation: one(organisations, { fields: [agents.organisationId], references: [organisations.id] }),
  warehouses: many(warehouses),
  shippingLines: many(shippingLines),
}));
export const warehousesRelations = relations(warehouses, ({ one, many }) => ({
  agent: one(agents, { fields: [warehouses.agentId], references: [agents.organisationId] }),
  shelves: many(warehouseShelves),
}));
export const warehouseShelvesRelations = relations(warehouseShelves, ({ one }) => ({
  warehouse: one(warehouses, { fields: [warehouseShelves.warehouseId], references: [warehouses.id] }),
}));
export const shippingLinesRelations = relations(shippingLines, ({ one, many }) => ({
  agent: one(agents, { fields: [shippingLines.agentId], references: [agents.organisationId] }),
  countries: many(shippingLineCountries),
}));
export const shippingLineCountriesRelations = relations(shippingLineCountries, ({ one }) => ({
  line: one(shippingLines, { fields: [shippingLineCountries.lineId], references: [shippingLines.id] }),
}));

export type ShippingLine = typeof shippingLines.$inferSelect;
