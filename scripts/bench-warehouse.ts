// npm run bench:warehouse -- [--parcels=100000] [--shipments=20000] [--queries=300] [--fresh]
//
// The warehouse at scale on a PostgreSQL server (issue 10):
//  1. Creates (or reuses) `haozao_bench_wh_<parcels>` next to DATABASE_URL (default
//     postgres://postgres@127.0.0.1:5432/test), migrates and seeds the demo data, then generates with
//     set-based SQL: 2,000 buyers, <parcels> purchase orders of the demo agent's warehouses with one
//     parcel each (statuses and ages spread over 90 days), one order line per parcel with its QC record
//     (stored goods for a third), and <shipments> shipments with their items.
//  2. Times, sequentially, the calls the pages make: scan to receive (receiveParcel on expected
//     parcels), the inbound list with filters, 50 a page with keyset paging (inboundParcelsPage), the buyer's stored goods
//     (listStoredGoods), and prints p50/p95/p99 against the targets, with EXPLAIN (ANALYZE, BUFFERS).
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, rowsOf, type Database } from "../db/client";
import { prepareDatabase } from "../seed/bootstrap";
import { PgDialect } from "drizzle-orm/pg-core";
import { inboundParcelsPage, inboundParcelsSql } from "../lib/warehouse/list-inbound-parcels";
import { ownWarehouseIds } from "../lib/warehouse/agent-scope";
import { receiveParcel } from "../lib/warehouse/receive-parcel";
import { storedGoodsQuery } from "../lib/shipments/stored-goods";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const PARCELS = Number(arg("parcels") ?? 100_000);
const SHIPMENTS = Number(arg("shipments") ?? 20_000);
const QUERIES = Number(arg("queries") ?? 300);
const FRESH = process.argv.includes("--fresh");
const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const DB_NAME = `haozao_bench_wh_${PARCELS}`;
const url = (() => { const u = new URL(ADMIN_URL); u.pathname = `/${DB_NAME}`; return u.toString(); })();
const TARGETS = { scan: 50, inbound: 50, stored: 30 };

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function setUp(): Promise<Database> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const exists = (await admin`select 1 from pg_database where datname = ${DB_NAME}`).length > 0;
  if (exists && FRESH) await admin.unsafe(`drop database ${DB_NAME} with (force)`);
  if (!exists || FRESH) await admin.unsafe(`create database ${DB_NAME}`);
  await admin.end();
  const database = await openDatabase({ url, max: 4 });
  const [{ n }] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from information_schema.tables where table_name = 'inbound_parcels'`)).map((r) => ({ n: Number(r.n) }));
  const done = n ? rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from inbound_parcels where tracking_number like 'BENCH%'`)) : [{ n: 0 }];
  if (Number(done[0].n) >= PARCELS) {
    await prepareDatabase(database, { seed: false }); // newer migrations (indexes) on a kept database
    await database.db.execute(sql`analyze`);
    console.log(`reusing ${DB_NAME}`);
    return database;
  }
  const t0 = performance.now();
  await prepareDatabase(database, { seed: true, log: (l) => console.log(l) });
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s; generating ${PARCELS} parcels and ${SHIPMENTS} shipments ...`);
  const t1 = performance.now();
  const x = (q: string) => database.runScript(q);
  await x(`
    create temp table ctx as
      select w.agent_id as agent, (array_agg(w.id order by w.id))[1] as warehouse,
        (select id from shipping_lines l where l.agent_id = w.agent_id order by id limit 1) as line
      from warehouses w join memberships m on m.organisation_id = w.agent_id join users u on u.id = m.user_id
      where u.email = 'agent@haozao.test' group by w.agent_id;
    create temp table facts as select row_number() over (order by organisation_id) as k, organisation_id as id from factories;
    create temp table skuset as select row_number() over (order by s.id) as k, s.id as sku, s.listing_id as listing, l.factory_id as factory
      from skus s join listings l on l.id = s.listing_id where l.status = 'active' limit 5000;
    insert into users (email, name, role, email_verified)
      select 'bench-buyer-' || g || '@example.com', 'Bench buyer ' || g, 'buyer', true from generate_series(1, 2000) g
      on conflict do nothing;
    create temp table buyers as select row_number() over (order by id) as k, id from users where email like 'bench-buyer-%';
    insert into purchase_orders (number, agent_id, factory_id, warehouse_id, status, carrier, tracking_number, created_at, shipped_at)
      select 'PB' || lpad(g::text, 12, '0'), c.agent, f.id, c.warehouse, 'shipped', 'YTO', 'BENCH' || lpad(g::text, 10, '0'),
        now() - (g % 90) * interval '1 day', now() - (g % 90) * interval '1 day' + interval '2 days'
      from generate_series(1, ${PARCELS}) g cross join ctx c join facts f on f.k = 1 + g % (select count(*) from facts);
    insert into inbound_parcels (warehouse_id, purchase_order_id, carrier, tracking_number, status, received_at, created_at)
      select po.warehouse_id, po.id, 'YTO', po.tracking_number,
        (case when n % 10 < 3 then 'expected' when n % 10 < 5 then 'received' when n % 10 < 6 then 'qc_passed' when n % 10 < 7 then 'qc_failed' else 'stored' end)::parcel_status,
        case when n % 10 >= 3 then po.created_at + interval '3 days' end, po.created_at
      from (select po.*, row_number() over (order by po.id) as n from purchase_orders po where po.number like 'PB%') po;
    insert into orders (number, buyer_id, status, currency, rate_per_cny, rate_source, country, address, warehouse_id, shipping_line_id,
        goods_minor, service_fee_minor, domestic_shipping_minor, intl_estimate_minor, first_payment_minor, created_at, paid_at)
      select 'HB' || lpad(n::text, 12, '0'), b.id, 'at_warehouse', 'GBP', '0.110000000000', 'bench', 'GB',
        '{"name":"Bench","line1":"1 Road","city":"Leeds","postalCode":"LS1 1AA","country":"GB","phone":"+44 1"}'::jsonb,
        c.warehouse, c.line, 1000, 50, 30, 200, 1080, p.created_at, p.created_at
      from (select id, created_at, row_number() over (order by id) as n from inbound_parcels where tracking_number like 'BENCH%' and status <> 'expected') p
      cross join ctx c join buyers b on b.k = 1 + p.n % 2000;
    insert into order_lines (order_id, sku_id, listing_id, factory_id, quantity, unit_price_fen, line_total_minor, status, snapshot)
      select o.id, s.sku, s.listing, s.factory, 5, 1000, 550, 'stored', '{"title":"Bench goods","options":"-"}'::jsonb
      from (select id, row_number() over (order by id) as n from orders where number like 'HB%') o join skuset s on s.k = 1 + o.n % (select count(*) from skuset);
    insert into qc_checks (parcel_id, order_line_id, counted_quantity, expected_quantity, options_match, defects_found, result, buyer_decision, decided_at, shelf, stored_at, checked_at)
      select p.id, l.id, 5, 5, true, false, 'passed', 'accept', p.created_at + interval '4 days', 'B-' || (l.id % 500), p.created_at + interval '5 days', p.created_at + interval '4 days'
      from (select id, created_at, row_number() over (order by id) as n from inbound_parcels where tracking_number like 'BENCH%' and status <> 'expected') p
      join (select id, row_number() over (order by id) as n from order_lines where snapshot->>'title' = 'Bench goods') l on l.n = p.n;
    insert into shipments (number, buyer_id, warehouse_id, shipping_line_id, status, currency, country, created_at)
      select 'SB' || lpad(g::text, 12, '0'), b.id, c.warehouse, c.line,
        (array['requested','packing','packed','shipped','delivered'])[1 + g % 5]::shipment_status, 'GBP', 'GB', now() - (g % 90) * interval '1 day'
      from generate_series(1, ${SHIPMENTS}) g cross join ctx c join buyers b on b.k = 1 + g % 2000;
    -- Two thirds of the stored lines have left in a shipment.
    insert into shipment_items (shipment_id, order_line_id, quantity)
      select s.id, l.id, 5 from (select id, row_number() over (order by id) as n from order_lines where snapshot->>'title' = 'Bench goods') l
      join (select id, row_number() over (order by id) as n from shipments where number like 'SB%') s on s.n = 1 + l.n % ${SHIPMENTS}
      where l.n % 3 <> 0;
    update order_lines set status = 'shipped' where id in (select order_line_id from shipment_items);
    analyze;
  `);
  console.log(`generated in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  return database;
}

