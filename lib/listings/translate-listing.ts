import "server-only";
// Fills the missing locales of a listing of the caller's factory from its source text through a
// translation provider: title and description, attribute values, option value labels. Stored with
// origin "machine"; a "human" or "source" text is never overwritten, and an earlier machine
// translation is replaced (the source may have changed). What the provider cannot translate stays
// missing and is reported. The provider is called outside the transaction (it may be a slow network
// service); the writes then happen in one transaction that re-checks the origins.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { listingAttributes, listingOptionValues, listingOptions, listingTranslations } from "@/db/schema";
import { isLocale, locales, type Locale } from "@/i18n/locales";
import type { TranslationProvider } from "@/lib/translate/types";
import { findOwnListing } from "./find-own-listing";
import { refreshListingSearch } from "./refresh-listing-search";

export interface TranslationReport {
  /** What was stored, e.g. { locale: "en", field: "title" } or { field: "attribute:material" }, { field: "option:12" }. */
  translated: { locale: Locale; field: string }[];
  /** What the provider could not translate: shown untranslated, flagged for a person. */
  untranslated: { locale: Locale; field: string }[];
}

export async function translateListing(
  db: Db,
  factoryId: number,
  listingId: number,
  provider: TranslationProvider,
  options: { locales?: readonly Locale[] } = {},
): Promise<TranslationReport> {
  const listing = await findOwnListing(db, factoryId, listingId);
  const source = listing.sourceLocale;
  if (!isLocale(source)) throw new Error(`Listing ${listingId} has an unknown source locale ${source}`);
  const [texts, attributes, values] = await Promise.all([
    db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listing.id)),
    db.select().from(listingAttributes).where(eq(listingAttributes.listingId, listing.id)),
    db
      .select({ id: listingOptionValues.id, label: listingOptionValues.label })
      .from(listingOptionValues)
      .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
      .where(eq(listingOptions.listingId, listing.id)),
  ]);
  const sourceText = texts.find((t) => t.locale === source);
  const sourceAttributes = attributes.filter((a) => a.locale === source);
  const report: TranslationReport = { translated: [], untranslated: [] };
  const writes: Write[] = [];

  for (const to of (options.locales ?? locales).filter((l) => l !== source)) {
    // What this locale lacks (or has only from a machine), as one batch for the provider.
    const jobs: { field: string; text: string; apply: (translated: string) => Write }[] = [];
    const own = texts.find((t) => t.locale === to);
    if (sourceText && (!own || own.origin === "machine")) {
      jobs.push({ field: "title", text: sourceText.title, apply: (title) => ({ kind: "title", locale: to, title }) });
      jobs.push({ field: "description", text: sourceText.description, apply: (description) => ({ kind: "description", locale: to, description }) });
    }
    for (const attribute of sourceAttributes) {
      const existing = attributes.find((a) => a.key === attribute.key && a.locale === to);
      if (existing && existing.origin !== "machine") continue;
      jobs.push({
        field: `attribute:${attribute.key}`,
        text: attribute.value,
        apply: (value) => ({ kind: "attribute", locale: to, key: attribute.key, value, position: attribute.position }),
      });
    }
    for (const value of values) {
      // Labels carry no origin (see the report): only missing locales are filled.
      const text = value.label[source];
      if (!text || value.label[to]) continue;
      jobs.push({ field: `option:${value.id}`, text, apply: (label) => ({ kind: "label", locale: to, valueId: value.id, label }) });
    }
    if (!jobs.length) continue;

    const answers = await provider.translate(jobs.map((j) => j.text), source, to);
    const got = new Map(jobs.map((job, i) => [job.field, answers[i]]));
    // A description without its title is not stored. A title without its description is (the offline
    // translator does titles only): the description is stored empty, and pages show the original's.
    if (got.has("title") && got.get("title") === null) got.set("description", null);
    if (got.has("title") && got.get("title") !== null && got.get("description") === null) {
      writes.push({ kind: "description", locale: to, description: "" });
    }
    for (const job of jobs) {
      const answer = got.get(job.field);
      if (answer === null || answer === undefined) report.untranslated.push({ locale: to, field: job.field });
      else {
        writes.push(job.apply(answer));
        report.translated.push({ locale: to, field: job.field });
      }
    }
  }

  if (writes.length) {
    await db.transaction(async (tx) => {
      await findOwnListing(tx, factoryId, listingId, { forUpdate: true });
      await storeWrites(tx, listing.id, writes);
      if (listing.status === "active") await refreshListingSearch(tx, listing.id);
    });
  }
  return report;
}

type Write =
  | { kind: "title"; locale: Locale; title: string }
  | { kind: "description"; locale: Locale; description: string }
  | { kind: "attribute"; locale: Locale; key: string; value: string; position: number }
  | { kind: "label"; locale: Locale; valueId: number; label: string };

async function storeWrites(tx: Tx, listingId: number, writes: Write[]) {
  const titles = new Map<Locale, { title?: string; description?: string }>();
  for (const w of writes) {
    if (w.kind === "title") titles.set(w.locale, { ...titles.get(w.locale), title: w.title.slice(0, 200) });
    if (w.kind === "description") titles.set(w.locale, { ...titles.get(w.locale), description: w.description });
  }
  for (const [locale, { title, description }] of titles) {
    const row = { title: title!, description: description!, origin: "machine" as const, updatedAt: new Date() };
    // Only a missing or machine row is written: a person may have translated it meanwhile.
    await tx
      .insert(listingTranslations)
      .values({ listingId, locale, ...row })
      .onConflictDoUpdate({
        target: [listingTranslations.listingId, listingTranslations.locale],
        set: row,
        setWhere: eq(listingTranslations.origin, "machine"),
      });
  }
  for (const w of writes) {
    if (w.kind === "attribute") {
      const row = { value: w.value.slice(0, 200), origin: "machine" as const, position: w.position };
      await tx
        .insert(listingAttributes)
        .values({ listingId, key: w.key, locale: w.locale, ...row })
        .onConflictDoUpdate({
          target: [listingAttributes.listingId, listingAttributes.key, listingAttributes.locale],
          set: row,
          setWhere: eq(listingAttributes.origin, "machine"),
        });
    }
    if (w.kind === "label") {
      // Adds the locale only where it is still missing.
      await tx
        .update(listingOptionValues)
        .set({ label: sql`jsonb_build_object(${w.locale}::text, ${w.label}::text) || ${listingOptionValues.label}` })
        .where(and(eq(listingOptionValues.id, w.valueId), sql`not (${listingOptionValues.label} ? ${w.locale})`));
    }
  }
}
