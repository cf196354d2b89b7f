// npm run bench:api -- [baseUrl]
// Against a running production server on loopback (npm run build && npm start, with DATABASE_URL
// set to the same database): listing search, listing detail and order read of the partner API,
// 10 connections, 3 s warm-up then one 10 s run each; p50/p95/p99 and req/s. A bench key is created
// in the database (rate limit high enough not to interfere) and an order placed through the API.
import autocannon from "autocannon";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { organisations } from "@/db/schema";
import { createApiKey } from "@/lib/partners/create-api-key";
import { routeTo, stockedSku, address } from "../tests/fixtures/checkout";

const baseUrl = (process.argv[2] ?? process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the server's database (a bench key is created there)");

const database = await openDatabase({ url: process.env.DATABASE_URL, max: 2 });
const db = database.db;
const [partner] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.kind, "partner")).limit(1);
if (!partner) throw new Error("No partner organisation in this database (seed the demo data)");
const { key } = await createApiKey(db, partner.id, null, { name: `bench ${new Date().toISOString()}`, scopes: ["catalog:read", "orders:write"], mode: "test", ratePerMinute: 10_000_000 });
const headers = { Authorization: `Bearer ${key}` };

const list = await (await fetch(`${baseUrl}/api/v1/listings?limit=1&locale=en`, { headers })).json();
const listingId = list.items?.[0]?.id;
if (!listingId) throw new Error(`No listing from ${baseUrl}/api/v1/listings: ${JSON.stringify(list).slice(0, 200)}`);
const { skuId } = await stockedSku(db, 1_000_000, 1200);
const order = await (
  await fetch(`${baseUrl}/api/v1/orders`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json", "Idempotency-Key": `bench-${Date.now()}` },
    body: JSON.stringify({ lines: [{ skuId, quantity: 2 }], address: { ...address("MN"), city: "Ulaanbaatar", postalCode: "14200" }, ...(await routeTo(db, "MN")), currency: "MNT" }),
  })
).json();
if (!order.id) throw new Error(`Could not place the bench order: ${JSON.stringify(order).slice(0, 300)}`);
await database.close();

const targets = {
  search: "/api/v1/listings?q=cup&locale=mn&currency=MNT&limit=20",
  detail: `/api/v1/listings/${listingId}?locale=mn&currency=MNT`,
  order: `/api/v1/orders/${order.id}`,
};

function run(path: string, duration: number) {
  const times: number[] = [];
  return new Promise<{ result: autocannon.Result; times: number[] }>((resolve, reject) => {
    const instance = autocannon({ url: `${baseUrl}${path}`, connections, duration, headers }, (err, result) => (err ? reject(err) : resolve({ result, times })));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

console.log(`Partner API benchmark of ${baseUrl}: ${connections} connections, ${seconds} s per endpoint after a 3 s warm-up\n`);
const rows = [];
for (const [name, path] of Object.entries(targets)) {
  await run(path, 3);
  const { result, times } = await run(path, seconds);
  const sorted = times.sort((a, b) => a - b);
  rows.push({
    endpoint: name,
    path,
    "req/s": Math.round(result.requests.average),
    "p50 ms": Math.round(pct(sorted, 50) * 10) / 10,
    "p95 ms": Math.round(pct(sorted, 95) * 10) / 10,
    "p99 ms": Math.round(pct(sorted, 99) * 10) / 10,
    errors: result.errors + result.non2xx,
  });
}
console.table(rows);
