// Screenshots of the warehouse extras pages (issue 10, items 4–5): the buyer's order page (storage
// fee so far, abandonment warning, extra photos), the buyer's and the agent's packed shipment
// (extras in the breakdown), the agent's parcel (photos ordered) and dashboard (abandoned goods).
// Desktop and 360 px, en / zh / ar. Usage (a seeded server must run against DATABASE_URL):
//   DATABASE_URL=... npm run screenshots:extras -- http://127.0.0.1:3000 screenshots
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { chromium, type Page } from "playwright-core";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "screenshots";
const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
const byShelf = async (shelf: string) =>
  (await sql`select o.number, q.parcel_id from qc_checks q join order_lines l on l.id = q.order_line_id join orders o on o.id = l.order_id where q.shelf = ${shelf} order by q.id desc limit 1`)[0];
const [packed] = await sql`select s.id, s.number from shipments s join extra_charges c on c.shipment_id = s.id where s.status = 'packed' order by s.id limit 1`;
const late = await byShelf("B-01-1");
const photos = await byShelf("B-02-1");
const abandoned = await byShelf("B-03-1");
await sql.end();

fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
async function signedIn(email: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${baseUrl}/en/sign-in`, { waitUntil: "networkidle" });
  await page.fill("#email", email);
  await page.fill("#password", "haozao-demo");
  await page.click("[data-testid=sign-in-submit]");
  await page.waitForURL((u) => !u.pathname.endsWith("/sign-in"));
  return page;
}
async function shot(page: Page, url: string, file: string) {
  await page.goto(`${baseUrl}${url}`, { waitUntil: "networkidle" });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  await page.screenshot({ path: path.join(outDir, file), fullPage: true });
  console.log(file, wide ? "SIDEWAYS SCROLL" : "");
}
for (const [name, width] of [["desktop", 1366], ["phone", 360]] as const) {
  const buyer = await signedIn("buyer@haozao.test", width);
  const agent = await signedIn("agent@haozao.test", width);
  for (const locale of ["en", "zh", "ar"]) {
    await shot(buyer, `/${locale}/orders/${late.number}`, `order-late-${locale}-${name}.png`);
    await shot(buyer, `/${locale}/orders/${photos.number}`, `order-photos-${locale}-${name}.png`);
    await shot(buyer, `/${locale}/orders/${abandoned.number}`, `order-abandoned-${locale}-${name}.png`);
    if (packed) await shot(buyer, `/${locale}/shipments/${packed.number}`, `shipment-${locale}-${name}.png`);
    await shot(agent, `/${locale}/agent`, `agent-dashboard-${locale}-${name}.png`);
    await shot(agent, `/${locale}/agent/parcels/${photos.parcel_id}`, `agent-parcel-${locale}-${name}.png`);
    if (packed) await shot(agent, `/${locale}/agent/shipments/${packed.id}`, `agent-shipment-${locale}-${name}.png`);
  }
}
await browser.close();
