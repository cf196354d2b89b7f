import "server-only";
// Copies a listing of the caller's factory as a new draft: text in every locale (origins kept),
// attributes, tags, tiers, options, SKUs (with their stock, nothing reserved) and photo rows that
// point at the same stored images. Not copied: the 1688 offer id (it names one listing), sales.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  listingAttributes, listingOptionValues, listingOptions, listingPhotos, listings, listingTags, listingTranslations,
  priceTiers, skus,
} from "@/db/schema";
import { findOwnListing } from "./find-own-listing";

export async function duplicateListing(db: Db, factoryId: number, listingId: number): Promise<number> {
  return db.transaction(async (tx) => {
    const original = await findOwnListing(tx, factoryId, listingId);
    const { id: _id, createdAt: _c, updatedAt: _u, publishedAt: _p, ...fields } = original;
    const [{ id }] = await tx
      .insert(listings)
      .values({ ...fields, status: "draft", externalOfferId: null, soldCount: 0 })
      .returning({ id: listings.id });

    const from = original.id;
    const [translations, attributes, tags, tiers, photos, options, skuRows] = await Promise.all([
      tx.select().from(listingTranslations).where(eq(listingTranslations.listingId, from)),
      tx.select().from(listingAttributes).where(eq(listingAttributes.listingId, from)),
      tx.select().from(listingTags).where(eq(listingTags.listingId, from)),
      tx.select().from(priceTiers).where(eq(priceTiers.listingId, from)),
      tx.select().from(listingPhotos).where(eq(listingPhotos.listingId, from)).orderBy(asc(listingPhotos.position)),
      tx.select().from(listingOptions).where(eq(listingOptions.listingId, from)).orderBy(asc(listingOptions.position)),
      tx.select().from(skus).where(and(eq(skus.listingId, from), eq(skus.active, true))).orderBy(asc(skus.id)),
    ]);
    if (translations.length) {
      await tx.insert(listingTranslations).values(translations.map((t) => ({ ...t, listingId: id, updatedAt: new Date() })));
    }
    if (attributes.length) await tx.insert(listingAttributes).values(attributes.map((a) => ({ ...a, listingId: id })));
    if (tags.length) await tx.insert(listingTags).values(tags.map((t) => ({ ...t, listingId: id })));
    if (tiers.length) await tx.insert(priceTiers).values(tiers.map((t) => ({ ...t, listingId: id })));
    if (photos.length) {
      await tx.insert(listingPhotos).values(photos.map(({ id: _photoId, createdAt: _at, ...p }) => ({ ...p, listingId: id })));
    }

    const valueIds = new Map<number, number>();
    const values = options.length
      ? await tx.select().from(listingOptionValues).where(inArray(listingOptionValues.optionId, options.map((o) => o.id)))
      : [];
    for (const option of options) {
      const [copy] = await tx
        .insert(listingOptions)
        .values({ listingId: id, axis: option.axis, position: option.position })
        .returning({ id: listingOptions.id });
      const own = values.filter((v) => v.optionId === option.id);
      if (!own.length) continue;
      const inserted = await tx
        .insert(listingOptionValues)
        .values(own.map(({ id: _valueId, ...v }) => ({ ...v, optionId: copy.id })))
        .returning({ id: listingOptionValues.id, key: listingOptionValues.key });
      for (const v of own) valueIds.set(v.id, inserted.find((i) => i.key === v.key)!.id);
    }
    if (skuRows.length) {
      await tx.insert(skus).values(
        skuRows.map(({ id: _skuId, ...sku }) => ({
          ...sku,
          listingId: id,
          reserved: 0,
          optionValueIds: sku.optionValueIds.map((v) => valueIds.get(v) ?? v),
        })),
      );
    }
    return id;
  });
}
