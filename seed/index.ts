// Writes the deterministic demo data: categories, factories, agents with warehouses and shipping
// lines, exchange rates, demo accounts and the catalogue with photos. One transaction: a seed that
// fails half-way leaves an empty database, and the next start tries again.
import { eq, sql } from "drizzle-orm";
import { locales, type Locale } from "../i18n/locales";
import { hashPassword } from "../lib/auth/password";
import { dutyRateSeed } from "./content/duty";
import { seedDemoOrders } from "./orders";
import { seedDemoPurchaseOrders } from "./purchase-orders";
import { seedDemoRfqs } from "./rfqs";
import { seedDemoWarehouse } from "./warehouse";
import { seedReliabilityHistory } from "./reliability";
import { tagSlugs } from "../lib/catalog/tags";
import type { RenderedPhoto } from "../lib/photos/render-svg-photo";
import { renderDemoPhoto } from "./photo-cache";
import { renderIllustrationSvg } from "../lib/photos/illustrations";
import { assignProductGroups } from "../lib/search/product-groups";
import { refreshSearchIndex } from "../lib/search/refresh-search-index";
import { refreshSuggestions } from "../lib/search/refresh-suggestions";
import { refreshSearchWords } from "../lib/search/refresh-search-words";
import type { Db, Tx } from "../db/client";
import * as s from "../db/schema";
import { planListings, type PlannedListing } from "./catalog-plan";
import { categories } from "./content/categories";
import { agents, factories, shippingLines } from "./content/factories";
import { freightLines } from "./content/freight-lines";
import { materials, provinces } from "../lib/translate/glossary-data";
import { buildDescription } from "./content/text";
import { buildListingTitle, modelNumber, titleStyle } from "./content/titles";
import { random } from "./random";
import { demoRates } from "./rates";
import { DEMO_RATE_SOURCE } from "../lib/money/rate-sources";
import type { CategorySeed } from "./types";

export const DEMO_PASSWORD = "haozao-demo";
export const demoAccounts = [
  { email: "buyer@haozao.test", name: "Sarah Miller", role: "buyer" as const },
  { email: "factory@haozao.test", name: "王丽 Wang Li", role: "factory" as const },
  { email: "agent@haozao.test", name: "陈强 Chen Qiang", role: "agent" as const },
  { email: "partner@haozao.test", name: "Batbayar D.", role: "partner" as const },
  { email: "admin@haozao.test", name: "Haozao Admin", role: "admin" as const },
];

/** The day the demo catalogue is "as of": dates are relative to it so seeding is deterministic. */
const AS_OF = new Date("2026-11-20T08:00:00Z");
const daysBefore = (days: number, minutes = 0) => new Date(AS_OF.getTime() - days * 86_400_000 - minutes * 60_000);


async function insertChunks<T extends Record<string, unknown>>(tx: Tx, table: any, rows: T[], size = 500) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size));
}

export async function isSeeded(db: Db) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(s.categories);
  return row.n > 0;
}

export interface SeedReport {
  listings: number;
  photos: number;
  ms: number;
}

export async function seedDatabase(db: Db, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const started = performance.now();
  const plan = planListings();
  // Photos first, outside the transaction: rendering and hashing is the slow part.
  const photos = await preparePhotos(plan);
  log(`  photos: ${photos.size} rendered and hashed in ${Math.round(performance.now() - started)} ms`);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    await tx.insert(s.tags).values(tagSlugs.map((slug) => ({ slug })));
    const categoryIds = await seedCategories(tx);
    const { factoryIds, platformId } = await seedOrganisations(tx, categoryIds);
    await seedLogistics(tx);
    await tx.insert(s.exchangeRates).values(
      Object.entries(demoRates).map(([currency, ratePerCny]) => ({
        currency, ratePerCny, source: DEMO_RATE_SOURCE, fetchedAt: daysBefore(0),
      })),
    );
    await seedAccounts(tx, passwordHash, factoryIds, platformId);
    await seedListings(tx, plan, categoryIds, factoryIds, photos);
    await refreshSearchIndex(tx);
    await assignProductGroups(tx);
    await refreshSuggestions(tx);
    await refreshSearchWords(tx);
  });
  await seedDemoOrders(db);
  await seedDemoPurchaseOrders(db);
  await seedDemoRfqs(db);
  await seedDemoWarehouse(db);
  // Last: runs the reliability job over everything the warehouse saw, the demo factory's checks too.
  await seedReliabilityHistory(db);
  return { listings: plan.length, photos: photos.size, ms: Math.round(performance.now() - started) };
}

