// Screenshots of the main pages as a buyer sees them: desktop and phone width, en / zh / ar.
// Usage: npm run screenshots -- [baseUrl] [outDir]   (a server must be running; default http://127.0.0.1:3000)
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "screenshots";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const locales = (process.env.LOCALES ?? "en,zh,ar").split(",");
const viewports = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };

async function firstHref(page: import("playwright-core").Page, url: string, selector: string) {
  await page.goto(url);
  return page.locator(selector).first().getAttribute("href");
}

fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const locale of locales) {
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${baseUrl}/${locale}`);
    const category = `/${locale}/c/home-kitchen`;
    const listing = await firstHref(page, `${baseUrl}${category}`, "[data-testid=listing-card] a");
    const factory = await firstHref(page, `${baseUrl}${listing}`, "[data-testid=factory-card] a");
    const shots = { home: `/${locale}`, category, listing: listing!, factory: factory!, notfound: `/${locale}/p/99999999` };
    for (const [shot, url] of Object.entries(shots)) {
      await page.goto(`${baseUrl}${url}`, { waitUntil: "networkidle" });
      const file = path.join(outDir, `${shot}-${locale}-${name}.png`);
      await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
      console.log(file);
    }
    // The buyer's pages, signed in as the demo buyer (whose seeded orders fill them).
    await page.goto(`${baseUrl}/${locale}/sign-in`, { waitUntil: "networkidle" });
    await page.screenshot({ path: path.join(outDir, `sign-in-${locale}-${name}.png`) });
    await page.fill("#email", "buyer@haozao.test");
    await page.fill("#password", "haozao-demo");
    await page.click("[data-testid=sign-in-submit]");
    await page.waitForURL((u) => !u.pathname.endsWith("/sign-in"));
    // After hydration (slow on a dev server), or the click does nothing.
    await page.goto(`${baseUrl}${listing}`, { waitUntil: "networkidle" });
    await page.click("[data-testid=add-to-cart]");
    await page.waitForSelector("[data-testid=add-to-cart-result]", { timeout: 90_000 });
    const order = await firstHref(page, `${baseUrl}/${locale}/orders`, "[data-testid=order-row]");
    const buyerShots = { cart: `/${locale}/cart`, checkout: `/${locale}/checkout`, orders: `/${locale}/orders`, order: order! };
    for (const [shot, url] of Object.entries(buyerShots)) {
      await page.goto(`${baseUrl}${url}`, { waitUntil: "networkidle" });
      const file = path.join(outDir, `${shot}-${locale}-${name}.png`);
      await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
      console.log(file);
    }
    await page.context().clearCookies();
    await page.close();
  }
}
await browser.close();
