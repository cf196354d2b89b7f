import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listings, listingTranslations, skus } from "@/db/schema";
import { exportListingsCsv } from "@/lib/listings/csv/export-listings-csv";
import { importListingsCsv } from "@/lib/listings/csv/import-listings-csv";
import { saveListing } from "@/lib/listings/save-listing";
import { listingInput, openFactoryTestDatabase } from "../fixtures/factory-data";
import type { TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
let factoryA: number;
let factoryB: number;
let category: number;
beforeAll(async () => {
  ({ database, factoryA, factoryB, category } = await openFactoryTestDatabase());
});
afterAll(async () => database?.close());

type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parse(csv, { bom: true, columns: true });
const toCsv = (rows: Row[]) => stringify(rows, { header: true, columns: Object.keys(rows[0]) });
const skuState = (listingId: number) =>
  database.db.select({ code: skus.code, stock: skus.stock, delta: skus.priceDeltaFen }).from(skus).where(eq(skus.listingId, listingId)).orderBy(asc(skus.code));

describe("listings spreadsheet", () => {
  it("exports only the factory's own listings, one row per SKU, as UTF-8 with a BOM", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category, { title: "=HYPERLINK(\"x\") 保温杯" }));
    const csv = await exportListingsCsv(database.db, factoryA);
    expect(csv.startsWith("\uFEFFlisting_id,status,title,")).toBe(true);
    const rows = rowsOf(csv);
    const own = await database.db.select({ id: listings.id }).from(listings).where(eq(listings.factoryId, factoryA));
    expect(new Set(rows.map((r) => Number(r.listing_id)))).toEqual(new Set(own.map((l) => l.id)));
    const mine = rows.filter((r) => Number(r.listing_id) === listingId);
    expect(mine.map((r) => [r.sku_code, r.options, r.stock, r.price_delta_fen])).toEqual([
      ["红色-500ML", "color=红色; capacity=500毫升", "100", "0"],
      ["红色-750ML", "color=红色; capacity=750毫升", "50", "300"],
      ["黑色-500ML", "color=黑色; capacity=500毫升", "80", "0"],
      ["黑色-750ML", "color=黑色; capacity=750毫升", "0", "300"],
    ]);
    // A title that a spreadsheet would run as a formula is exported as text.
    expect(mine[0].title).toBe("'=HYPERLINK(\"x\") 保温杯");
  });

  it("applies the good rows and reports each bad one by row, column and message key, changing nothing of it", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const other = await saveListing(database.db, factoryB, listingInput(category));
    await database.db.update(skus).set({ reserved: 20 }).where(eq(skus.code, "黑色-500ML"));
    const rows = rowsOf(await exportListingsCsv(database.db, factoryA)).filter((r) => Number(r.listing_id) === listingId);
    const edited = [
      { ...rows[0], stock: "120", price_delta_fen: "-50", title: "新标题 保温杯", moq: "20" }, // row 2: good
      { ...rows[1], stock: "-3" }, // row 3: bad stock
      { ...rows[2], stock: "10" }, // row 4: below the 20 reserved
      { ...rows[3], stock: "7", price_delta_fen: "-1900" }, // row 5: takes the cheapest tier to zero
      { ...rows[3], sku_code: "NOPE", stock: "1" }, // row 6: unknown SKU
      { ...rows[0], listing_id: String(other.listingId), sku_code: "红色-500ML", stock: "999" }, // row 7: another factory's
      { ...rows[1], weight_g: "heavy", stock: "77" }, // row 8: bad listing field: its stock is not applied either
      { ...rows[1], moq: "30", stock: "66" }, // row 9: disagrees with row 2 on the listing's MOQ
      { ...rows[3], price_delta_fen: "200" }, // row 10: good
    ];
    const report = await importListingsCsv(database.db, factoryA, toCsv(edited));
    expect(report).toMatchObject({ rows: 9, applied: 2, updatedSkus: 2, updatedListings: 1 });
    expect(report.errors).toEqual([
      { row: 3, column: "stock", key: "skus.stockInvalid" },
      { row: 4, column: "stock", key: "skus.stockBelowReserved", params: { reserved: 20 } },
      { row: 5, column: "price_delta_fen", key: "skus.priceNotPositive" },
      { row: 6, column: "sku_code", key: "csv.skuNotFound" },
      { row: 7, column: "listing_id", key: "csv.listingNotFound" },
      { row: 8, column: "weight_g", key: "weightG.invalid" },
      { row: 9, column: "moq", key: "csv.conflictingValue" },
    ]);
    expect(await skuState(listingId)).toEqual([
      { code: "红色-500ML", stock: 120, delta: -50 },
      { code: "红色-750ML", stock: 50, delta: 300 },
      { code: "黑色-500ML", stock: 80, delta: 0 },
      { code: "黑色-750ML", stock: 0, delta: 200 },
    ]);
    const [listing] = await database.db.select().from(listings).where(eq(listings.id, listingId));
    expect(listing).toMatchObject({ moq: 20, weightG: 350 });
    const [title] = await database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listingId));
    expect(title).toMatchObject({ locale: "zh", title: "新标题 保温杯", origin: "source" });
    expect((await skuState(other.listingId)).find((s) => s.code === "红色-500ML")?.stock).toBe(100);
  });

  it("reads a spreadsheet saved by Excel in GB18030 and refuses files without the key columns", async () => {
    const { listingId } = await saveListing(database.db, factoryA, listingInput(category));
    const csv = `listing_id,sku_code,stock,title\r\n${listingId},红色-500ML,42,国标编码的标题\r\n`;
    // GB18030 bytes of the text (the ASCII part is the same; the Chinese characters below, two bytes each).
    const gbk = Buffer.concat(
      [...csv].map((ch) => (ch.charCodeAt(0) < 128 ? Buffer.from(ch) : Buffer.from(gb18030[ch], "hex"))),
    );
    const report = await importListingsCsv(database.db, factoryA, gbk);
    expect(report.errors).toEqual([]);
    expect((await skuState(listingId)).find((s) => s.code === "红色-500ML")?.stock).toBe(42);
    const [title] = await database.db.select().from(listingTranslations).where(eq(listingTranslations.listingId, listingId));
    expect(title.title).toBe("国标编码的标题");

    expect((await importListingsCsv(database.db, factoryA, "id,stock\r\n1,2\r\n")).errors).toEqual([
      { row: 1, column: "listing_id", key: "csv.columnMissing" },
      { row: 1, column: "sku_code", key: "csv.columnMissing" },
    ]);
    expect((await importListingsCsv(database.db, factoryA, 'listing_id,sku_code\r\n"1,2\r\n')).errors).toMatchObject([{ key: "csv.malformed" }]);
  });
});

/** GB2312 codes of the characters the test uses. */
const gb18030: Record<string, string> = {
  红: "baec", 色: "c9ab", 国: "b9fa", 标: "b1ea", 编: "b1e0", 码: "c2eb", 的: "b5c4", 题: "cce2",
};
