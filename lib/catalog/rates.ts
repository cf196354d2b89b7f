import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { exchangeRates } from "@/db/schema";
import { currencies, isCurrency, type Currency } from "@/lib/money/currencies";
import type { Rate } from "@/lib/money/convert";

/** The current rate of every currency (the newest row of each). */
export async function getCurrentRates(db: DbOrTx): Promise<Record<Currency, Rate>> {
  const rows = await db
    .selectDistinctOn([exchangeRates.currency], {
      currency: exchangeRates.currency,
      ratePerCny: exchangeRates.ratePerCny,
      source: exchangeRates.source,
      fetchedAt: sql<string>`to_char(${exchangeRates.fetchedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
    })
    .from(exchangeRates)
    .orderBy(exchangeRates.currency, sql`${exchangeRates.fetchedAt} desc`);
  const rates = {} as Record<Currency, Rate>;
  for (const row of rows) if (isCurrency(row.currency)) rates[row.currency] = { ...row, currency: row.currency };
  for (const currency of currencies) {
    if (!rates[currency]) throw new Error(`No exchange rate for ${currency}: seed or import rates first`);
  }
  return rates;
}
