// Factory reliability, published (issue 10): a buyer in English finds a reliable factory through
// the reliable filter of a category page, sees the figures on its profile (the three figures, the
// 90-day window, what they rest on, the badge), and toggles the reliable filter in search; in
// Arabic the profile reads right to left without sideways scroll on a phone.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowser } from "./browser";
import { signIn } from "./sign-in";

const { newPage } = useBrowser();

/** A top-level category page narrowed to reliable factories that has cards (the seed has two such factories). */
async function reliableCategory(page: Page, locale: string) {
  await page.goto(`/${locale}`);
  const slugs = [...new Set((await page.getByTestId("category-bar").locator("a[href*='/c/']").evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/c/")[1]).filter(Boolean))))];
  for (const slug of slugs) {
    await page.goto(`/${locale}/c/${slug}?reliable=1`);
    if (await page.getByTestId("listing-card").count()) return slug;
  }
  throw new Error("no category has listings of a reliable factory");
}

const count = async (page: Page) => Number((await page.getByTestId("result-count").innerText()).replace(/\D/g, ""));

describe("factory reliability", () => {
  it("shows a buyer a reliable factory's figures and narrows search to reliable factories", async () => {
    const page = await newPage();
    await signIn(page, "en", "buyer@haozao.test");
    await reliableCategory(page, "en");
    expect(await page.getByTestId("filter-reliable").isChecked()).toBe(true);
    const cards = page.getByTestId("listing-card");
    // Every card of the narrowed grid carries the compact badge.
    expect(await cards.count()).toBe(await cards.filter({ has: page.getByTestId("card-reliable") }).count());

    // The listing's factory box, then the factory's profile.
    const title = await cards.first().locator("h3").innerText();
    await cards.first().locator("a").click();
    await page.waitForURL(/\/en\/p\/\d+$/);
    const box = page.getByTestId("factory-card");
    await box.getByTestId("reliable-badge").waitFor();
    expect(await box.getByTestId("reliability-panel").getAttribute("data-reliable")).toBe("1");
    await box.getByRole("link").last().click();
    await page.waitForURL(/\/en\/f\/\d+$/);
    const panel = page.getByTestId("reliability-panel");
    await panel.waitFor();
    expect(await page.getByTestId("reliable-badge").innerText()).toBe("Reliable factory");
    expect(await panel.getAttribute("data-enough")).toBe("1");
    const text = await panel.innerText();
    expect(text).toContain("Last 90 days");
    expect(text).toMatch(/QC failure rate\s*\d+(\.\d)?%/);
    expect(text).toMatch(/Short or over shipments\s*\d+(\.\d)?%/);
    expect(text).toMatch(/Order to shipment \(median\)\s*\d+(\.\d)? days?/);
    expect(await page.getByTestId("reliability-basis").innerText()).toMatch(/^Based on \d+ checked lines and \d+ shipped orders?$/);

    // Search a word of that listing's title, then only reliable factories.
    const word = title.toLowerCase().split(/[^a-z]+/).find((w) => w.length >= 5) ?? title.split(/\s+/)[0];
    await page.goto(`/en/search?q=${encodeURIComponent(word)}`);
    const all = await count(page);
    const facet = page.getByTestId("facet-reliable");
    const expected = Number((await facet.locator("span").last().innerText()).trim());
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThanOrEqual(all);
    await facet.click();
    await page.waitForURL(/reliable=1/);
    expect(await count(page)).toBe(expected);
    expect(await page.getByTestId("facet-reliable").getAttribute("aria-current")).toBe("true");
    const results = page.getByTestId("listing-card");
    expect(await results.count()).toBe(await results.filter({ has: page.getByTestId("card-reliable") }).count());
    // Off again: the filter lives in the URL.
    await page.getByTestId("facet-reliable").click();
    await page.waitForURL((url) => !url.searchParams.has("reliable"));
    expect(await count(page)).toBe(all);
    await page.context().close();
  });

  it("renders the profile right to left in Arabic on a phone, without sideways scroll", async () => {
    const page = await newPage({ locale: "ar", width: 360, height: 780 });
    await reliableCategory(page, "ar");
    await page.getByTestId("listing-card").first().locator("a").click();
    await page.waitForURL(/\/ar\/p\/\d+$/);
    await page.getByTestId("factory-card").getByRole("link").last().click();
    await page.waitForURL(/\/ar\/f\/\d+$/);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    const panel = page.getByTestId("reliability-panel");
    await panel.waitFor();
    expect(await panel.innerText()).toContain("آخر 90 يومًا");
    expect(await page.getByTestId("reliable-badge").innerText()).toBe("مصنع يُعتمد عليه");
    // Reading order: the panel's heading starts at its right edge.
    const heading = await panel.locator("h2").evaluate((h) => h.getBoundingClientRect().right);
    const edge = await panel.evaluate((p) => p.getBoundingClientRect().right);
    expect(edge - heading).toBeLessThan(30);
    await page.context().close();
  });
});
