import "server-only";
// Every listing id of a factory: the catalogue pages to revalidate after a bulk change (spreadsheet import).
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { listings } from "@/db/schema";

export async function ownListingIds(db: DbOrTx, factoryId: number): Promise<number[]> {
  return (await db.select({ id: listings.id }).from(listings).where(eq(listings.factoryId, factoryId))).map((r) => r.id);
}
