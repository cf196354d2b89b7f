// npm run bench:listing -- [baseUrl]
// Server-side time of the listing page on a running production server, sequential requests on
// loopback: median of 50 after a warm-up, served from the page cache (the normal case), and median
// of 50 first renders (listings not yet cached in that currency: the database queries plus React).
export {};
const baseUrl = (process.argv[2] ?? process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");

async function timed(path: string, cookie = "") {
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return { ms: performance.now() - started, cache: res.headers.get("x-nextjs-cache") };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const ids = new Set<string>();
for (const slug of ["home-kitchen", "phone-accessories", "apparel", "toys-games", "tools-hardware", "office-stationery"]) {
  const html = await (await fetch(`${baseUrl}/en/c/${slug}`)).text();
  for (const m of html.matchAll(/href="\/en\/p\/(\d+)"/g)) ids.add(m[1]);
}
const paths = [...ids].map((id) => `/en/p/${id}`);
if (paths.length < 51) throw new Error(`Only ${paths.length} listings found`);

for (let i = 0; i < 20; i++) await timed(paths[0]);
const cached: number[] = [];
for (let i = 0; i < 50; i++) cached.push((await timed(paths[0])).ms);

// A currency nobody has used since the server started: each of these pages is rendered afresh.
const currencies = ["KRW", "VND", "MNT", "AED", "RUB", "GBP"];
let rendered: number[] = [];
for (const currency of currencies) {
  const results: { ms: number; cache: string | null }[] = [];
  for (const path of paths.slice(1, 51)) results.push(await timed(path, `HZ_CURRENCY=${currency}`));
  if (results.every((r) => r.cache !== "HIT")) {
    rendered = results.map((r) => r.ms);
    break;
  }
}
console.log(`Listing page at ${baseUrl}, 50 sequential requests each:`);
console.log(`  cached (page cache hit):  median ${median(cached).toFixed(1)} ms, max ${Math.max(...cached).toFixed(1)} ms`);
if (rendered.length) console.log(`  first render (miss):      median ${median(rendered).toFixed(1)} ms, max ${Math.max(...rendered).toFixed(1)} ms`);
else console.log("  first render: every currency already cached on this server; restart it to measure renders");
