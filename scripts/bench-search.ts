// npm run bench:search -- [--scale=1000000] [--fresh] [--queries=200] [--standin]
//
// Benchmark of the search module on a PostgreSQL server at catalogue scale.
//  1. Creates (or reuses, when complete) the database `haozao_bench_<scale>` next to DATABASE_URL
//     (default postgres://postgres@127.0.0.1:5432/test), migrates it and seeds the demo data, then
//     generates <scale> listings with set-based SQL: titles in all ten locales built from the demo
//     content glossary, a cover photo with a 64-bit hash (30 % near-duplicates of another listing:
//     0-5 bits flipped, same product group), price tiers, a SKU, tags, material. Then fills
//     listing_search (the same rows refreshSearchIndex derives, in one INSERT ... SELECT),
//     search_suggestions (refreshSuggestions) and analyses.
//  2. Runs the query kinds of lib/search sequentially (one client) and prints p50/p95/p99 per kind,
//     and EXPLAIN (ANALYZE, BUFFERS) of the SQL one representative call sent (captured through the
//     postgres.js debug hook), and of the slowest call when it misses its target.
//  3. Prints a summary with targets, generation time and table/index sizes.
// --standin uses inline SQL stand-ins instead of lib/search (used automatically if a module is missing).
// --compare-sorts also times, for the price and date sorts, the page statement of every match sorted
// (what a broad query would cost without the sample's bound, lib/search/bounded-sort-page.ts).
import { migrateDatabase } from "../db/migrate";
import { refreshSearchWords } from "../lib/search/refresh-search-words";
import { refreshSuggestions } from "../lib/search/refresh-suggestions";
import { maintainSearchOrder } from "../lib/search/maintain-search-order";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database, Db } from "../db/client";
import { rowsOf } from "../db/client";
import { prepareDatabase } from "../seed/bootstrap";
import * as schema from "../db/schema";
import { productTypes } from "../seed/catalog-plan";
import { categories as categoryTree } from "../seed/content/categories";
import { colors, materials } from "../lib/translate/glossary-data";
import { buildTitle } from "../seed/content/text";
import { locales, type Locale } from "../i18n/locales";

// ───────────────────────────── arguments ─────────────────────────────

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const flag = (name: string) => process.argv.includes(`--${name}`);
const SCALE = Number(arg("scale") ?? 1_000_000);
const QUERIES = Number(arg("queries") ?? 200);
const FRESH = flag("fresh");
const FORCE_STANDIN = flag("standin");
if (!Number.isInteger(SCALE) || SCALE < 1000) throw new Error("--scale must be an integer >= 1000");

const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const DB_NAME = `haozao_bench_${SCALE}`;
const benchUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();

const TARGETS: Record<string, number | null> = { keyword: 50, filtered: 50, price: 50, newest: 50, suggest: 20, image: 100, link: null };
const VARIANTS = 30; // buildTitle cycles through about 30 distinct titles per product type and locale
const AS_OF = "2026-11-20T08:00:00Z"; // the demo catalogue's "today" (seed/index.ts)

const log = (line: string) => console.log(line);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ───────────────────────────── database setup ─────────────────────────────

