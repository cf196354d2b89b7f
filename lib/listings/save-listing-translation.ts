import "server-only";
// A person's translation of a listing of the caller's factory into one locale: title and description,
// stored with origin "human" so that translateListing never overwrites it. An empty title and
// description remove the locale's text (it is missing again, and may be machine-translated). The
// source language is edited through saveListing, not here. The caller revalidates the catalogue.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { listings, listingTranslations } from "@/db/schema";
import { locales } from "@/i18n/locales";
import { ValidationError } from "@/lib/errors";
import { findOwnListing } from "./find-own-listing";
import { fieldIssues } from "./listing-schema";
import { refreshListingSearch } from "./refresh-listing-search";

export const listingTranslationSchema = z
  .object({
    locale: z.enum(locales, { error: "translation.localeInvalid" }),
    title: z.string({ error: "title.required" }).trim().max(200, "title.tooLong"),
    description: z.string({ error: "description.invalid" }).trim().max(10_000, "description.tooLong").default(""),
  })
  .superRefine((input, ctx) => {
    if (!input.title && input.description) ctx.addIssue({ code: "custom", path: ["title"], message: "title.required" });
  });

export type TranslationOrigin = "source" | "human" | "machine" | "missing";

export async function saveListingTranslation(db: Db, factoryId: number, listingId: number, input: unknown): Promise<{ origin: "human" | "missing" }> {
  const parsed = listingTranslationSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
  const { locale, title, description } = parsed.data;

  return db.transaction(async (tx) => {
    const listing = await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
    if (locale === listing.sourceLocale) throw new ValidationError([{ path: ["locale"], key: "translation.sourceLocale" }]);
    const here = and(eq(listingTranslations.listingId, listing.id), eq(listingTranslations.locale, locale));
    let origin: "human" | "missing";
    if (!title) {
      await tx.delete(listingTranslations).where(here);
      origin = "missing";
    } else {
      const row = { title, description, origin: "human" as const, updatedAt: new Date() };
      await tx
        .insert(listingTranslations)
        .values({ listingId: listing.id, locale, ...row })
        .onConflictDoUpdate({ target: [listingTranslations.listingId, listingTranslations.locale], set: row });
      origin = "human";
    }
    await tx.update(listings).set({ updatedAt: new Date() }).where(eq(listings.id, listing.id));
    if (listing.status === "active") await refreshListingSearch(tx, listing.id);
    return { origin };
  });
}
