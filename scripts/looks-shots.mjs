// Temporary (not committed): screenshots of home, category, listing, factory in four locales, phone and desktop.
import path from "node:path";
import { chromium } from "playwright-core";
const [baseUrl, outDir] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const locale of (process.env.LOCALES ?? "en,zh,ar,mn").split(",")) {
  for (const [name, viewport] of Object.entries({ desktop: { width: 1366, height: 900 }, phone: { width: 360, height: 800 } })) {
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(120_000);
    await page.goto(`${baseUrl}/${locale}/c/home-kitchen`);
    const listing = await page.locator("[data-testid=listing-card] a").first().getAttribute("href");
    await page.goto(`${baseUrl}${listing}`);
    const factory = await page.locator("[data-testid=factory-card] a").first().getAttribute("href");
    const shots = { home: `/${locale}`, category: `/${locale}/c/beauty-care`, listing, factory, notfound: `/${locale}/p/99999999` };
    for (const [shot, url] of Object.entries(shots)) {
      await page.goto(`${baseUrl}${url}`, { waitUntil: "networkidle" });
      const file = path.join(outDir, `${shot}-${locale}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file, await page.title(), await page.evaluate(() => document.documentElement.scrollWidth));
    }
    await page.close();
  }
}
await browser.close();
