import "server-only";
// Creates a draft listing or updates one of the caller's factory: the source-language text,
// category, attributes, tags, unit, weight, packed size, lead time, 1688 offer id, SKU matrix and
// price tiers, all in one transaction. Machine translations of a source text that changed are
// dropped (they translate a text that no longer exists); run translateListing afterwards. An active
// listing stays complete (same checks as publishing) and its search row is refreshed. The caller
// (a server action) revalidates the catalogue cache.
import { and, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  categories, factories, listingAttributes, listings, listingTags, listingTranslations, priceTiers,
} from "@/db/schema";
import { combinationKey, mergeSkuMatrix, skuCode } from "@/lib/catalog/sku-matrix";
import { NotFoundError, ValidationError, type FieldIssue } from "@/lib/errors";
import { findOwnListing } from "./find-own-listing";
import { findPublishProblems } from "./find-publish-problems";
import { fieldIssues, listingSchema, toMatrixAxes, type ListingInput } from "./listing-schema";
import { loadSkuMatrix } from "./load-sku-matrix";
import { refreshListingSearch } from "./refresh-listing-search";
import { writeSkuMatrix } from "./write-sku-matrix";

export interface SavedListing {
  listingId: number;
  status: "draft" | "active" | "archived";
  /** The source title, description or an attribute changed: translations should be refreshed. */
  sourceChanged: boolean;
}

export async function saveListing(db: Db, factoryId: number, input: unknown, listingId?: number): Promise<SavedListing> {
  const parsed = listingSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
  const data = parsed.data;

  return db.transaction(async (tx) => {
    const existing = listingId === undefined ? null : await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
    if (!existing) {
      const [factory] = await tx.select({ id: factories.organisationId }).from(factories).where(eq(factories.organisationId, factoryId));
      if (!factory) throw new NotFoundError("factory", factoryId);
    }
    const sourceLocale = existing?.sourceLocale ?? data.sourceLocale;
    const issues = await checkAgainstDatabase(tx, data, existing?.id ?? null);

    const stored = existing ? await loadSkuMatrix(tx, existing.id) : { axes: [], skus: [] };
    const axes = toMatrixAxes(data.options, sourceLocale);
    const matrix = mergeSkuMatrix(axes, stored.skus.flatMap((s) => (s.keys && s.active ? [{ ...s, keys: s.keys }] : [])), data.skus);
    // Stock below what open orders have reserved cannot be saved.
    const reservedBy = new Map(stored.skus.flatMap((s) => (s.keys ? [[combinationKey(s.keys), s.reserved] as const] : [])));
    data.skus.forEach((sku, index) => {
      if (sku.stock < (reservedBy.get(combinationKey(sku.keys)) ?? 0)) {
        issues.push({ path: ["skus", index, "stock"], key: "skus.stockBelowReserved", params: { reserved: reservedBy.get(combinationKey(sku.keys))! } });
      }
    });
    // Kept SKUs the factory did not re-enter must also stay above zero at the new cheapest tier.
    const entered = new Set(data.skus.map((sku) => combinationKey(sku.keys)));
    const cheapest = data.tiers.length ? Math.min(...data.tiers.map((t) => t.unitPriceFen)) : null;
    for (const sku of matrix) {
      if (cheapest !== null && !entered.has(combinationKey(sku.keys)) && cheapest + sku.priceDeltaFen <= 0) {
        issues.push({ path: ["skus"], key: "skus.priceNotPositive", params: { code: skuCode(sku.keys) } });
      }
    }
    if (issues.length) throw new ValidationError(issues);

    const fields = {
      categoryId: data.categoryId,
      unit: data.unit,
      moq: data.moq,
      weightG: data.weightG,
      lengthMm: data.packedSizeMm.length,
      widthMm: data.packedSizeMm.width,
      heightMm: data.packedSizeMm.height,
      leadTimeDays: data.leadTimeDays,
      externalOfferId: data.externalOfferId,
      hsCode: data.hsCode,
      priceMinFen: data.tiers.length ? Math.min(...data.tiers.map((t) => t.unitPriceFen)) : 0,
      updatedAt: new Date(),
    };
    let id: number;
    if (existing) {
      id = existing.id;
      await tx.update(listings).set(fields).where(eq(listings.id, id));
    } else {
      [{ id }] = await tx
        .insert(listings)
        .values({ ...fields, factoryId, sourceLocale, status: "draft" })
        .returning({ id: listings.id });
    }

    const sourceChanged = (await writeText(tx, id, sourceLocale, data)) || !existing;
    await tx.delete(listingTags).where(eq(listingTags.listingId, id));
    if (data.tags.length) await tx.insert(listingTags).values(data.tags.map((tag) => ({ listingId: id, tag })));
    await writeSkuMatrix(tx, id, sourceLocale, stored, axes, matrix);
    await tx.delete(priceTiers).where(eq(priceTiers.listingId, id));
    if (data.tiers.length) await tx.insert(priceTiers).values(data.tiers.map((t) => ({ listingId: id, ...t })));

    const status = existing?.status ?? "draft";
    if (status === "active") {
      const [listing] = await tx.select().from(listings).where(eq(listings.id, id));
      const problems = await findPublishProblems(tx, listing);
      if (problems.length) throw new ValidationError(problems);
      await refreshListingSearch(tx, id);
    }
    return { listingId: id, status, sourceChanged };
  });
}

