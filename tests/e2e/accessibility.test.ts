// Usable by everyone: axe-core finds no serious or critical violation on the buyer's and the
// factory's main pages, in English and in Arabic (right-to-left); keyboard focus is visible.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { A11Y_PAGES, type DemoAccount } from "./a11y-pages";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe in the page (through the DevTools protocol: a nonce-based CSP does not block it). */
async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

async function signIn(page: Page, locale: string, account: DemoAccount) {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(`${account}@haozao.test`);
  await page.locator("#password").fill("haozao-demo");
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL((url) => !url.pathname.includes("sign-in"), { timeout: 30_000 });
}

describe.each(["en", "ar"])("accessibility in %s", (locale) => {
  it.each(A11Y_PAGES.map((p) => [p.name, p] as const))("%s has no serious or critical axe violation", async (_name, spec) => {
    const page = await newPage({ locale: locale === "ar" ? "ar" : "en-US" });
    page.setDefaultTimeout(60_000); // a first render on a busy machine
    if (spec.as) await signIn(page, locale, spec.as);
    await spec.setup?.(page, locale);
    const path = typeof spec.path === "function" ? await spec.path(page, locale) : spec.path;
    const res = await page.goto(`/${locale}${path}`, { waitUntil: "networkidle" });
    if (spec.optional && res?.status() === 404) return;
    expect(res?.status()).toBe(200);
    expect(await page.locator("html").getAttribute("dir")).toBe(locale === "ar" ? "rtl" : "ltr");
    const blocking = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
    await page.context().close();
  }, 180_000);
});

// On a phone the header shows the logo mark alone: what hides at this width must not take a name away.
describe("accessibility on a 360 px phone", () => {
  it.each(A11Y_PAGES.filter((p) => !p.as).map((p) => [p.name, p] as const))("%s has no serious or critical axe violation", async (_name, spec) => {
    const page = await newPage({ locale: "en-US", width: 360, height: 740 });
    page.setDefaultTimeout(60_000);
    await spec.setup?.(page, "en");
    const path = typeof spec.path === "function" ? await spec.path(page, "en") : spec.path;
    const res = await page.goto(`/en${path}`, { waitUntil: "networkidle" });
    if (spec.optional && res?.status() === 404) return;
    const blocking = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
    await page.context().close();
  }, 180_000);
});

describe("keyboard focus", () => {
  it("shows where the focus is on every stop of the first tab stops of the home page", async () => {
    const page = await newPage();
    await page.goto("/en", { waitUntil: "networkidle" });
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return true;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        const ring = style.boxShadow !== "none";
        return outline || ring;
      });
      expect(visible, `tab stop ${i + 1}`).toBe(true);
    }
    await page.context().close();
  });
});
