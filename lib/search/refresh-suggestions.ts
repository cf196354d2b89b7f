import "server-only";
// Completions: category names and product titles per locale, weighted by how much they sell.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export async function refreshSuggestions(db: DbOrTx) {
  await db.execute(sql`delete from search_suggestions where true`);
  await db.execute(sql`
    insert into search_suggestions (locale, kind, text, norm, category_slug, weight)
    select ct.locale, 'category', ct.name, lower(ct.name), c.slug, coalesce(n.count, 0) * 1000
    from category_translations ct join categories c on c.id = ct.category_id
    left join (select unnest(category_ids) as id, count(*)::int as count from listing_search group by 1) n on n.id = c.id`);
  await db.execute(sql`
    insert into search_suggestions (locale, kind, text, norm, weight)
    select t.locale, 'product', min(t.title), lower(t.title), sum(s.sold_count)::int
    from listing_translations t join listing_search s on s.listing_id = t.listing_id
    group by t.locale, lower(t.title)`);
}
