import "server-only";
// Rebuilds the search rows of some listings (or all) from the catalogue tables, in one statement.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { intArray } from "./sql-arrays";
import { CJK_CLASS } from "./text";

export async function refreshSearchIndex(db: DbOrTx, listingIds?: number[]) {
  const only = listingIds ? sql`and l.id = any(${intArray(listingIds)})` : sql``;
  if (listingIds) {
    await db.execute(sql`delete from listing_search s using listings l
      where l.id = s.listing_id and l.status <> 'active' and l.id = any(${intArray(listingIds)})`);
  } else {
    await db.execute(sql`delete from listing_search s using listings l where l.id = s.listing_id and l.status <> 'active'`);
  }
  await db.execute(sql`
    with docs as (
      select l.id,
        lower(concat_ws(' ',
          (select string_agg(t.title, ' ') from listing_translations t where t.listing_id = l.id),
          (select string_agg(ct.name, ' ') from category_translations ct where ct.category_id = l.category_id),
          (select string_agg(a.value, ' ') from listing_attributes a where a.listing_id = l.id and a.key = 'material'))) as doc
      from listings l where l.status = 'active' ${only}
    )
    insert into listing_search (listing_id, doc, cjk_bigrams, category_ids, factory_id, province, verified, reliable,
      price_min_fen, moq, sold_count, published_at, in_stock, tags, phash, h0, h1, h2, h3, colours)
    select l.id, d.doc,
      coalesce((select array_agg(distinct substr(m[1], i, 2)) from regexp_matches(d.doc, ${`([${CJK_CLASS}]+)`}, 'g') as m,
        generate_series(1, char_length(m[1]) - 1) as i), '{}'),
      array_remove(array[l.category_id, c.parent_id, p.parent_id], null),
      l.factory_id, f.province, f.verified_at is not null,
      coalesce((select r.reliable from factory_reliability r where r.factory_id = l.factory_id), false), l.price_min_fen, l.moq, l.sold_count,
      coalesce(l.published_at, l.created_at),
      exists (select 1 from skus k where k.listing_id = l.id and k.active and k.stock - k.reserved > 0),
      coalesce((select array_agg(lt.tag order by lt.tag) from listing_tags lt where lt.listing_id = l.id), '{}'),
      ph.phash, ((ph.phash >> 48) & 65535)::int, ((ph.phash >> 32) & 65535)::int, ((ph.phash >> 16) & 65535)::int,
      (ph.phash & 65535)::int, ph.colours
    from docs d
    join listings l on l.id = d.id
    join factories f on f.organisation_id = l.factory_id
    join categories c on c.id = l.category_id
    left join categories p on p.id = c.parent_id
    left join lateral (select lp.phash, lp.colours from listing_photos lp where lp.listing_id = l.id order by lp.position limit 1) ph on true
    on conflict (listing_id) do update set doc = excluded.doc, cjk_bigrams = excluded.cjk_bigrams,
      category_ids = excluded.category_ids, factory_id = excluded.factory_id, province = excluded.province,
      verified = excluded.verified, reliable = excluded.reliable, price_min_fen = excluded.price_min_fen, moq = excluded.moq,
      sold_count = excluded.sold_count, published_at = excluded.published_at, in_stock = excluded.in_stock,
      tags = excluded.tags, phash = excluded.phash, h0 = excluded.h0, h1 = excluded.h1, h2 = excluded.h2,
      h3 = excluded.h3, colours = excluded.colours`);
}