async function seedCategories(tx: Tx) {
  const ids = new Map<string, number>();
  const insertLevel = async (nodes: CategorySeed[], parentId: number | null) => {
    const rows = await tx
      .insert(s.categories)
      .values(nodes.map((c, position) => ({ slug: c.slug, icon: c.icon, parentId, position })))
      .returning({ id: s.categories.id, slug: s.categories.slug });
    for (const row of rows) ids.set(row.slug, row.id);
    await tx.insert(s.categoryTranslations).values(
      nodes.flatMap((c) => locales.map((locale) => ({ categoryId: ids.get(c.slug)!, locale, name: c.name[locale] }))),
    );
    for (const node of nodes) if (node.children?.length) await insertLevel(node.children, ids.get(node.slug)!);
  };
  await insertLevel(categories, null);
  return ids;
}

async function seedOrganisations(tx: Tx, categoryIds: Map<string, number>) {
  const [platform] = await tx
    .insert(s.organisations)
    .values({ kind: "platform", slug: "haozao", name: "Haozao" })
    .returning({ id: s.organisations.id });
  const factoryIds = new Map<string, number>();
  for (const [index, f] of factories.entries()) {
    const [org] = await tx
      .insert(s.organisations)
      .values({ kind: "factory", slug: f.key, name: f.name.en, createdAt: daysBefore(400 - index * 9) })
      .returning({ id: s.organisations.id });
    factoryIds.set(f.key, org.id);
    await tx.insert(s.factories).values({
      organisationId: org.id,
      nameZh: f.name.zh,
      nameEn: f.name.en,
      province: f.province,
      city: f.city,
      foundedYear: f.foundedYear,
      licenceNumber: `91${String(330000 + index * 7919).padStart(6, "0")}MA${String(1000000 + index * 104729).slice(0, 7)}X`,
      verifiedAt: f.verified ? daysBefore(300 - index * 11) : null,
      responseRatePct: f.responseRatePct,
      mainCategoryIds: f.mainCategories.map((slug) => categoryIds.get(slug)!),
    });
    await tx.insert(s.factoryTranslations).values(
      locales.map((locale) => ({
        factoryId: org.id,
        locale,
        about: f.about[locale],
        origin: locale === "zh" ? ("source" as const) : ("human" as const),
      })),
    );
  }
  return { factoryIds, platformId: platform.id };
}

