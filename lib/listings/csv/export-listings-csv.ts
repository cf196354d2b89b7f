import "server-only";
// The caller's factory's listings and SKUs as a CSV spreadsheet, one row per SKU: UTF-8 with a byte
// order mark, so that Excel opens Chinese text correctly. Import it back after editing stock, price
// differences or the listing columns (import-listings-csv.ts).
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { access, defineOperation } from "@/lib/gate";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listingOptionValues, listingOptions, listings, listingTranslations, skus } from "@/db/schema";
import { csvColumns, protectCell } from "./columns";

export async function exportListingsCsv(db: DbOrTx, factoryId: number): Promise<string> {
  const [rows, values, skuRows] = await Promise.all([
    db
      .select({ listing: listings, title: listingTranslations.title })
      .from(listings)
      .leftJoin(listingTranslations, and(eq(listingTranslations.listingId, listings.id), eq(listingTranslations.locale, listings.sourceLocale)))
      .where(eq(listings.factoryId, factoryId))
      .orderBy(asc(listings.id)),
    db
      .select({ id: listingOptionValues.id, axis: listingOptions.axis, key: listingOptionValues.key, label: listingOptionValues.label })
      .from(listingOptionValues)
      .innerJoin(listingOptions, eq(listingOptions.id, listingOptionValues.optionId))
      .innerJoin(listings, eq(listings.id, listingOptions.listingId))
      .where(eq(listings.factoryId, factoryId)),
    db
      .select({ sku: skus })
      .from(skus)
      .innerJoin(listings, eq(listings.id, skus.listingId))
      .where(and(eq(listings.factoryId, factoryId), eq(skus.active, true)))
      .orderBy(asc(skus.listingId), asc(skus.id)),
  ]);
  const valueById = new Map(values.map((v) => [v.id, v]));
  const skusOf = new Map<number, (typeof skuRows)[number]["sku"][]>();
  for (const { sku } of skuRows) skusOf.set(sku.listingId, [...(skusOf.get(sku.listingId) ?? []), sku]);

  const records: (string | number)[][] = [];
  for (const { listing, title } of rows) {
    const describe = (id: number) => {
      const v = valueById.get(id);
      return v ? `${v.axis}=${v.label[listing.sourceLocale] ?? v.key}` : "";
    };
    for (const sku of skusOf.get(listing.id) ?? []) {
      records.push([
        listing.id, listing.status, protectCell(title ?? ""), listing.unit, listing.moq, listing.weightG, listing.lengthMm,
        listing.widthMm, listing.heightMm, listing.leadTimeDays, listing.externalOfferId ?? "", protectCell(sku.code),
        protectCell(sku.optionValueIds.map(describe).join("; ")), sku.stock, sku.priceDeltaFen,
      ]);
    }
  }
  return stringify(records, { header: true, columns: [...csvColumns], bom: true, record_delimiter: "\r\n" });
}

/** Through the gate: a member of the factory downloads its own listings. */
export const exportListingsCsvOp = defineOperation({
  name: "listings.exportCsv",
  access: access.member("factory"),
  input: z.object({}).loose(),
  run: async ({ db, caller }) => ({ factoryId: caller.organisation.organisationId, csv: await exportListingsCsv(db, caller.organisation.organisationId) }),
});