const toQuery = (q: Parameters<PgDialect["sqlToQuery"]>[0]) => new PgDialect().sqlToQuery(q);

async function explain(database: Database, label: string, query: { sql: string; params: unknown[] }) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const plan = await client.unsafe(`explain (analyze, buffers) ${query.sql}`, query.params as never[]);
  console.log(`\n-- EXPLAIN ${label}\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
  await client.end();
  void database;
}

async function main() {
  const database = await setUp();
  const db = database.db;
  const [ctx] = rowsOf<{ agent: number; warehouse: number }>(await db.execute(sql`select w.agent_id as agent, min(w.id) as warehouse from warehouses w join memberships m on m.organisation_id = w.agent_id join users u on u.id = m.user_id where u.email = 'agent@haozao.test' group by w.agent_id`));
  const agent = Number(ctx.agent), warehouse = Number(ctx.warehouse);
  const results: Record<string, number[]> = { scan: [], inbound: [], stored: [] };

  const expected = rowsOf<{ t: string }>(await db.execute(sql`select tracking_number as t from inbound_parcels where status = 'expected' and tracking_number like 'BENCH%' order by random() limit ${QUERIES}`));
  for (const { t } of expected) {
    const s = performance.now();
    await receiveParcel(db, agent, warehouse, t, null);
    results.scan.push(performance.now() - s);
  }
  const factories = rowsOf<{ id: number }>(await db.execute(sql`select id from (select distinct factory_id as id from purchase_orders where number like 'PB%') f order by random() limit 20`)).map((r) => Number(r.id));
  const statuses = ["expected", "received", "qc_passed", "stored", undefined] as const;
  for (let i = 0; i < QUERIES; i++) {
    const filters = { status: statuses[i % statuses.length], factory: i % 2 ? factories[i % factories.length] : undefined, minAgeDays: i % 3 ? 7 : undefined };
    // The page as the agent reads it: the first 50, and every fourth time the next (older) 50 too.
    let s = performance.now();
    const first = await inboundParcelsPage(db, agent, filters);
    results.inbound.push(performance.now() - s);
    if (i % 4 === 0 && first.next) {
      s = performance.now();
      await inboundParcelsPage(db, agent, { ...filters, before: first.next });
      results.inbound.push(performance.now() - s);
    }
  }
  const buyers = rowsOf<{ id: number }>(await db.execute(sql`select id from users where email like 'bench-buyer-%' order by random() limit ${QUERIES}`)).map((r) => Number(r.id));
  for (const b of buyers) {
    const s = performance.now();
    await storedGoodsQuery(db, b);
    results.stored.push(performance.now() - s);
  }

  console.log(`\n${PARCELS} parcels, ${SHIPMENTS} shipments, ${QUERIES} calls each (sequential, one connection at a time)`);
  for (const [k, xs] of Object.entries(results)) {
    const target = TARGETS[k as keyof typeof TARGETS];
    console.log(`${k.padEnd(8)} p50 ${fmt(pct(xs, 50))}  p95 ${fmt(pct(xs, 95))}  p99 ${fmt(pct(xs, 99))}  target p95 <= ${target} ms  ${pct(xs, 95) <= target ? "OK" : "MISSED"}`);
  }
  await explain(database, "scan lookup (receive-parcel.ts)", {
    sql: `select p.id, p.status, po.number from inbound_parcels p left join purchase_orders po on po.id = p.purchase_order_id where p.warehouse_id = $1 and p.tracking_number = $2 limit 1 for update of p`,
    params: [warehouse, "BENCH0000000042"],
  });
  const own = await ownWarehouseIds(db, agent);
  await explain(database, "inbound list: status + factory + older than 7 days", toQuery(inboundParcelsSql(own, { status: "received", factory: factories[0], minAgeDays: 7 }, new Date(), 51)));
  await explain(database, "inbound list: all, newest first", toQuery(inboundParcelsSql(own, {}, new Date(), 51)));
  await explain(database, "buyer's stored goods", storedGoodsQuery(db, buyers[0]).toSQL());
  await database.close();
}

main().catch((error) => { console.error(error); process.exit(1); });