async function seedLogistics(tx: Tx) {
  await tx.insert(s.dutyRates).values(dutyRateSeed);
  const agentIds = new Map<string, number>();
  for (const a of agents) {
    const [org] = await tx
      .insert(s.organisations)
      .values({ kind: "agent", slug: a.key, name: a.name.en })
      .returning({ id: s.organisations.id });
    agentIds.set(a.key, org.id);
    await tx.insert(s.agents).values({
      organisationId: org.id, name: a.name, serviceFeeBps: a.serviceFeeBps, minServiceFeeFen: a.minServiceFeeFen,
    });
    await tx.insert(s.warehouses).values(
      a.warehouses.map((w) => ({
        agentId: org.id, code: w.key, name: w.name, province: w.province, city: w.city, address: w.address, addressZh: w.addressZh, phone: w.phone, postalCode: w.postalCode,
      })),
    );
  }
  for (const line of [...shippingLines, ...freightLines]) {
    const [row] = await tx
      .insert(s.shippingLines)
      .values({
        agentId: agentIds.get(line.agent)!,
        code: line.key,
        name: line.name,
        mode: line.mode,
        firstWeightG: line.firstWeightG,
        firstPriceFen: line.firstPriceFen,
        stepG: line.stepG,
        stepPriceFen: line.stepPriceFen,
        volumetricDivisor: line.volumetricDivisor,
        maxWeightG: line.maxWeightG,
        pricing: line.pricing ?? "parcel",
        maxVolumeL: line.maxVolumeL ?? null,
        minChargeFen: line.minChargeFen ?? 0,
        freightTonPriceFen: line.freightTonPriceFen ?? null,
        container20PriceFen: line.container20PriceFen ?? null,
        container40PriceFen: line.container40PriceFen ?? null,
        daysMin: line.daysMin,
        daysMax: line.daysMax,
      })
      .returning({ id: s.shippingLines.id });
    await tx.insert(s.shippingLineCountries).values(line.countries.map((country) => ({ lineId: row.id, country })));
  }
}

async function seedAccounts(tx: Tx, passwordHash: string, factoryIds: Map<string, number>, platformId: number) {
  const [partner] = await tx
    .insert(s.organisations)
    .values({ kind: "partner", slug: "steppe-trade", name: "Steppe Trade LLC" })
    .returning({ id: s.organisations.id });
  const [agentOrg] = await tx.select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.slug, agents[0].key));
  const orgOf = {
    buyer: null,
    factory: factoryIds.get(factories[0].key)!,
    agent: agentOrg.id,
    partner: partner.id,
    admin: platformId,
  } as const;
  for (const account of demoAccounts) {
    const [user] = await tx
      .insert(s.users)
      .values({
        email: account.email,
        name: account.name,
        role: account.role,
        company: account.role === "buyer" ? "Miller Home Goods Ltd" : null,
        country: account.role === "buyer" ? "GB" : account.role === "partner" ? "MN" : "CN",
        locale: account.role === "factory" || account.role === "agent" ? "zh" : "en",
        currency: account.role === "buyer" ? "GBP" : "CNY",
        emailVerified: true,
        createdAt: daysBefore(30),
      })
      .returning({ id: s.users.id });
    // Better Auth reads the password from the user's credential account.
    await tx.insert(s.accounts).values({ accountId: String(user.id), providerId: "credential", userId: user.id, password: passwordHash });
    const organisationId = orgOf[account.role];
    if (organisationId) await tx.insert(s.memberships).values({ organizationId: organisationId, userId: user.id, role: "owner" });
  }
}

const PHOTO_VIEWS = [0, 1, 2];
/** The base key of a generated photo; its renditions are `<base>-600.webp` and `<base>-240.webp`. */
const photoBase = (p: PlannedListing, view: number) => `gen/${p.productType.key}/${p.design.key}/v${view}-s${p.seller % 4}`;

/** Every demo photo drawn (SVG), rendered to WebP and hashed as an uploaded photo would be. */
async function preparePhotos(plan: PlannedListing[]) {
  const wanted = new Map<string, () => string>();
  for (const p of plan) {
    for (const view of PHOTO_VIEWS) {
      wanted.set(photoBase(p, view), () =>
        renderIllustrationSvg({
          drawing: p.productType.drawing,
          palette: p.design.palette,
          pattern: p.design.pattern,
          view,
          variant: p.seller % 4,
        }),
      );
    }
  }
  const prepared = new Map<string, RenderedPhoto>();
  const entries = [...wanted.entries()];
  const CONCURRENCY = 8;
  for (let i = 0; i < entries.length; i += CONCURRENCY) {
    await Promise.all(
      entries.slice(i, i + CONCURRENCY).map(async ([base, draw]) => {
        prepared.set(base, await renderDemoPhoto(base, draw()));
      }),
    );
  }
  return prepared;
}

