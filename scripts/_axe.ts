import fs from "node:fs";
import { chromium } from "playwright-core";
const src = fs.readFileSync("node_modules/axe-core/axe.min.js", "utf8");
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
for (const locale of (process.env.L ?? "en").split(",")) {
  for (const p of (process.env.P ?? "").split(",")) {
    const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:3107/${locale}${p}`, { waitUntil: "networkidle" });
    await page.evaluate(src);
    const v = await page.evaluate(async () => (await (window as any).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })).violations.map((v: any) => `${v.impact} ${v.id}: ${v.nodes.length} e.g. ${v.nodes.slice(0,4).map((n: any) => n.html.slice(0,160) + " :: " + (n.any[0]?.message ?? "")).join("\n     ")}`));
    console.log(locale, p || "/", "\n  " + v.join("\n  "));
    await page.close();
  }
}
await b.close();