/** What only the database knows: the category exists and is a leaf, the 1688 offer id is not taken. */
async function checkAgainstDatabase(tx: Tx, data: ListingInput, listingId: number | null): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, data.categoryId));
  const [child] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.parentId, data.categoryId)).limit(1);
  if (!category) issues.push({ path: ["categoryId"], key: "category.unknown" });
  else if (child) issues.push({ path: ["categoryId"], key: "category.notLeaf" });
  if (data.externalOfferId) {
    const [taken] = await tx
      .select({ id: listings.id })
      .from(listings)
      .where(and(eq(listings.externalOfferId, data.externalOfferId), listingId === null ? sql`true` : ne(listings.id, listingId)));
    if (taken) issues.push({ path: ["externalOfferId"], key: "externalOfferId.taken" });
  }
  return issues;
}

/**
 * The source-language title, description and attributes. Returns whether any source text changed;
 * machine translations of what changed are dropped, human ones kept.
 */
async function writeText(tx: Tx, listingId: number, sourceLocale: string, data: ListingInput): Promise<boolean> {
  const [before] = await tx
    .select()
    .from(listingTranslations)
    .where(and(eq(listingTranslations.listingId, listingId), eq(listingTranslations.locale, sourceLocale)));
  const textChanged = !before || before.title !== data.title || before.description !== data.description;
  if (textChanged) {
    const row = { title: data.title, description: data.description, origin: "source" as const, updatedAt: new Date() };
    await tx
      .insert(listingTranslations)
      .values({ listingId, locale: sourceLocale, ...row })
      .onConflictDoUpdate({ target: [listingTranslations.listingId, listingTranslations.locale], set: row });
    await tx
      .delete(listingTranslations)
      .where(and(eq(listingTranslations.listingId, listingId), eq(listingTranslations.origin, "machine")));
  }

  const storedAttributes = await tx
    .select()
    .from(listingAttributes)
    .where(and(eq(listingAttributes.listingId, listingId), eq(listingAttributes.locale, sourceLocale)));
  const keys = data.attributes.map((a) => a.key);
  await tx
    .delete(listingAttributes)
    .where(and(eq(listingAttributes.listingId, listingId), keys.length ? notInArray(listingAttributes.key, keys) : sql`true`));
  const changedKeys: string[] = [];
  for (const [position, attribute] of data.attributes.entries()) {
    const old = storedAttributes.find((a) => a.key === attribute.key);
    if (old?.value !== attribute.value) changedKeys.push(attribute.key);
    const row = { value: attribute.value, origin: "source" as const, position };
    await tx
      .insert(listingAttributes)
      .values({ listingId, key: attribute.key, locale: sourceLocale, ...row })
      .onConflictDoUpdate({ target: [listingAttributes.listingId, listingAttributes.key, listingAttributes.locale], set: row });
  }
  if (changedKeys.length) {
    await tx
      .delete(listingAttributes)
      .where(and(eq(listingAttributes.listingId, listingId), inArray(listingAttributes.key, changedKeys), eq(listingAttributes.origin, "machine")));
  }
  const removedKeys = storedAttributes.some((a) => !keys.includes(a.key));
  return textChanged || changedKeys.length > 0 || removedKeys;
}
