// npm run bench:pages -- [baseUrl]
// Against a running production server (npm run build && npm start): requests per second and
// p50/p99 latency of home, a category, a listing, a factory page and a static page of the same
// server, 10 connections each after a warm-up, and each page's ratio to the static one.
import autocannon from "autocannon";

const baseUrl = (process.argv[2] ?? process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;

async function discover() {
  const html = await (await fetch(`${baseUrl}/en/c/home-kitchen`)).text();
  const listing = /href="(\/en\/p\/\d+)"/.exec(html)?.[1];
  const listingHtml = listing ? await (await fetch(`${baseUrl}${listing}`)).text() : "";
  const factory = /href="(\/en\/f\/\d+)"/.exec(listingHtml)?.[1];
  if (!listing || !factory) throw new Error(`Could not find a listing and a factory at ${baseUrl}: is the server running?`);
  return { home: "/en", category: "/en/c/home-kitchen", listing, factory };
}


function run(path: string, duration: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: `${baseUrl}${path}`, connections, duration, headers: { "accept-language": "en" } }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

// /health is prerendered at build: the static baseline of the same server.
const pages = { ...(await discover()), static: "/health" };
console.log(`Benchmark of ${baseUrl}: ${connections} connections, ${seconds} s per page after a 3 s warm-up\n`);
const results: Record<string, autocannon.Result> = {};
for (const [name, path] of Object.entries(pages)) {
  await run(path, 3);
  results[name] = await run(path, seconds);
}
const base = results.static.requests.average;
const rows = Object.entries(results).map(([name, r]) => ({
  page: name,
  path: pages[name as keyof typeof pages],
  "req/s": Math.round(r.requests.average),
  "p50 ms": r.latency.p50,
  "p99 ms": r.latency.p99,
  "KB/page": Math.round(r.throughput.average / r.requests.average / 1024),
  errors: r.errors + r.non2xx,
  "vs static": (r.requests.average / base).toFixed(2),
}));
console.table(rows);
const slow = rows.filter((r) => r.page !== "static" && Number(r["vs static"]) < 0.8);
console.log(slow.length ? `Below the 0.8 goal: ${slow.map((r) => r.page).join(", ")}` : "Every page is at >= 0.8 of the static page.");
