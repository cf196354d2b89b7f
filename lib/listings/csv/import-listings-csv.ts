import "server-only";
// Applies an edited listings spreadsheet (see columns.ts) to the caller's factory: SKU stock and
// price differences, and the listings' basic fields (repeated on each SKU row: a cell that still holds
// the current value is no change; two rows changing one value differently disagree). Every row is
// checked on its own; a row with any
// problem changes nothing, and each problem is reported with its row, column and a message key. The
// good rows are applied together in one transaction. SKUs are found by listing_id + sku_code, only
// among the factory's own listings (another factory's id reads as not found); new SKUs come from the
// listing's option matrix, not from here.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { listings, listingTranslations, priceTiers, skus } from "@/db/schema";
import { unitKeys } from "@/lib/catalog/tags";
import { refreshListingSearch } from "../refresh-listing-search";
import { listingColumns, unprotectCell, type ListingColumn } from "./columns";
import { readCsvRows } from "./read-csv-rows";

export interface CsvRowError {
  /** Spreadsheet row (header = 1); 0 when the file could not be read at all. */
  row: number;
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
}

export interface CsvImportReport {
  rows: number;
  /** Rows applied. */
  applied: number;
  updatedSkus: number;
  updatedListings: number;
  errors: CsvRowError[];
}

type ListingFields = Partial<{
  title: string; unit: string; moq: number; weightG: number; lengthMm: number; widthMm: number; heightMm: number;
  leadTimeDays: number; externalOfferId: string;
}>;

const INT = /^-?\d{1,10}$/;
const numberColumns: Record<Exclude<ListingColumn, "title" | "unit" | "external_offer_id">, { field: keyof ListingFields; min: number; max: number; key: string }> = {
  moq: { field: "moq", min: 1, max: 10_000_000, key: "moq.invalid" },
  weight_g: { field: "weightG", min: 1, max: 1_000_000, key: "weightG.invalid" },
  length_mm: { field: "lengthMm", min: 1, max: 10_000, key: "packedSize.invalid" },
  width_mm: { field: "widthMm", min: 1, max: 10_000, key: "packedSize.invalid" },
  height_mm: { field: "heightMm", min: 1, max: 10_000, key: "packedSize.invalid" },
  lead_time_days: { field: "leadTimeDays", min: 0, max: 365, key: "leadTimeDays.invalid" },
};

