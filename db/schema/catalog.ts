// Categories, factories' public profiles, listings with their translations, SKUs, tiers and photos.
import { relations, sql } from "drizzle-orm";
import {
  bigint, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text,
  timestamp, uniqueIndex, varchar,
} from "drizzle-orm/pg-core";
import { organisations } from "./accounts";
import { listingStatus, translationOrigin } from "./enums";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A label in several locales, e.g. an option value: { en: "Red", zh: "红色", ... }. */
export type LocalizedLabel = Partial<Record<string, string>>;

export const categories = pgTable(
  "categories",
  {
    id: serial("id").primaryKey(),
    parentId: integer("parent_id").references((): any => categories.id, { onDelete: "restrict" }),
    slug: varchar("slug", { length: 80 }).notNull(),
    icon: varchar("icon", { length: 16 }).notNull().default(""),
    position: smallint("position").notNull().default(0),
  },
  (t) => [uniqueIndex("categories_slug_key").on(t.slug), index("categories_parent_idx").on(t.parentId)],
);

export const categoryTranslations = pgTable(
  "category_translations",
  {
    categoryId: integer("category_id").notNull().references(() => categories.id, { onDelete: "cascade" }),
    locale: varchar("locale", { length: 5 }).notNull(),
    name: varchar("name", { length: 120 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.locale] })],
);