async function ensureDatabase(): Promise<"reuse" | "build"> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${DB_NAME}`;
    if (exists && !FRESH) {
      const probe = postgres(benchUrl, { max: 1, onnotice: () => {} });
      try {
        const [meta] = await probe`select 1 from information_schema.tables where table_name = 'bench_meta'`;
        if (meta) {
          const [row] = await probe`select scale, complete from bench_meta limit 1`;
          if (row && row.complete && Number(row.scale) === SCALE) return "reuse";
        }
      } finally {
        await probe.end({ timeout: 5 });
      }
      log(`  ${DB_NAME} exists but is incomplete: rebuilding`);
    }
    if (exists) await admin.unsafe(`drop database "${DB_NAME}" with (force)`);
    await admin.unsafe(`create database "${DB_NAME}"`);
    return "build";
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** The query log of the benchmark connection: what the search functions sent, for EXPLAIN. */
let captured: { query: string; params: unknown[] }[] | null = null;

function connect(max = 1) {
  const client = postgres(benchUrl, {
    max,
    onnotice: () => {},
    debug: (_conn, query, params) => {
      if (captured) captured.push({ query, params: [...(params as unknown[])] });
    },
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  const database: Database = { db, kind: "postgres", url: benchUrl, runScript: async (text) => void (await client.unsafe(text).simple()), close: () => client.end({ timeout: 5 }) };
  return { client, db, database };
}

// ───────────────────────────── generation ─────────────────────────────

/** A non-negative pseudo-random bigint from an integer expression and a salt (deterministic). */
const H = (x: string, salt: number) => `(hashint8extended((${x})::bigint, ${salt}) & 2147483647)`;

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  log(`  ${name.padEnd(44)} ${secs(performance.now() - started).padStart(8)}`);
  return result;
}

async function generate(client: postgres.Sql, db: Db, database: Database) {
  const started = performance.now();
  await step("migrate + seed demo data (prepareDatabase)", () => prepareDatabase(database, { log: () => {} }));
  await client.unsafe(`set synchronous_commit = off; set work_mem = '256MB'; set maintenance_work_mem = '1GB';
    set max_parallel_maintenance_workers = 2`);

  const [{ base }] = await client`select coalesce(max(id), 0)::int as base from listings`;
  const factoryIds = (await client`select organisation_id::int as id from factories order by organisation_id`).map((r) => r.id as number);
  const NF = factoryIds.length;
  const NPT = productTypes.length;

  // Vocabulary from the demo content: product types, their titles per locale and variant, colours, materials.
  await step("vocabulary tables", async () => {
    await client.unsafe(`
      drop table if exists bench_pt, bench_vocab, bench_colour, bench_material, bench_plan;
      create unlogged table bench_pt (pt int primary key, key text, category_slug text, unit text, price_lo int, price_hi int,
        moq_lo int, moq_hi int, lead_lo int, lead_hi int, weight_g int, l int, w int, h int, hs_code text, tags text[]);
      create unlogged table bench_vocab (pt int, variant int, locale text, title text, description text, primary key (pt, variant, locale));
      create unlogged table bench_colour (idx int, locale text, label text, primary key (idx, locale));
      create unlogged table bench_material (pt int, locale text, value text, primary key (pt, locale));`);
    const pts = productTypes.map((pt, i) => ({
      pt: i, key: pt.key, category_slug: pt.category, unit: pt.unit, price_lo: pt.priceFen[0], price_hi: pt.priceFen[1],
      moq_lo: pt.moq[0], moq_hi: pt.moq[1], lead_lo: pt.leadTimeDays[0], lead_hi: pt.leadTimeDays[1], weight_g: pt.weightG,
      l: pt.sizeMm[0], w: pt.sizeMm[1], h: pt.sizeMm[2], hs_code: pt.hsCode ?? null, tags: pt.tags,
    }));
    await client`insert into bench_pt ${client(pts)}`;
    const vocab = productTypes.flatMap((pt, i) =>
      Array.from({ length: VARIANTS }, (_, variant) =>
        locales.map((locale) => ({
          pt: i, variant, locale,
          title: buildTitle(pt, locale, variant).slice(0, 180),
          description: `${pt.name[locale]}. ${pt.features.map((f) => f[locale]).join(". ")}`.slice(0, 600),
        })),
      ).flat(),
    );
    for (let i = 0; i < vocab.length; i += 2000) await client`insert into bench_vocab ${client(vocab.slice(i, i + 2000))}`;
    const colourRows = Object.values(colors).flatMap((c, idx) => locales.map((locale) => ({ idx, locale, label: c.label[locale] })));
    await client`insert into bench_colour ${client(colourRows)}`;
    const materialRows = productTypes.flatMap((pt, i) =>
      locales.map((locale) => ({ pt: i, locale, value: materials[pt.material as keyof typeof materials][locale] })),
    );
    await client`insert into bench_material ${client(materialRows)}`;
  });

  // The plan: one row per listing, every choice a hash of its number (deterministic, no RNG state).
  // Every listing numbered 3, 6 or 9 mod 10 (30 %) is a near-duplicate of an original (numbered 1
  // mod 10): same product type, same colours, same product group, its hash with 0-5 bits flipped.
  await step(`plan ${SCALE.toLocaleString("en")} listings`, () =>
    client.unsafe(`
      create unlogged table bench_plan as
      with g0 as (
        select g, (g % 10 in (3, 6, 9) and g > 10) as dup from generate_series(1, ${SCALE}) g
      ), g1 as (
        select g, dup, case when dup then 10 * (${H("g", 2)} % greatest(1, ${Math.floor((SCALE - 1) / 10)})) + 1 else g end as o from g0
      ), g2 as (
        select g, dup, o, (${H("o", 3)} % ${NPT})::int as pt, (${H("g", 4)} % ${VARIANTS})::int as variant,
          (${H("g", 5)} % 32)::int as colour,
          (array[${factoryIds.join(",")}])[1 + (${H("g", 6)} % ${NF})::int] as factory_id,
          hashint8extended(o, 7) # (case when dup then (select coalesce(bit_or(1::bigint << (${H("g * 8 + i", 100)} % 64)::int), 0)
            from generate_series(1, (${H("g", 14)} % 6)::int) i) else 0 end) as phash,
          substr(md5(o::text || 'c') || md5(o::text || 'd'), 1, 54) as colours,
          ${H("o", 8)} as r_base, ${H("g", 9)} as r_seller, ${H("g", 10)} as r_moq, ${H("g", 11)} as r_sold,
          ${H("g", 12)} as r_status, ${H("g", 13)} as r_offer, ${H("g", 15)} as r_days, ${H("g", 16)} as r_stock, ${H("g", 17)} as r_lead
        from g1
      ), g3 as (
        select g2.*, ${base} + g as id, ${base} + o as product_group,
          (pt.price_lo + r_base % (pt.price_hi - pt.price_lo + 1)) * (0.82 + (r_seller % 3600) / 10000.0) as raw_price,
          pt.moq_lo + (r_moq % (pt.moq_hi - pt.moq_lo + 1))::int as moq,
          pt.lead_lo + (r_lead % (pt.lead_hi - pt.lead_lo + 1))::int as lead_days,
          floor(power((r_sold % 100000) / 100000.0, 3) * 30000)::int as sold_count,
          (case r_status % 100 when 0 then 'draft' when 1 then 'archived' else 'active' end) as status,
          (case when r_offer % 10 < 8 then (700000000000 + g)::text end) as offer_id,
          (r_days % 365)::int as days_ago
        from g2 join bench_pt pt using (pt)
      )
      select g3.*,
        (case when raw_price >= 10000 then round(raw_price / 100) * 100 else greatest(10, round(raw_price / 10) * 10) end)::int as price1
      from g3`),
  );
  await client.unsafe(`alter table bench_plan add column price2 int, add column price3 int;
    update bench_plan set
      price2 = least(price1, case when price1 * 0.9 >= 10000 then round(price1 * 0.9 / 100) * 100 else greatest(10, round(price1 * 0.9 / 10) * 10) end),
      price3 = least(price1, case when price1 * 0.8 >= 10000 then round(price1 * 0.8 / 100) * 100 else greatest(10, round(price1 * 0.8 / 10) * 10) end);
    create index on bench_plan (id); analyze bench_plan`);

  // The search indexes are built after loading (same definitions as the migration).
  const searchIndexes = (await client`select indexname, indexdef from pg_indexes where tablename = 'listing_search'
    and indexname <> 'listing_search_pkey'`) as unknown as { indexname: string; indexdef: string }[];
  for (const ix of searchIndexes) await client.unsafe(`drop index "${ix.indexname}"`);

  await step("listings", () =>
    client.unsafe(`
      insert into listings (id, factory_id, category_id, status, source_locale, unit, moq, weight_g, length_mm, width_mm, height_mm,
        lead_time_days, external_offer_id, hs_code, price_min_fen, sold_count, created_at, updated_at, published_at)
      select p.id, p.factory_id, c.id, p.status::listing_status, 'zh', pt.unit, p.moq, pt.weight_g, pt.l, pt.w, pt.h,
        p.lead_days, p.offer_id, pt.hs_code, p.price3, p.sold_count,
        timestamptz '${AS_OF}' - make_interval(days => p.days_ago + 2, mins => p.g % 1440),
        timestamptz '${AS_OF}' - make_interval(days => p.days_ago, mins => p.g % 1440),
        timestamptz '${AS_OF}' - make_interval(days => p.days_ago, mins => p.g % 1440)
      from bench_plan p join bench_pt pt using (pt) join categories c on c.slug = pt.category_slug
      order by p.id;
      select setval(pg_get_serial_sequence('listings', 'id'), (select max(id) from listings))`),
  );
  await step("listing_translations (10 locales)", () =>
    client.unsafe(`
      insert into listing_translations (listing_id, locale, title, description, origin, updated_at)
      select p.id, v.locale, left(v.title || coalesce(' ' || c.label, ''), 200), v.description,
        (case when v.locale = 'zh' then 'source' when v.locale in ('ko', 'ru') and p.g % 7 = 2 then 'machine' else 'human' end)::translation_origin,
        timestamptz '${AS_OF}'
      from bench_plan p join bench_vocab v on v.pt = p.pt and v.variant = p.variant
      left join bench_colour c on c.idx = p.colour and c.locale = v.locale`),
  );
  await step("listing_attributes (material, 10 locales)", () =>
    client.unsafe(`
      insert into listing_attributes (listing_id, key, locale, value, origin, position)
      select p.id, 'material', m.locale, m.value, (case when m.locale = 'zh' then 'source' else 'human' end)::translation_origin, 0
      from bench_plan p join bench_material m on m.pt = p.pt`),
  );
  await step("listing_photos (cover, hash, colours)", () =>
    client.unsafe(`
      with keys as materialized (select pt.pt, (select min(b.key) from blobs b where b.key like 'gen/' || pt.key || '/%') as key from bench_pt pt)
      insert into listing_photos (listing_id, position, storage_key, width, height, phash, colours, created_at)
      select p.id, 0, coalesce(k.key, (select min(key) from blobs)), 800, 800, p.phash, p.colours, timestamptz '${AS_OF}'
      from bench_plan p join keys k using (pt)`),
  );
  await step("price_tiers, skus, listing_tags", () =>
    client.unsafe(`
      insert into price_tiers (listing_id, min_qty, unit_price_fen)
      select p.id, q.min_qty, q.price from bench_plan p,
        lateral (values (p.moq, p.price1), (p.moq * 5, p.price2), (p.moq * 20, p.price3)) q(min_qty, price);
      insert into skus (listing_id, code, stock, price_delta_fen)
      select p.id, 'STD', case when p.r_stock % 100 < 8 then 0 else 10 * p.moq + 50 + (p.r_stock % (30 * p.moq + 750))::int end, 0
      from bench_plan p;
      insert into listing_tags (listing_id, tag)
      select p.id, t.tag from bench_plan p join bench_pt pt using (pt), unnest(pt.tags) t(tag)`),
  );

  await step("analyze loaded tables", () =>
    client.unsafe(`analyze listings, listing_translations, listing_attributes, listing_photos, price_tiers, skus, listing_tags, blobs`),
  );

  // listing_search: what refreshSearchIndex derives, set-based. CJK bigrams depend on the doc's CJK
  // text only, which is fixed by (product type, title variant, colour): computed once per combination.
  const cjkClass = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af";
  await step("listing_search docs", () =>
    client.unsafe(`
      create unlogged table bench_docs as
      with t as (select listing_id, string_agg(title, ' ') as titles from listing_translations where listing_id > ${base} group by listing_id),
        a as (select listing_id, string_agg(value, ' ') as mat from listing_attributes where key = 'material' and listing_id > ${base} group by listing_id),
        cn as (select category_id, string_agg(name, ' ') as names from category_translations group by category_id)
      select l.id, p.pt, p.variant, p.colour, lower(concat_ws(' ', t.titles, cn.names, a.mat)) as doc
      from listings l join bench_plan p on p.id = l.id join t on t.listing_id = l.id
      left join cn on cn.category_id = l.category_id left join a on a.listing_id = l.id
      where l.status = 'active';
      create unlogged table bench_bigrams as
      with rep as (select distinct on (pt, variant, colour) pt, variant, colour, doc from bench_docs order by pt, variant, colour, id)
      select pt, variant, colour,
        coalesce((select array_agg(distinct substr(m[1], i, 2)) from regexp_matches(rep.doc, '([${cjkClass}]+)', 'g') as m,
          generate_series(1, char_length(m[1]) - 1) as i), '{}') as bigrams
      from rep`),
  );
  await step("listing_search insert", () =>
    client.unsafe(`
      insert into listing_search (listing_id, doc, cjk_bigrams, category_ids, factory_id, province, verified, price_min_fen,
        moq, sold_count, published_at, in_stock, tags, phash, h0, h1, h2, h3, colours, product_group)
      select l.id, d.doc, bg.bigrams,
        array_remove(array[l.category_id, c.parent_id, pc.parent_id], null),
        l.factory_id, f.province, f.verified_at is not null, l.price_min_fen, l.moq, l.sold_count,
        coalesce(l.published_at, l.created_at),
        k.stock - k.reserved > 0 and k.active,
        coalesce((select array_agg(t order by t) from unnest(pt.tags) t), '{}'),
        ph.phash, ((ph.phash >> 48) & 65535)::int, ((ph.phash >> 32) & 65535)::int, ((ph.phash >> 16) & 65535)::int,
        (ph.phash & 65535)::int, ph.colours, p.product_group
      from bench_docs d
      join bench_bigrams bg using (pt, variant, colour)
      join listings l on l.id = d.id
      join bench_plan p on p.id = l.id
      join bench_pt pt on pt.pt = p.pt
      join factories f on f.organisation_id = l.factory_id
      join categories c on c.id = l.category_id
      left join categories pc on pc.id = c.parent_id
      join listing_photos ph on ph.listing_id = l.id and ph.position = 0
      join skus k on k.listing_id = l.id and k.code = 'STD'`),
  );
  await step("listing_search indexes", async () => {
    for (const ix of searchIndexes) await client.unsafe(ix.indexdef);
  });
  // search_suggestions: the rows refreshSuggestions writes, the indexes built after loading.
  await step("search_suggestions", async () => {
    const ixs = (await client`select indexname, indexdef from pg_indexes where tablename = 'search_suggestions'
      and indexname <> 'search_suggestions_pkey'`) as unknown as { indexname: string; indexdef: string }[];
    for (const ix of ixs) await client.unsafe(`drop index "${ix.indexname}"`);
    // The same rows as the app: categories, grouped product names and factory names, each stored once
    // per word it can be found by.
    await refreshSuggestions(db);
    for (const ix of ixs) await client.unsafe(ix.indexdef);
  });
  await client.unsafe(`drop table bench_plan, bench_docs, bench_bigrams, bench_vocab, bench_colour, bench_material, bench_pt`);
  await step("vacuum analyze", () =>
    client.unsafe(`vacuum analyze listings, listing_translations, listing_attributes, listing_photos, price_tiers, skus,
      listing_tags, listing_search, search_suggestions`),
  );
  const ms = Math.round(performance.now() - started);
  await client.unsafe(`create table bench_meta (scale int not null, complete boolean not null, generation_ms int not null,
    generated_at timestamptz not null default now())`);
  await client`insert into bench_meta (scale, complete, generation_ms) values (${SCALE}, true, ${ms})`;
  return ms;
}

// ───────────────────────────── the search functions (real or stand-in) ─────────────────────────────

interface Engine {
  source: string;
  searchKeyword: (db: Db, q: any) => Promise<{ total: number; items: unknown[]; mode?: string }>;
  suggest: (db: Db, locale: Locale, prefix: string, limit?: number) => Promise<unknown[]>;
  findSimilarByHash: (db: Db, q: { phash: bigint; colours: string }, o: { limit?: number }) => Promise<unknown[]>;
  lookupLink: (db: Db, url: string, locale: Locale) => Promise<unknown>;
}


function standIns(): Omit<Engine, "source"> {
  return {
    async searchKeyword(db, q) {
      const words = String(q.q).toLowerCase().split(/\s+/).filter(Boolean);
      const where = sql.join(words.map((w) => sql`s.doc like ${`%${w}%`}`), sql` and `);
      const filters = [
        q.categoryId ? sql`and s.category_ids @> array[${q.categoryId}::int]` : sql``,
        q.priceMinFen != null ? sql`and s.price_min_fen >= ${q.priceMinFen}` : sql``,
        q.priceMaxFen != null ? sql`and s.price_min_fen <= ${q.priceMaxFen}` : sql``,
        q.verifiedOnly ? sql`and s.verified` : sql``,
      ];
      const rows = rowsOf<{ id: number }>(await db.execute(sql`select listing_id as id from listing_search s where ${where} ${sql.join(filters, sql` `)}
        order by sold_count desc limit ${q.pageSize}`));
      const [c] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from (select 1 from listing_search s where ${where}
        ${sql.join(filters, sql` `)} limit 10001) x`));
      return { total: c.n, items: rows };
    },
    async suggest(db, locale, prefix, limit = 8) {
      return rowsOf(await db.execute(sql`select text, kind from search_suggestions where locale = ${locale}
        and norm like ${`${prefix.toLowerCase()}%`} order by weight desc limit ${limit}`));
    },
    async findSimilarByHash(db, q, o) {
      const u = BigInt.asUintN(64, q.phash);
      const sl = [48n, 32n, 16n, 0n].map((s) => Number((u >> s) & 0xffffn));
      return rowsOf(await db.execute(sql`select listing_id, bit_count((phash # ${q.phash.toString()}::bigint)::bit(64)) as d
        from listing_search where h0 = ${sl[0]} or h1 = ${sl[1]} or h2 = ${sl[2]} or h3 = ${sl[3]} order by d limit ${o.limit ?? 48}`));
    },
    async lookupLink(db, url) {
      const offer = /offer\/(\d+)\.html/.exec(url);
      const own = /\/p\/(\d+)/.exec(url);
      return offer
        ? rowsOf(await db.execute(sql`select id from listings where external_offer_id = ${offer[1]}`))
        : rowsOf(await db.execute(sql`select id from listings where id = ${Number(own?.[1])}`));
    },
  };
}

