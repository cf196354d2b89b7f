import "server-only";
// One request addressed to the caller's factory, by id; another factory's reads as not found.
import type { DbOrTx } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { findRfq } from "./find-rfq";
import { rfqDetail, type RfqDetail } from "./rfq-details";

export async function getFactoryRfq(db: DbOrTx, factoryId: number, rfqId: number, locale: Locale): Promise<RfqDetail> {
  const rfq = await findRfq(db, { side: "factory", factoryId }, rfqId);
  return rfqDetail(db, rfq, locale);
}
