// Screenshots of factory reliability as a buyer sees it (issue 10): a reliable factory's profile,
// a card grid narrowed to reliable factories, and search with the filter on; en / zh / ar, desktop
// and a 360 px phone. Usage: node --conditions=react-server --import tsx scripts/screenshots-reliability.ts [baseUrl] [outDir]
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "screenshots/reliability";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"];
const viewports = { desktop: { width: 1366, height: 900 }, phone: { width: 360, height: 780 } };

async function reliableCategory(page: Page, locale: string) {
  await page.goto(`${baseUrl}/${locale}`);
  const slugs = await page.locator("[data-testid=category-bar] a[href*='/c/']").evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/c/")[1]).filter(Boolean));
  for (const slug of [...new Set(slugs)]) {
    await page.goto(`${baseUrl}/${locale}/c/${slug}?reliable=1`);
    if (await page.locator("[data-testid=listing-card]").count()) return `/${locale}/c/${slug}?reliable=1`;
  }
  throw new Error("no reliable category");
}

fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
for (const locale of (process.env.LOCALES ?? "en,zh,ar").split(",")) {
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    const grid = await reliableCategory(page, locale);
    const listing = await page.locator("[data-testid=listing-card] a").first().getAttribute("href");
    const title = await page.locator("[data-testid=listing-card] h3").first().innerText();
    await page.goto(`${baseUrl}${listing}`);
    const factory = await page.locator("[data-testid=factory-card] a").last().getAttribute("href");
    const word = (title.toLowerCase().match(/[a-z]{5,}/) ?? [title.split(/\s+/)[0]])[0];
    const shots: Record<string, { url: string; focus?: string }> = {
      profile: { url: factory!, focus: "[data-testid=reliability-panel]" },
      grid: { url: grid, focus: "[data-testid=listing-card]" },
      search: { url: `/${locale}/search?q=${encodeURIComponent(word)}&reliable=1`, focus: name === "phone" ? "[data-testid=facet-reliable]" : undefined },
      listing: { url: listing!, focus: "[data-testid=factory-card]" },
    };
    for (const [shot, { url, focus }] of Object.entries(shots)) {
      await page.goto(`${baseUrl}${url}`, { waitUntil: "networkidle" });
      if (focus) await page.locator(focus).first().scrollIntoViewIfNeeded();
      if (focus && shot !== "grid") await page.evaluate((sel) => { document.querySelector(sel)?.scrollIntoView({ block: "start" }); window.scrollBy(0, -150); }, focus);
      const file = path.join(outDir, `${shot}-${locale}-${name}.png`);
      await page.screenshot({ path: file });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(file, wide > 0 ? `SIDEWAYS ${wide}px` : "");
    }
    await page.close();
  }
}
await browser.close();