async function loadEngine(): Promise<Engine> {
  const fallback = standIns();
  if (FORCE_STANDIN) return { source: "inline SQL stand-ins (--standin)", ...fallback };
  const used: string[] = [];
  const engine: Engine = { source: "", ...fallback };
  const tryImport = async (path: string, what: string) => {
    try {
      return await import(path);
    } catch (error) {
      log(`  ! ${path}: ${(error as Error).message.split("\n")[0]} -> stand-in for ${what}`);
      used.push(`${what}: stand-in`);
      return null;
    }
  };
  const pg = await tryImport("../lib/search/postgres-engine", "keyword+suggest");
  if (pg?.searchKeyword && pg?.suggest) {
    engine.searchKeyword = pg.searchKeyword;
    engine.suggest = pg.suggest;
    used.push("searchKeyword, suggest: lib/search/postgres-engine.ts");
  }
  const img = await tryImport("../lib/search/image-search", "image");
  if (img?.findSimilarByHash) {
    engine.findSimilarByHash = img.findSimilarByHash;
    used.push("findSimilarByHash: lib/search/image-search.ts");
  }
  const lookup = await tryImport("../lib/search/lookup-product-link", "link");
  const parse = await tryImport("../lib/search/link-lookup", "link");
  if (lookup?.lookupProductLink && parse?.parseProductLink) {
    engine.lookupLink = (db, url, locale) => lookup.lookupProductLink(db, parse.parseProductLink(url), locale);
    used.push("lookupProductLink(parseProductLink(url)): lib/search/lookup-product-link.ts + link-lookup.ts");
  }
  engine.source = used.join("; ");
  return engine;
}