/** The public profile of a factory organisation. */
export const factories = pgTable(
  "factories",
  {
    organisationId: integer("organisation_id").primaryKey().references(() => organisations.id, { onDelete: "cascade" }),
    nameZh: varchar("name_zh", { length: 160 }).notNull(),
    nameEn: varchar("name_en", { length: 160 }).notNull(),
    province: varchar("province", { length: 40 }).notNull(),
    city: varchar("city", { length: 60 }).notNull(),
    foundedYear: smallint("founded_year"),
    licenceNumber: varchar("licence_number", { length: 40 }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    responseRatePct: smallint("response_rate_pct").notNull().default(0),
    mainCategoryIds: integer("main_category_ids").array().notNull().default(sql`'{}'::integer[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("factories_province_idx").on(t.province),
    check("factories_response_rate_range", sql`${t.responseRatePct} between 0 and 100`),
    check("factories_founded_year_range", sql`${t.foundedYear} is null or ${t.foundedYear} between 1900 and 2100`),
  ],
);

export const factoryTranslations = pgTable(
  "factory_translations",
  {
    factoryId: integer("factory_id").notNull().references(() => factories.organisationId, { onDelete: "cascade" }),
    locale: varchar("locale", { length: 5 }).notNull(),
    about: text("about").notNull(),
    origin: translationOrigin("origin").notNull(),
  },
  (t) => [primaryKey({ columns: [t.factoryId, t.locale] })],
);

export const tags = pgTable("tags", {
  slug: varchar("slug", { length: 40 }).primaryKey(),
});

export const listings = pgTable(
  "listings",
  {
    id: serial("id").primaryKey(),
    factoryId: integer("factory_id").notNull().references(() => factories.organisationId, { onDelete: "restrict" }),
    categoryId: integer("category_id").notNull().references(() => categories.id, { onDelete: "restrict" }),
    status: listingStatus("status").notNull().default("draft"),
    sourceLocale: varchar("source_locale", { length: 5 }).notNull().default("zh"),
    unit: varchar("unit", { length: 16 }).notNull(),
    moq: integer("moq").notNull().default(1),
    weightG: integer("weight_g").notNull(),
    lengthMm: integer("length_mm").notNull(),
    widthMm: integer("width_mm").notNull(),
    heightMm: integer("height_mm").notNull(),
    leadTimeDays: smallint("lead_time_days").notNull(),
    externalOfferId: varchar("external_offer_id", { length: 40 }),
    hsCode: varchar("hs_code", { length: 12 }),
    /** Lowest tier price, kept by the operations that write tiers: sorting and price filters need an index. */
    priceMinFen: integer("price_min_fen").notNull().default(0),
    soldCount: integer("sold_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    index("listings_factory_idx").on(t.factoryId, t.status),
    index("listings_category_idx").on(t.categoryId, t.status, t.soldCount),
    index("listings_status_published_idx").on(t.status, t.publishedAt),
    index("listings_price_idx").on(t.status, t.priceMinFen),
    uniqueIndex("listings_external_offer_key").on(t.externalOfferId),
    check("listings_moq_positive", sql`${t.moq} > 0`),
    check("listings_weight_positive", sql`${t.weightG} > 0`),
    check("listings_size_positive", sql`${t.lengthMm} > 0 and ${t.widthMm} > 0 and ${t.heightMm} > 0`),
    check("listings_lead_time_nonnegative", sql`${t.leadTimeDays} >= 0`),
    check("listings_price_min_nonnegative", sql`${t.priceMinFen} >= 0`),
    check("listings_sold_nonnegative", sql`${t.soldCount} >= 0`),
  ],
);

export const listingTranslations = pgTable(
  "listing_translations",
  {
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "cascade" }),
    locale: varchar("locale", { length: 5 }).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    description: text("description").notNull(),
    origin: translationOrigin("origin").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.locale] })],
);

/** Attributes such as material or origin, one row per key and locale. */
export const listingAttributes = pgTable(
  "listing_attributes",
  {
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "cascade" }),
    key: varchar("key", { length: 40 }).notNull(),
    locale: varchar("locale", { length: 5 }).notNull(),
    value: varchar("value", { length: 200 }).notNull(),
    origin: translationOrigin("origin").notNull(),
    position: smallint("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.key, t.locale] })],
);

export const listingTags = pgTable(
  "listing_tags",
  {
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "cascade" }),
    tag: varchar("tag", { length: 40 }).notNull().references(() => tags.slug, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.tag] }), index("listing_tags_tag_idx").on(t.tag, t.listingId)],
);

/** Binary objects (photos). Object storage takes this role at scale; the key stays the same. */
export const blobs = pgTable("blobs", {
  key: varchar("key", { length: 120 }).primaryKey(),
  contentType: varchar("content_type", { length: 60 }).notNull(),
  bytes: bytea("bytes").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const listingPhotos = pgTable(
  "listing_photos",
  {
    id: serial("id").primaryKey(),
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "cascade" }),
    position: smallint("position").notNull().default(0),
    storageKey: varchar("storage_key", { length: 120 }).notNull().references(() => blobs.key),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** 64-bit difference hash, stored signed (BigInt.asIntN(64, h)). */
    phash: bigint("phash", { mode: "bigint" }).notNull(),
    /** Small colour signature (hex), see lib/photos/perceptual-hash.ts. */
    colours: varchar("colours", { length: 64 }).notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("listing_photos_position_key").on(t.listingId, t.position),
    index("listing_photos_phash_idx").on(t.phash),
    check("listing_photos_dimensions_positive", sql`${t.width} > 0 and ${t.height} > 0`),
  ],
);

/** An option axis of a listing (colour, size, ...). */
export const listingOptions = pgTable(
  "listing_options",
  {
    id: serial("id").primaryKey(),
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "cascade" }),
    axis: varchar("axis", { length: 40 }).notNull(),
    position: smallint("position").notNull().default(0),
  },
  (t) => [uniqueIndex("listing_options_axis_key").on(t.listingId, t.axis)],
);

export const listingOptionValues = pgTable(
  "listing_option_values",
  {
    id: serial("id").primaryKey(),
    optionId: integer("option_id").notNull().references(() => listingOptions.id, { onDelete: "cascade" }),
    key: varchar("key", { length: 60 }).notNull(),
    label: jsonb("label").$type<LocalizedLabel>().notNull(),
    swatch: varchar("swatch", { length: 9 }),
    position: smallint("position").notNull().default(0),
  },
  (t) => [uniqueIndex("listing_option_values_key").on(t.optionId, t.key)],
);

export const skus = pgTable(
  "skus",
  {
    id: serial("id").primaryKey(),
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "cascade" }),
    code: varchar("code", { length: 60 }).notNull(),
    /** Option value ids of this combination, in axis order. */
    optionValueIds: integer("option_value_ids").array().notNull().default(sql`'{}'::integer[]`),
    stock: integer("stock").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    priceDeltaFen: integer("price_delta_fen").notNull().default(0),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    uniqueIndex("skus_code_key").on(t.listingId, t.code),
    check("skus_stock_nonnegative", sql`${t.stock} >= 0`),
    check("skus_reserved_range", sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.stock}`),
  ],
);

/** Tiered wholesale price: from `minQty` units (summed over all SKUs of the listing) the unit price is `unitPriceFen`. */
export const priceTiers = pgTable(
  "price_tiers",
  {
    listingId: integer("listing_id").notNull().references(() => listings.id, { onDelete: "cascade" }),
    minQty: integer("min_qty").notNull(),
    unitPriceFen: integer("unit_price_fen").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.listingId, t.minQty] }),
    check("price_tiers_min_qty_positive", sql`${t.minQty} > 0`),
    check("price_tiers_price_positive", sql`${t.unitPriceFen} > 0`),
  ],
);

