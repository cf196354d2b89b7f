import "server-only";
// One request of the signed-in buyer, by its number; another buyer's reads as not found.
import type { DbOrTx } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { findRfq } from "./find-rfq";
import { rfqDetail, type RfqDetail } from "./rfq-details";

export async function getBuyerRfq(db: DbOrTx, buyerId: number, ref: number | { number: string }, locale: Locale): Promise<RfqDetail> {
  const rfq = await findRfq(db, { side: "buyer", buyerId }, ref);
  return rfqDetail(db, rfq, locale);
}