// ───────────────────────────── workloads ─────────────────────────────

/** Deterministic pseudo-random numbers for the query mix. */
function rng(seed: number) {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pt = (key: string) => {
  const found = productTypes.find((p) => p.key === key);
  if (!found) throw new Error(`no product type ${key}`);
  return found;
};

/** What buyers type: a product's last words (en/mn), first words (ru/es/ar), a CJK tail, typos. */
function keywordQueries(): { q: string; locale: Locale; category: string; pt: string }[] {
  const out: { q: string; locale: Locale; category: string; pt: string }[] = [];
  const lastWords = (s: string, n: number) => s.split(/\s+/).slice(-n).join(" ");
  const firstWords = (s: string, n: number) => s.split(/\s+/).slice(0, n).join(" ");
  const cjkTail = (s: string, n: number) => [...s.replace(/[A-Za-z0-9\s\-./()（）]+/g, "")].slice(-n).join("");
  productTypes.forEach((p, i) => {
    if (i % 3 !== 0) return;
    const c = p.category;
    const k = p.key;
    out.push({ q: lastWords(p.name.en, 2).toLowerCase(), locale: "en", category: c, pt: k });
    out.push({ q: cjkTail(p.name.zh, 3) || p.name.zh, locale: "zh", category: c, pt: k });
    out.push({ q: lastWords(p.name.mn, 2), locale: "mn", category: c, pt: k });
    out.push({ q: firstWords(p.name.ru, 2), locale: "ru", category: c, pt: k });
    out.push({ q: cjkTail(p.name.ja, 4) || p.name.ja, locale: "ja", category: c, pt: k });
    out.push({ q: firstWords(p.name.es, 2), locale: "es", category: c, pt: k });
    out.push({ q: firstWords(p.name.ar, 2), locale: "ar", category: c, pt: k });
  });
  // Chinese without spaces across words, full English names, mixed scripts, typos.
  const hand: [string, Locale, string][] = [
    ["硅胶手机壳批发", "zh", "shockproof-silicone-phone-case"],
    ["透明磁吸手机壳", "zh", "clear-magnetic-phone-case"],
    ["65w氮化镓充电器", "zh", "gan-usb-c-charger-65w"],
    ["shockproof silicone phone case", "en", "shockproof-silicone-phone-case"],
    ["silcone phone case", "en", "shockproof-silicone-phone-case"],
    ["magnetc phone case", "en", "clear-magnetic-phone-case"],
    ["usb-c chager", "en", "gan-usb-c-charger-65w"],
    ["силикон утасны гэр", "mn", "shockproof-silicone-phone-case"],
    ["чехол для телефона", "ru", "shockproof-silicone-phone-case"],
    ["スマホケース", "ja", "shockproof-silicone-phone-case"],
    ["funda de silicona", "es", "shockproof-silicone-phone-case"],
    ["جراب هاتف", "ar", "shockproof-silicone-phone-case"],
    ["iphone手机壳", "zh", "shockproof-silicone-phone-case"],
  ];
  for (const [q, locale, key] of hand) out.push({ q, locale, category: pt(key).category, pt: key });
  // Generated typos: a letter dropped from the longest English word.
  productTypes.forEach((p, i) => {
    if (i % 8 !== 1) return;
    const words = p.name.en.toLowerCase().split(/\s+/);
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length < 6) return;
    const typo = longest.slice(0, 3) + longest.slice(4);
    out.push({ q: words.slice(-2).map((w) => (w === longest ? typo : w)).join(" "), locale: "en", category: p.category, pt: p.key });
  });
  return out;
}