export async function importListingsCsv(db: Db, factoryId: number, file: string | Uint8Array): Promise<CsvImportReport> {
  const read = readCsvRows(file);
  if (!read.ok) return { rows: 0, applied: 0, updatedSkus: 0, updatedListings: 0, errors: [{ row: read.row, column: null, key: read.key }] };
  const { header, rows } = read.value;
  const missing = ["listing_id", "sku_code"].filter((c) => !header.includes(c));
  if (missing.length) {
    return { rows: rows.length, applied: 0, updatedSkus: 0, updatedListings: 0, errors: missing.map((column) => ({ row: 1, column, key: "csv.columnMissing" })) };
  }

  return db.transaction(async (tx) => {
    const ids = [...new Set(rows.map((r) => r.cells.listing_id).filter((v) => /^\d{1,9}$/.test(v)).map(Number))];
    const state = await loadState(tx, factoryId, ids, rows.map((r) => r.cells.external_offer_id ?? "").filter(Boolean));
    const errors: CsvRowError[] = [];
    const skuChanges = new Map<number, { stock?: number; priceDeltaFen?: number }>();
    const listingChanges = new Map<number, ListingFields>();
    const seenSkus = new Set<string>();
    let applied = 0;

    for (const { row, cells } of rows) {
      const problems: CsvRowError[] = [];
      const fail = (column: string | null, key: string, params?: CsvRowError["params"]) => problems.push({ row, column, key, ...(params ? { params } : {}) });
      const listing = /^\d{1,9}$/.test(cells.listing_id) ? state.listings.get(Number(cells.listing_id)) : undefined;
      if (!cells.listing_id) fail("listing_id", "csv.listingIdRequired");
      else if (!listing) fail("listing_id", "csv.listingNotFound");
      const code = unprotectCell(cells.sku_code ?? "");
      const sku = listing?.skus.get(code);
      if (listing && !sku) fail("sku_code", "csv.skuNotFound");
      else if (sku && seenSkus.has(`${listing!.id}:${code}`)) fail("sku_code", "csv.duplicateSku");

      // Listing columns: an empty cell leaves the value; every row of a listing must agree.
      const fields: ListingFields = {};
      const pending = listing ? listingChanges.get(listing.id) ?? {} : {};
      for (const column of listingColumns) {
        const cell = header.includes(column) ? unprotectCell(cells[column] ?? "") : "";
        if (!cell) continue;
        if (column === "title") {
          if (cell.length > 200) fail(column, "title.tooLong");
          else fields.title = cell;
        } else if (column === "unit") {
          if (!(unitKeys as readonly string[]).includes(cell)) fail(column, "unit.invalid");
          else fields.unit = cell;
        } else if (column === "external_offer_id") {
          if (!/^\d{6,20}$/.test(cell)) fail(column, "externalOfferId.invalid");
          else if (state.takenOfferIds.get(cell) !== undefined && state.takenOfferIds.get(cell) !== listing?.id) fail(column, "externalOfferId.taken");
          else fields.externalOfferId = cell;
        } else {
          const spec = numberColumns[column];
          const value = Number(cell);
          if (!INT.test(cell) || value < spec.min || value > spec.max) fail(column, spec.key);
          else (fields as Record<string, number>)[spec.field] = value;
        }
      }
      for (const [field, value] of Object.entries(fields) as [keyof ListingFields, unknown][]) {
        // Unchanged (the rows of a listing repeat its values); two rows changing it differently disagree.
        if (listing && listing.current[field] === value) delete fields[field];
        else if (pending[field] !== undefined && pending[field] !== value) fail(columnOf(field), "csv.conflictingValue");
      }
      const moq = fields.moq ?? pending.moq ?? listing?.moq;
      if (listing && moq !== undefined && listing.firstTierQty !== null && moq < listing.firstTierQty) {
        fail("moq", "moq.belowFirstTier", { moq, firstMinQty: listing.firstTierQty });
      }

      const change: { stock?: number; priceDeltaFen?: number } = {};
      const stockCell = cells.stock ?? "";
      if (stockCell) {
        const stock = Number(stockCell);
        if (!INT.test(stockCell) || stock < 0 || stock > 1_000_000_000) fail("stock", "skus.stockInvalid");
        else if (sku && stock < sku.reserved) fail("stock", "skus.stockBelowReserved", { reserved: sku.reserved });
        else change.stock = stock;
      }
      const deltaCell = cells.price_delta_fen ?? "";
      if (deltaCell) {
        const delta = Number(deltaCell);
        if (!INT.test(deltaCell) || Math.abs(delta) > 100_000_000) fail("price_delta_fen", "skus.priceDeltaInvalid");
        else if (listing?.cheapestFen != null && listing.cheapestFen + delta <= 0) fail("price_delta_fen", "skus.priceNotPositive");
        else change.priceDeltaFen = delta;
      }

      if (problems.length) {
        errors.push(...problems);
        continue;
      }
      applied++;
      seenSkus.add(`${listing!.id}:${code}`);
      if (change.stock !== undefined || change.priceDeltaFen !== undefined) skuChanges.set(sku!.id, change);
      if (Object.keys(fields).length) listingChanges.set(listing!.id, { ...pending, ...fields });
    }

    for (const [id, change] of skuChanges) await tx.update(skus).set(change).where(eq(skus.id, id));
    for (const [id, fields] of listingChanges) await applyListingFields(tx, state.listings.get(id)!, fields);
    for (const id of new Set([...listingChanges.keys(), ...[...skuChanges.keys()].map((s) => state.listingOfSku.get(s)!)])) {
      if (state.listings.get(id)!.status === "active") await refreshListingSearch(tx, id);
    }
    return { rows: rows.length, applied, updatedSkus: skuChanges.size, updatedListings: listingChanges.size, errors };
  });
}

const columnOf = (field: string) =>
  ({ title: "title", unit: "unit", moq: "moq", weightG: "weight_g", lengthMm: "length_mm", widthMm: "width_mm", heightMm: "height_mm",
    leadTimeDays: "lead_time_days", externalOfferId: "external_offer_id" })[field] ?? field;

