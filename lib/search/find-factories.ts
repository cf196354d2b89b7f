import "server-only";
// Factories for the search page: those whose name, English or Chinese, has a word starting with
// the query ("Yiwu Xingchen", "xingchen", "义乌", "星辰"), best-selling first. Reads the factory
// rows of `search_suggestions` (one per word of each name: a prefix range of one index).
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";
import type { Locale } from "@/i18n/locales";
import { listFactories, type FactorySummary } from "@/lib/catalog/list-factories";
import { likeEscape } from "./match-conditions";
import { SUGGEST_SCAN } from "./postgres-engine";
import { normalize } from "./text";

export async function findFactories(db: DbOrTx, locale: Locale, q: string, limit = 4): Promise<FactorySummary[]> {
  const text = normalize(q).slice(0, 60);
  // Two letters are a syllable of half the names ("yi", "zh"); two Chinese characters are a word.
  if ([...text].length < (/^[\x00-\x7f]+$/.test(text) ? 3 : 2)) return [];
  const rows = rowsOf<{ factory_id: number }>(
    await db.execute(sql`
      select factory_id from (select factory_id, text, norm, weight from search_suggestions
        where locale = '' and kind = 'factory' and norm like ${`${likeEscape(text)}%`} limit ${SUGGEST_SCAN}) m
      group by factory_id order by bool_or(norm = lower(text)) desc, max(weight) desc limit ${limit}`),
  );
  const ids = rows.map((r) => Number(r.factory_id));
  const found = await listFactories(db, locale, limit, ids);
  return ids.map((id) => found.find((f) => f.id === id)).filter((f) => f != null);
}
