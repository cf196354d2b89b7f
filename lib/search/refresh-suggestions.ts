import "server-only";
// Completions: category names, queries and factories, weighted by how much they sell.
//
// A query is a product's name as factories title it, without the trimmings that make six titles of
// one product differ ("EVA Foam Yoga Block – Wholesale, Eco-Friendly" and "… – Ready to Ship" are
// both "EVA Foam Yoga Block"): one suggestion per name, however many listings carry it. Queries and
// factory names are stored once per word they can be found by (`norm` from that word on; in
// Chinese and Japanese, which have no spaces, from each character), so every lookup is a prefix
// range of one index: "earbuds" finds "Wireless Earbuds", "耳机" finds "ABS塑料无线耳机".
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { CJK_CLASS } from "./text";

/** Where a stored suffix may begin: after a space, hyphen or slash ("over-ear"), or at any CJK character. Never at punctuation. */
const suffixes = (norm: ReturnType<typeof sql>) => sql`
  select ${norm} as suffix
  union
  select substr(${norm}, p.i) from generate_series(2, least(char_length(${norm}), 60)) as p(i)
  where (substr(${norm}, p.i - 1, 1) in (' ', '-', '/') or substr(${norm}, p.i, 1) ~ ${`[${CJK_CLASS}]`})
    and substr(${norm}, p.i, 1) !~ '[[:space:][:punct:]×–—-]'`;

/** Words a company name shares with every other: no one looks a factory up by them. */
const GENERIC_START = "^(co[.,]|co$|ltd|inc\\b|llc\\b|products co|有限|公司|股份|限公司|司)|^.{0,2}(有限公司|公司)$";

export async function refreshSuggestions(db: DbOrTx) {
  await db.execute(sql`delete from search_suggestions where true`);
  await db.execute(sql`
    insert into search_suggestions (locale, kind, text, norm, category_slug, weight)
    select ct.locale, 'category', ct.name, lower(ct.name), c.slug, coalesce(n.count, 0) * 1000
    from category_translations ct join categories c on c.id = ct.category_id
    left join (select unnest(category_ids) as id, count(*)::int as count from listing_search group by 1) n on n.id = c.id`);
  await db.execute(sql`
    with cleaned as (
      -- without a leading 【…】 label, cut at the first " – ", comma or bracket
      select t.locale, s.sold_count,
        btrim((regexp_split_to_array(btrim(regexp_replace(t.title, '^\\s*【[^】]*】\\s*', '')), '\\s+[–—-]\\s+|[,，(（]'))[1]) as name
      from listing_translations t join listing_search s on s.listing_id = t.listing_id
    ), named as (
      -- Chinese titles add their trimmings after a space ("亚麻抱枕套 45×45cm ins风 支持定制")
      select locale, sold_count, btrim(case when locale = 'zh' then split_part(name, ' ', 1) else name end) as name from cleaned
    ), grouped as (
      select locale, min(name) as text, lower(name) as norm, least(sum(sold_count), 2147483647)::int as weight
      from named where char_length(name) between 2 and 160 group by locale, lower(name)
    )
    insert into search_suggestions (locale, kind, text, norm, weight)
    select g.locale, 'query', g.text, x.suffix, g.weight
    from grouped g, lateral (${suffixes(sql`g.norm`)}) x`);
  await db.execute(sql`
    with names as (
      select f.organisation_id as id, n.name, least(coalesce(sum(l.sold_count), 0), 2147483647)::int as weight
      from factories f
      cross join lateral (values (f.name_en), (f.name_zh)) as n(name)
      left join listings l on l.factory_id = f.organisation_id and l.status = 'active'
      group by f.organisation_id, n.name
    )
    insert into search_suggestions (locale, kind, text, norm, factory_id, weight)
    select '', 'factory', n.name, x.suffix, n.id, n.weight
    from names n, lateral (${suffixes(sql`lower(n.name)`)}) x
    where x.suffix !~ ${GENERIC_START}`);
}
