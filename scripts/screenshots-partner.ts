// npm run screenshots:partner -- [baseUrl] [outDir]
// The partner pages (/developers, and /partner/keys, /webhooks, /balance signed in as the demo
// partner, with a key created so the "shown once" box shows) at desktop and 360 px, en/zh/ar.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/browser";

const baseUrl = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const outDir = process.argv[3] ?? "screenshots";
fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, width] of [["desktop", 1280], ["phone", 360]] as const) {
    for (const locale of ["en", "zh", "ar"]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/${locale}/developers`, { waitUntil: "networkidle" });
      await page.screenshot({ path: path.join(outDir, `developers-${locale}-${name}.png`), fullPage: false });
      await page.goto(`${baseUrl}/${locale}/sign-in`, { waitUntil: "networkidle" });
      await page.fill("#email", "partner@haozao.test");
      await page.fill("#password", "haozao-demo");
      await page.click("[data-testid=sign-in-submit]");
      await page.waitForURL((u) => !u.pathname.endsWith("/sign-in"), { timeout: 60_000 });
      await page.goto(`${baseUrl}/${locale}/partner/keys`, { waitUntil: "networkidle" });
      await page.locator("[data-testid=create-key] input[name=name]").fill(`Shop ${locale}`);
      await page.locator("[data-testid=create-key] button[type=submit]").click();
      await page.getByTestId("shown-once").waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(outDir, `partner-keys-${locale}-${name}.png`), fullPage: true });
      for (const section of ["webhooks", "balance"]) {
        await page.goto(`${baseUrl}/${locale}/partner/${section}`, { waitUntil: "networkidle" });
        await page.screenshot({ path: path.join(outDir, `partner-${section}-${locale}-${name}.png`), fullPage: true });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${outDir}`);