async function seedListings(
  tx: Tx,
  plan: PlannedListing[],
  categoryIds: Map<string, number>,
  factoryIds: Map<string, number>,
  photos: Map<string, RenderedPhoto>,
) {
  await insertChunks(
    tx,
    s.blobs,
    [...photos.values()].flatMap((p) => p.renditions.map((r) => ({ key: r.key, contentType: "image/webp", bytes: r.bytes }))),
    200,
  );

  const listingRows = plan.map((p, index) => {
    const pt = p.productType;
    const tiers = tiersFor(p);
    return {
      factoryId: factoryIds.get(p.factory.key)!,
      categoryId: categoryIds.get(pt.category)!,
      // A few drafts and archived listings, as a real catalogue has; they never show to buyers.
      status: index % 97 === 5 ? ("draft" as const) : index % 89 === 7 ? ("archived" as const) : ("active" as const),
      sourceLocale: "zh",
      unit: pt.unit,
      moq: p.moq,
      weightG: pt.weightG,
      lengthMm: pt.sizeMm[0],
      widthMm: pt.sizeMm[1],
      heightMm: pt.sizeMm[2],
      leadTimeDays: p.leadTimeDays,
      externalOfferId: String(600_000_000_000 + ((index * 7_919_113 + 3_571) % 99_999_999_999)),
      hsCode: pt.hsCode ?? null,
      priceMinFen: Math.min(...tiers.map((t) => t.unitPriceFen)),
      soldCount: p.soldCount,
      createdAt: daysBefore(p.daysAgo + 2, index),
      updatedAt: daysBefore(p.daysAgo, index),
      publishedAt: daysBefore(p.daysAgo, index),
    };
  });
  const ids: number[] = [];
  for (let i = 0; i < listingRows.length; i += 200) {
    const rows = await tx.insert(s.listings).values(listingRows.slice(i, i + 200)).returning({ id: s.listings.id });
    ids.push(...rows.map((r) => r.id));
  }

  const translations: (typeof s.listingTranslations.$inferInsert)[] = [];
  const attributes: (typeof s.listingAttributes.$inferInsert)[] = [];
  const tagRows: (typeof s.listingTags.$inferInsert)[] = [];
  const photoRows: (typeof s.listingPhotos.$inferInsert)[] = [];
  const tierRows: (typeof s.priceTiers.$inferInsert)[] = [];

  plan.forEach((p, index) => {
    const listingId = ids[index];
    const pt = p.productType;
    const variant = p.seller + p.designIndex * 4;
    const habit = { style: titleStyle(pt.key, p.designIndex, p.seller), model: modelNumber(p.factory.key, pt.key, p.designIndex) };
    for (const locale of locales) {
      const missing = untranslated(index, locale);
      if (missing) continue;
      translations.push({
        listingId,
        locale,
        title: buildListingTitle(pt, locale, variant, habit).slice(0, 200),
        description: buildDescription(pt, locale, {
          factoryName: locale === "zh" ? p.factory.name.zh : p.factory.name.en,
          moq: p.moq,
          leadTimeDays: p.leadTimeDays,
          variant,
        }),
        origin: locale === "zh" ? "source" : machineTranslated(index, locale) ? "machine" : "human",
      });
      attributes.push(
        { listingId, key: "material", locale, value: materials[pt.material as keyof typeof materials][locale], origin: locale === "zh" ? "source" : "human", position: 0 },
        { listingId, key: "origin", locale, value: provinces[p.factory.province as keyof typeof provinces][locale], origin: locale === "zh" ? "source" : "human", position: 1 },
      );
    }
    for (const tag of pt.tags) tagRows.push({ listingId, tag });
    PHOTO_VIEWS.forEach((view, position) => {
      const photo = photos.get(photoBase(p, view))!;
      photoRows.push({ listingId, position, storageKey: photo.key, width: photo.width, height: photo.height, phash: photo.phash, colours: photo.colours });
    });
    for (const tier of tiersFor(p)) tierRows.push({ listingId, ...tier });
  });
  await insertChunks(tx, s.listingTranslations, translations, 300);
  await insertChunks(tx, s.listingAttributes, attributes);
  await insertChunks(tx, s.listingTags, tagRows);
  await insertChunks(tx, s.listingPhotos, photoRows);
  await insertChunks(tx, s.priceTiers, tierRows);
  await seedSkus(tx, plan, ids);
}