function suggestionPrefixes(): { prefix: string; locale: Locale }[] {
  const out: { prefix: string; locale: Locale }[] = [];
  const r = rng(7);
  const chosenLocales: Locale[] = ["en", "zh", "mn", "ru", "ja", "es", "ar", "fr", "ko", "vi"];
  productTypes.forEach((p, i) => {
    if (i % 2) return;
    for (const locale of chosenLocales) {
      const chars = [...p.name[locale].toLowerCase()];
      const cjk = locale === "zh" || locale === "ja" || locale === "ko";
      const len = cjk ? 1 + Math.floor(r() * 3) + 1 : 2 + Math.floor(r() * 5); // CJK 2-4, others 2-6
      out.push({ prefix: chars.slice(0, len).join(""), locale });
    }
  });
  for (const top of categoryTree) out.push({ prefix: [...top.name.en.toLowerCase()].slice(0, 3).join(""), locale: "en" });
  return out;
}

// ───────────────────────────── timing ─────────────────────────────

interface Run {
  label: string;
  call: () => Promise<unknown>;
  check?: (result: any) => boolean;
}

interface KindResult {
  kind: string;
  n: number;
  times: number[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
  empty: number;
  slowest: Run;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timeKind(kind: string, runs: Run[]): Promise<KindResult> {
  for (const run of runs.slice(0, Math.min(20, runs.length))) await run.call(); // warm-up, not counted
  const times: number[] = [];
  let empty = 0;
  const emptyLabels = new Set<string>();
  let slowest = runs[0];
  let slowestMs = -1;
  for (const run of runs) {
    const started = performance.now();
    const result = await run.call();
    const ms = performance.now() - started;
    times.push(ms);
    if (run.check && !run.check(result)) {
      empty++;
      emptyLabels.add(run.label);
    }
    if (ms > slowestMs) {
      slowestMs = ms;
      slowest = run;
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  if (emptyLabels.size) log(`    ${kind}: no result for ${[...emptyLabels].slice(0, 12).join("; ")}`);
  return { kind, n: times.length, times, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99), max: sorted[sorted.length - 1], empty, slowest };
}

/** Runs a call with the query log on, then EXPLAIN (ANALYZE, BUFFERS) of each statement it sent. */
async function explain(client: postgres.Sql, title: string, run: Run) {
  captured = [];
  const started = performance.now();
  await run.call();
  const callMs = performance.now() - started;
  const statements = captured;
  captured = null;
  log(`\n── ${title}: ${run.label}  (call ${callMs.toFixed(1)} ms, ${statements.length} statement(s))`);
  // What the call set for its statements (set local, e.g. no parallel plan) applies to their EXPLAIN too.
  const settings = statements.filter((st) => /^\s*set\s+local\b/i.test(st.query));
  for (const [i, st] of statements.entries()) {
    if (!/^\s*(select|with)\b/i.test(st.query)) continue;
    const rows = (await client.begin(async (tx) => {
      for (const setting of settings) await tx.unsafe(setting.query, setting.params as any[]);
      return tx.unsafe(`explain (analyze, buffers) ${st.query}`, st.params as any[]);
    })) as unknown as Record<string, unknown>[];
    const lines = rows.map((r) => r["QUERY PLAN"] as string);
    const total = lines.find((l) => l.startsWith("Execution Time"));
    log(`\n  [${i + 1}] ${st.query.replace(/\s+/g, " ").slice(0, 300)}${st.query.length > 300 ? " ..." : ""}`);
    log(`      params: ${JSON.stringify(st.params).slice(0, 200)}`);
    log(`      ${total ?? ""}`);
    const shown = lines.length > 70 ? [...lines.slice(0, 65), `  ... ${lines.length - 65} more lines`] : lines;
    for (const l of shown) log(`      ${l}`);
  }
}

// ───────────────────────────── main ─────────────────────────────

async function main() {
  log(`bench:search at ${SCALE.toLocaleString("en")} listings, database ${DB_NAME}`);
  const mode = await ensureDatabase();
  // A small pool, as the app has: one search may use two connections at once (facets and page).
  const { client, db, database } = connect(4);
  try {
    let generationMs: number;
    if (mode === "build") {
      log(`Generating (fresh database):`);
      generationMs = await generate(client, db, database);
      log(`  total generation ${secs(generationMs)}`);
    } else {
      const [meta] = await client`select generation_ms, generated_at from bench_meta limit 1`;
      generationMs = Number(meta.generation_ms);
      log(`Reusing the complete database (generated ${new Date(meta.generated_at).toISOString()} in ${secs(generationMs)}; --fresh rebuilds)`);
      // A database generated before the latest migrations: apply them, fill what they added.
      await migrateDatabase(database);
    }
    const [words] = await client`select count(*)::int as n from search_words`;
    const [clustered] = await client`select count(*)::int as n from pg_index i join pg_class c on c.oid = i.indexrelid
      where c.relname = 'listing_search_sold' and i.indisclustered`;
    if (mode === "build" || Number(clustered.n) === 0) {
      await step("listing_search in static-rank order (CLUSTER)", () => maintainSearchOrder(db));
    }
    if (mode === "build" || Number(words.n) === 0) {
      await step("search_words (vocabulary for typo correction)", async () => {
        await refreshSearchWords(db);
        await client.unsafe("analyze search_words");
      });
    }

    const [counts] = await client`select (select count(*)::int from listings) as listings,
      (select count(*)::int from listing_search) as indexed, (select count(*)::int from search_suggestions) as suggestions,
      (select count(*)::int from listing_translations) as translations`;
    log(`  listings ${counts.listings}, listing_search ${counts.indexed}, translations ${counts.translations}, suggestions ${counts.suggestions}`);

    const engine = await loadEngine();
    log(`Search functions: ${engine.source}`);

    const catIds = new Map<string, number>(
      ((await client`select c.slug, c.id::int as id, c.parent_id::int as parent from categories c`) as unknown as { slug: string; id: number; parent: number | null }[]).map(
        (r) => [r.slug, r.parent ?? r.id],
      ),
    );
    const leafIds = new Map<string, number>(
      ((await client`select slug, id::int as id from categories`) as unknown as { slug: string; id: number }[]).map((r) => [r.slug, r.id]),
    );

    const r = rng(42);
    const kw = keywordQueries();
    const keywordRuns: Run[] = Array.from({ length: Math.max(QUERIES, kw.length) }, (_, i) => {
      const k = kw[i % kw.length];
      const query = { q: k.q, locale: k.locale, sort: i % 5 === 4 ? "popular" : "relevance", page: 1, pageSize: 24 };
      return { label: `${k.locale} "${k.q}" sort=${query.sort}`, call: () => engine.searchKeyword(db, query), check: (res) => res.total > 0 };
    });
    const filteredRuns: Run[] = Array.from({ length: Math.max(QUERIES, kw.length) }, (_, i) => {
      const k = kw[(i * 7) % kw.length];
      const p = pt(k.pt);
      const useTop = i % 2 === 0;
      const categoryId = useTop ? catIds.get(k.category)! : leafIds.get(k.category)!;
      const priceMinFen = Math.round(p.priceFen[0] * 0.8);
      const priceMaxFen = Math.round((p.priceFen[0] + p.priceFen[1]) / 2);
      const query = { q: k.q, locale: k.locale, sort: "relevance", page: 1, pageSize: 24, categoryId, priceMinFen, priceMaxFen, verifiedOnly: true };
      return {
        label: `${k.locale} "${k.q}" category=${categoryId}${useTop ? "(top)" : "(leaf)"} price ${priceMinFen}-${priceMaxFen} verified`,
        call: () => engine.searchKeyword(db, query),
        check: (res) => res.total > 0,
      };
    });
    // Sorted by price (up and down, every third with a price range) and by date: the queries above.
    const sortedQuery = (i: number, kind: "price" | "newest") => {
      if (kind === "newest") {
        const k = kw[(i * 3) % kw.length];
        return { q: k.q, locale: k.locale, sort: "newest", page: 1 + (i % 4 === 3 ? 1 : 0), pageSize: 24 } as Record<string, any>;
      }
      const k = kw[(i * 5) % kw.length];
      const p = pt(k.pt);
      const range = i % 3 === 2 ? { priceMinFen: Math.round(p.priceFen[0] * 0.8), priceMaxFen: Math.round((p.priceFen[0] + p.priceFen[1]) / 2) } : {};
      return { q: k.q, locale: k.locale, sort: i % 2 ? "price_desc" : "price_asc", page: 1 + (i % 4 === 3 ? 1 : 0), pageSize: 24, ...range } as Record<string, any>;
    };
    const sortedLabel = (q: Record<string, any>) =>
      `${q.locale} "${q.q}" sort=${q.sort} page ${q.page}${q.priceMinFen != null ? ` price ${q.priceMinFen}-${q.priceMaxFen}` : ""}`;
    const priceRuns: Run[] = Array.from({ length: Math.max(QUERIES, kw.length) }, (_, i) => {
      const query = sortedQuery(i, "price");
      return { label: sortedLabel(query), call: () => engine.searchKeyword(db, query), check: (res) => res.total > 0 };
    });
    const newestRuns: Run[] = Array.from({ length: Math.max(QUERIES, kw.length) }, (_, i) => {
      const query = sortedQuery(i, "newest");
      return { label: sortedLabel(query), call: () => engine.searchKeyword(db, query), check: (res) => res.total > 0 };
    });
    // For comparison, the same sorted queries without the sample's bound: every match
    // sorted (the page's statement only; --compare-sorts).
    const everyMatch = async (query: any) => {
      const { searchableTerms } = await import("../lib/search/postgres-engine");
      const { filterConditions, orderBy, rankedMatches, termCondition } = await import("../lib/search/match-conditions");
      const where = sql.join([...searchableTerms(query.q).map(termCondition), ...filterConditions(query)], sql` and `);
      return rowsOf(await db.execute(sql`select s.listing_id as id from (${rankedMatches(sql`s.listing_id, s.price_min_fen, s.sold_count, s.published_at`, where)}) s
        order by ${orderBy(query.sort)} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`));
    };
    const prefixes = suggestionPrefixes();
    const suggestRuns: Run[] = Array.from({ length: Math.max(QUERIES, prefixes.length) }, (_, i) => {
      const s = prefixes[i % prefixes.length];
      return { label: `${s.locale} "${s.prefix}"`, call: () => engine.suggest(db, s.locale, s.prefix, 8), check: (res) => res.length > 0 };
    });

    // Image queries: covers of random listings with 0-4 bits flipped.
    const sample = (await client`select listing_id::int as id, phash::text as phash, colours from listing_search
      tablesample system (${Math.min(100, (QUERIES * 300) / Math.max(1, counts.indexed))}) where phash is not null limit ${QUERIES}`) as unknown as { id: number; phash: string; colours: string }[];
    const imageRuns: Run[] = sample.map((row, i) => {
      let h = BigInt(row.phash);
      const flips = i % 5;
      for (let f = 0; f < flips; f++) h ^= 1n << BigInt(Math.floor(r() * 64));
      const phash = BigInt.asIntN(64, h);
      return {
        label: `listing ${row.id} hash with ${flips} bit(s) flipped`,
        call: () => engine.findSimilarByHash(db, { phash, colours: row.colours }, { limit: 48 }),
        check: (res) => res.length > 0,
      };
    });

    // Link lookups: 1688 offers (desktop, mobile, query forms) and our own listing URLs.
    const offers = (await client`select id::int as id, external_offer_id as offer from listings
      tablesample system (${Math.min(100, (QUERIES * 300) / Math.max(1, counts.listings))}) where external_offer_id is not null limit ${QUERIES}`) as unknown as { id: number; offer: string }[];
    const linkRuns: Run[] = offers.map((o, i) => {
      const url = [
        `https://detail.1688.com/offer/${o.offer}.html`,
        `https://m.1688.com/offer/${o.offer}.html?spm=a26g8.7664812`,
        `https://haozao.example/en/p/${o.id}`,
        `https://qr.1688.com/share.html?offerId=${o.offer}`,
      ][i % 4];
      return { label: url, call: () => engine.lookupLink(db, url, "en"), check: (res) => res != null };
    });

    log(`\nTiming (sequential, one connection; ${QUERIES}+ queries per kind after 20 warm-up calls):`);
    const results: KindResult[] = [];
    const runs: [string, Run[]][] = [
      ["keyword", keywordRuns],
      ["filtered", filteredRuns],
      ["price", priceRuns],
      ["newest", newestRuns],
      ...(flag("compare-sorts")
        ? ([
            ["price, page of every match sorted", priceRuns.map((r, i) => ({ ...r, check: undefined, call: () => everyMatch(sortedQuery(i, "price")) }))],
            ["newest, page of every match sorted", newestRuns.map((r, i) => ({ ...r, check: undefined, call: () => everyMatch(sortedQuery(i, "newest")) }))],
          ] as [string, Run[]][])
        : []),
      ["suggest", suggestRuns],
      ["image", imageRuns],
      ["link", linkRuns],
    ];
    for (const [kind, list] of runs) {
      const res = await timeKind(kind, list);
      results.push(res);
      log(`  ${kind.padEnd(9)} n=${res.n}  p50 ${res.p50.toFixed(1)}  p95 ${res.p95.toFixed(1)}  p99 ${res.p99.toFixed(1)}  max ${res.max.toFixed(1)} ms  (no result: ${res.empty})  slowest: ${res.slowest.label}`);
    }

    // Per-query breakdown for keyword kinds: the slowest distinct queries.
    for (const [kind, list] of runs.slice(0, 4)) {
      const res = results.find((x) => x.kind === kind)!;
      const byLabel = new Map<string, number[]>();
      list.forEach((run, i) => byLabel.set(run.label, [...(byLabel.get(run.label) ?? []), res.times[i]]));
      const worst = [...byLabel.entries()].map(([l, t]) => [l, Math.max(...t)] as const).sort((a, b) => b[1] - a[1]).slice(0, 8);
      log(`\n  slowest ${kind} queries:`);
      for (const [l, t] of worst) log(`    ${t.toFixed(1).padStart(8)} ms  ${l}`);
    }

    log(`\nPlans (EXPLAIN ANALYZE, BUFFERS of the SQL each call sent):`);
    const representative: Record<string, Run> = {
      keyword: keywordRuns[0],
      filtered: filteredRuns[0],
      price: priceRuns[0],
      newest: newestRuns[0],
      suggest: suggestRuns[0],
      image: imageRuns[1] ?? imageRuns[0],
      link: linkRuns[0],
    };
    for (const res of results) {
      if (!representative[res.kind]) continue; // the --compare-sorts kinds
      await explain(client, `${res.kind} (representative)`, representative[res.kind]);
      const target = TARGETS[res.kind];
      if (target != null && res.p95 > target && res.slowest !== representative[res.kind]) {
        await explain(client, `${res.kind} (slowest, target missed)`, res.slowest);
      }
    }

    const sizes = (await client`
      select c.relname as name, c.relkind as kind, pg_total_relation_size(c.oid)::bigint as total, pg_relation_size(c.oid)::bigint as main
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and (c.relname in ('listings', 'listing_translations', 'listing_attributes', 'listing_photos',
        'listing_search', 'search_suggestions') or (c.relkind = 'i' and (c.relname like 'listing_search%' or c.relname like 'search_suggestions%')))
      order by c.relkind desc, pg_total_relation_size(c.oid) desc`) as unknown as { name: string; kind: string; total: string; main: string }[];
    const mb = (b: string | number) => `${(Number(b) / 1048576).toFixed(1)} MB`;

    log(`\n══ Summary: ${SCALE.toLocaleString("en")} generated listings (${counts.listings} in total, ${counts.indexed} in listing_search, ${counts.suggestions} suggestions)`);
    log(`   search functions: ${engine.source}`);
    log(`   generation: ${secs(generationMs)}${mode === "reuse" ? " (earlier run, database reused)" : ""}`);
    log(`   kind       n      p50 ms   p95 ms   p99 ms   target p95   result`);
    for (const res of results) {
      const target = TARGETS[res.kind];
      const verdict = target == null ? "-" : res.p95 <= target ? "PASS" : "FAIL";
      log(`   ${res.kind.padEnd(9)} ${String(res.n).padStart(4)} ${res.p50.toFixed(1).padStart(9)} ${res.p95.toFixed(1).padStart(8)} ${res.p99.toFixed(1).padStart(8)}   ${(target == null ? "-" : `<= ${target}`).padStart(10)}   ${verdict}`);
    }
    log(`   sizes (table total incl. indexes / index):`);
    for (const s of sizes) log(`     ${s.kind === "i" ? "  index" : "table"} ${s.name.padEnd(36)} ${mb(s.kind === "i" ? s.main : s.total).padStart(10)}`);
  } finally {
    await database.close();
  }
}

await main();