export const categoriesRelations = relations(categories, ({ one, many }) => ({
  parent: one(categories, { fields: [categories.parentId], references: [categories.id], relationName: "tree" }),
  children: many(categories, { relationName: "tree" }),
  translations: many(categoryTranslations),
}));
export const categoryTranslationsRelations = relations(categoryTranslations, ({ one }) => ({
  category: one(categories, { fields: [categoryTranslations.categoryId], references: [categories.id] }),
}));
export const factoriesRelations = relations(factories, ({ one, many }) => ({
  organisation: one(organisations, { fields: [factories.organisationId], references: [organisations.id] }),
  translations: many(factoryTranslations),
  listings: many(listings),
}));
export const factoryTranslationsRelations = relations(factoryTranslations, ({ one }) => ({
  factory: one(factories, { fields: [factoryTranslations.factoryId], references: [factories.organisationId] }),
}));
export const listingsRelations = relations(listings, ({ one, many }) => ({
  factory: one(factories, { fields: [listings.factoryId], references: [factories.organisationId] }),
  category: one(categories, { fields: [listings.categoryId], references: [categories.id] }),
  translations: many(listingTranslations),
  attributes: many(listingAttributes),
  tags: many(listingTags),
  photos: many(listingPhotos),
  options: many(listingOptions),
  skus: many(skus),
  tiers: many(priceTiers),
}));
export const listingTranslationsRelations = relations(listingTranslations, ({ one }) => ({
  listing: one(listings, { fields: [listingTranslations.listingId], references: [listings.id] }),
}));
export const listingAttributesRelations = relations(listingAttributes, ({ one }) => ({
  listing: one(listings, { fields: [listingAttributes.listingId], references: [listings.id] }),
}));
export const listingTagsRelations = relations(listingTags, ({ one }) => ({
  listing: one(listings, { fields: [listingTags.listingId], references: [listings.id] }),
}));
export const listingPhotosRelations = relations(listingPhotos, ({ one }) => ({
  listing: one(listings, { fields: [listingPhotos.listingId], references: [listings.id] }),
}));
export const listingOptionsRelations = relations(listingOptions, ({ one, many }) => ({
  listing: one(listings, { fields: [listingOptions.listingId], references: [listings.id] }),
  values: many(listingOptionValues),
}));
export const listingOptionValuesRelations = relations(listingOptionValues, ({ one }) => ({
  option: one(listingOptions, { fields: [listingOptionValues.optionId], references: [listingOptions.id] }),
}));
export const skusRelations = relations(skus, ({ one }) => ({
  listing: one(listings, { fields: [skus.listingId], references: [listings.id] }),
}));
export const priceTiersRelations = relations(priceTiers, ({ one }) => ({
  listing: one(listings, { fields: [priceTiers.listingId], references: [listings.id] }),
}));

export type Listing = typeof listings.$inferSelect;
export type Sku = typeof skus.$inferSelect;
export type PriceTier = typeof priceTiers.$inferSelect;
