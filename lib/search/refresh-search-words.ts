import "server-only";
// The vocabulary of the search documents, for typo correction. Rebuilt whole: its size grows with
// the number of distinct words (tens of thousands), not with the number of listings.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { CJK_CLASS } from "./text";

export async function refreshSearchWords(db: DbOrTx) {
  await db.execute(sql`delete from search_words where true`);
  await db.execute(sql`
    insert into search_words (word, doc_count)
    select w, count(*)::int from listing_search s,
      regexp_split_to_table(s.doc, ${"[][\\s,.;:!?()/|+\"'“”‘’«»、，。：；！？（）【】–—-]+"}) as w
    where char_length(w) between 3 and 60 and w !~ ${`[${CJK_CLASS}]`} and w !~ '^[0-9]+$'
    group by w`);
}