/** Three price breaks: from the MOQ, about 5x and about 20x the MOQ, each cheaper. */
export function tiersFor(p: PlannedListing) {
  const round = (q: number) => (q >= 100 ? Math.round(q / 50) * 50 : q >= 20 ? Math.round(q / 10) * 10 : q);
  const quote = (fen: number) => (fen >= 10000 ? Math.round(fen / 100) * 100 : Math.max(10, Math.round(fen / 10) * 10));
  const first = p.moq;
  const second = Math.max(first + 1, round(first * 5));
  const third = Math.max(second + 1, round(first * 20));
  return [
    { minQty: first, unitPriceFen: p.basePriceFen },
    { minQty: second, unitPriceFen: Math.min(p.basePriceFen, quote(p.basePriceFen * 0.9)) },
    { minQty: third, unitPriceFen: Math.min(p.basePriceFen, quote(p.basePriceFen * 0.8)) },
  ];
}

/** Some listings lack a translation (the page falls back to English or the source) ... */
const untranslated = (index: number, locale: Locale) =>
  (locale === "mn" && index % 11 === 3) || (locale === "vi" && index % 13 === 4) || (locale === "ar" && index % 17 === 6);
/** ... and some carry a machine translation (badge and "show original"). */
const machineTranslated = (index: number, locale: Locale) => (locale === "ko" || locale === "ru") && index % 7 === 2;

async function seedSkus(tx: Tx, plan: PlannedListing[], ids: number[]) {
  const skuRows: (typeof s.skus.$inferInsert)[] = [];
  for (const [index, p] of plan.entries()) {
    const listingId = ids[index];
    const axes: { id: number; values: { id: number; key: string }[] }[] = [];
    for (const [position, option] of p.productType.options.entries()) {
      const [opt] = await tx
        .insert(s.listingOptions)
        .values({ listingId, axis: option.axis, position })
        .returning({ id: s.listingOptions.id });
      const values = await tx
        .insert(s.listingOptionValues)
        .values(option.values.map((v, i) => ({ optionId: opt.id, key: v.key, label: v.label, swatch: v.hex ?? null, position: i })))
        .returning({ id: s.listingOptionValues.id, key: s.listingOptionValues.key });
      axes.push({ id: opt.id, values });
    }
    const combos: { id: number; key: string }[][] = axes.reduce<{ id: number; key: string }[][]>(
      (acc, axis) => acc.flatMap((combo) => axis.values.map((v) => [...combo, v])),
      [[]],
    );
    const rnd = random(p.key);
    combos.forEach((combo, i) => {
      const outOfStock = rnd.chance(0.08);
      skuRows.push({
        listingId,
        code: combo.length ? combo.map((v) => v.key).join("-").toUpperCase() : "STD",
        optionValueIds: combo.map((v) => v.id),
        stock: outOfStock ? 0 : rnd.int(10 * p.moq + 50, 40 * p.moq + 800),
        // Larger sizes of a second axis cost a little more.
        priceDeltaFen: axes.length > 1 && i % axes[1].values.length === axes[1].values.length - 1 ? Math.round(p.basePriceFen * 0.05) : 0,
      });
    });
  }
  await insertChunks(tx, s.skus, skuRows);
}