interface ListingState {
  id: number;
  status: string;
  sourceLocale: string;
  moq: number;
  /** The values the spreadsheet shows now: a cell that still says so is no change. */
  current: Required<ListingFields>;
  firstTierQty: number | null;
  cheapestFen: number | null;
  skus: Map<string, { id: number; reserved: number }>;
}

/** The factory's listings named in the file (locked), their active SKUs and tiers; offer ids already used. */
async function loadState(tx: Tx, factoryId: number, ids: number[], offerIds: string[]) {
  const own = ids.length
    ? await tx.select().from(listings).where(and(eq(listings.factoryId, factoryId), inArray(listings.id, ids))).for("update")
    : [];
  const ownIds = own.map((l) => l.id);
  const [skuRows, tiers, taken, titles] = await Promise.all([
    ownIds.length ? tx.select().from(skus).where(and(inArray(skus.listingId, ownIds), eq(skus.active, true))) : [],
    ownIds.length
      ? tx
          .select({ listingId: priceTiers.listingId, first: sql<number>`min(${priceTiers.minQty})::int`, cheapest: sql<number>`min(${priceTiers.unitPriceFen})::int` })
          .from(priceTiers)
          .where(inArray(priceTiers.listingId, ownIds))
          .groupBy(priceTiers.listingId)
      : [],
    offerIds.length ? tx.select({ id: listings.id, offer: listings.externalOfferId }).from(listings).where(inArray(listings.externalOfferId, offerIds)) : [],
    ownIds.length
      ? tx
          .select({ listingId: listingTranslations.listingId, locale: listingTranslations.locale, title: listingTranslations.title })
          .from(listingTranslations)
          .where(and(inArray(listingTranslations.listingId, ownIds), eq(listingTranslations.origin, "source")))
      : [],
  ]);
  const state = { listings: new Map<number, ListingState>(), listingOfSku: new Map<number, number>(), takenOfferIds: new Map<string, number>() };
  for (const l of own) {
    const tier = tiers.find((t) => t.listingId === l.id);
    state.listings.set(l.id, {
      id: l.id, status: l.status, sourceLocale: l.sourceLocale, moq: l.moq,
      current: {
        title: titles.find((t) => t.listingId === l.id && t.locale === l.sourceLocale)?.title ?? "",
        unit: l.unit, moq: l.moq, weightG: l.weightG, lengthMm: l.lengthMm, widthMm: l.widthMm, heightMm: l.heightMm,
        leadTimeDays: l.leadTimeDays, externalOfferId: l.externalOfferId ?? "",
      },
      firstTierQty: tier ? Number(tier.first) : null, cheapestFen: tier ? Number(tier.cheapest) : null, skus: new Map(),
    });
  }
  for (const s of skuRows) {
    state.listings.get(s.listingId)!.skus.set(s.code, { id: s.id, reserved: s.reserved });
    state.listingOfSku.set(s.id, s.listingId);
  }
  for (const t of taken) state.takenOfferIds.set(t.offer!, t.id);
  return state;
}

async function applyListingFields(tx: Tx, listing: ListingState, fields: ListingFields) {
  const { title, ...columns } = fields;
  await tx.update(listings).set({ ...columns, updatedAt: new Date() }).where(eq(listings.id, listing.id));
  if (title === undefined) return;
  const [before] = await tx
    .select({ title: listingTranslations.title })
    .from(listingTranslations)
    .where(and(eq(listingTranslations.listingId, listing.id), eq(listingTranslations.locale, listing.sourceLocale)));
  if (before?.title === title) return;
  await tx
    .insert(listingTranslations)
    .values({ listingId: listing.id, locale: listing.sourceLocale, title, description: "", origin: "source" })
    .onConflictDoUpdate({ target: [listingTranslations.listingId, listingTranslations.locale], set: { title, origin: "source", updatedAt: new Date() } });
  // Machine translations of the old title translate a text that no longer exists.
  await tx
    .delete(listingTranslations)
    .where(and(eq(listingTranslations.listingId, listing.id), eq(listingTranslations.origin, "machine"), ne(listingTranslations.locale, listing.sourceLocale)));
}
