// What a buyer sees, checked in the browser: the site's own photos work in image search, the first
// view after an admin's change is fresh, the category pages count what the filters leave, the
// header's category bar never silently cuts a name, and the leftovers of English are translated.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

async function signIn(page: Page, email: string, locale = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("haozao-demo");
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"), { timeout: 60_000 });
}

describe("the site's own photos", () => {
  it("finds a listing from its photo saved as the browser shows it", async () => {
    const page = await newPage();
    await page.goto("/en/c/beauty-care");
    const href = await page.getByTestId("listing-card").first().locator("a").getAttribute("href");
    await page.goto(href!);
    const main = page.getByTestId("gallery-main");
    await main.waitFor();
    // What "Save image as…" saves: the rendition the browser picked (WebP), as it was served.
    const shown = await main.evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(shown).toMatch(/\.webp$/);
    const response = await page.request.get(shown);
    expect(response.headers()["content-type"]).toBe("image/webp");
    const saved = await response.body();

    await page.getByTestId("image-search-input").setInputFiles({ name: "photo.webp", mimeType: "image/webp", buffer: saved });
    await page.waitForURL(/\/en\/search\/image\?h=[0-9a-f]{16}/, { timeout: 60_000 });
    const same = page.getByTestId("same-product");
    await same.waitFor();
    const hrefs = await same.getByTestId("listing-card").locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(href);
    // Browsers without WebP get the JPEG of the same photo.
    const jpeg = await page.request.get(shown.replace(/\.webp$/, ".jpg"));
    expect(jpeg.headers()["content-type"]).toBe("image/jpeg");
    await page.context().close();
  });
});

describe("fresh pages after a change", () => {
  it("shows a factory's badge on the first view after the admin verifies it", async () => {
    const admin = await newPage();
    await signIn(admin, "admin@haozao.test");
    await admin.goto("/en/admin/factories?show=unverified");
    const row = admin.getByTestId("admin-factory").first();
    const id = await row.getAttribute("data-factory-id");
    // A buyer has the factory's page cached as unverified.
    const buyer = await newPage();
    await buyer.goto(`/en/f/${id}`);
    expect(await buyer.getByTestId("factory-badge").getAttribute("data-verified")).toBe("0");
    await buyer.goto(`/en/f/${id}`);

    await row.getByTestId("verify-factory").click();
    await expect.poll(() => admin.locator(`[data-testid=admin-factory][data-factory-id="${id}"]`).count(), { timeout: 60_000 }).toBe(0);
    await buyer.goto(`/en/f/${id}`);
    expect(await buyer.getByTestId("factory-badge").getAttribute("data-verified")).toBe("1");
    await admin.context().close();
    await buyer.context().close();
  });
});

describe("category pages", () => {
  it("counts the sub-categories under the active filters, and keeps the filters on them", async () => {
    const page = await newPage();
    await page.goto("/en/c/home-kitchen");
    const before = await page.getByTestId("subcategory-count").allInnerTexts();
    await page.goto("/en/c/home-kitchen?tags=eco");
    const total = Number((await page.getByTestId("result-count").innerText()).replace(/\D/g, ""));
    const counts = (await page.getByTestId("subcategory-count").allInnerTexts()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(counts).not.toEqual(before.map(Number));
    const chip = page.getByTestId("subcategory-chip").first();
    const chipHref = (await chip.getAttribute("href"))!;
    expect(chipHref).toContain("tags=eco");
    const expected = counts[0];
    await chip.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === chipHref);
    await page.getByTestId("result-count").waitFor();
    expect(Number((await page.getByTestId("result-count").innerText()).replace(/\D/g, ""))).toBe(expected);
    await page.context().close();
  });

  it.each(["en", "ar"])("never cuts a category name in the desktop bar without a way to the rest (%s)", async (locale) => {
    const page = await newPage({ width: 1366 });
    await page.goto(`/${locale}`);
    const bar = page.getByTestId("category-bar");
    const list = bar.locator("ul");
    const overflows = await list.evaluate((el) => el.scrollWidth > el.clientWidth + 2);
    if (!overflows) return;
    await expect.poll(() => bar.getAttribute("data-more-end")).toBe("true");
    const forward = page.getByTestId("category-bar-forward");
    expect(await forward.isVisible()).toBe(true);
    // Forward until the end: then the last category is whole inside the bar.
    for (let i = 0; i < 6 && (await bar.getAttribute("data-more-end")) === "true"; i++) {
      // The bar re-renders its buttons as it scrolls: click whichever is there now, if any.
      await page.evaluate(() => (document.querySelector('[data-testid="category-bar-forward"]') as HTMLButtonElement | null)?.click());
      await expect.poll(async () => (await list.evaluate((el) => Math.abs(el.scrollLeft))) > 0).toBe(true);
    }
    await expect.poll(() => bar.getAttribute("data-more-end"), { timeout: 10_000 }).toBe("false");
    const [box, last] = await Promise.all([list.boundingBox(), list.locator("li").last().boundingBox()]);
    expect(last!.x).toBeGreaterThanOrEqual(box!.x - 1);
    expect(last!.x + last!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    expect(await page.getByTestId("category-bar-back").isVisible()).toBe(true);
    await page.context().close();
  });
});

describe("words a buyer reads in their language", () => {
  it.each([
    { locale: "zh", place: /[\u4e00-\u9fff]/ },
    { locale: "ru", place: /[\u0400-\u04FF]/ },
    { locale: "mn", place: /[\u0400-\u04FF]/ },
    { locale: "ar", place: /[\u0600-\u06FF]/ },
  ])("shows factory places and the rate source in $locale", async ({ locale, place }) => {
    const page = await newPage();
    await page.goto(`/${locale}`);
    const footer = await page.getByTestId("footer-rates").innerText();
    expect(footer).not.toContain("Haozao demo rates (fixed)");
    const factory = await page.locator("a[href*='/f/']").first().getAttribute("href");
    await page.goto(factory!);
    const location = await page.getByTestId("factory-location").innerText();
    expect(location).toMatch(place);
    expect(location).not.toMatch(/Zhejiang|Guangdong|Fujian|Jiangsu|Shandong|Hebei/);
    await page.context().close();
  });

  it("says what prices in yuan are instead of 1 CNY = 1 CNY, and gives delivery in days", async () => {
    const page = await newPage();
    await page.goto("/en/c/home-kitchen");
    const href = await page.getByTestId("listing-card").first().locator("a").getAttribute("href");
    await page.context().addCookies([{ name: "HZ_CURRENCY", value: "CNY", url: new URL("/", page.url()).href }]);
    await page.goto(href!);
    const note = await page.getByTestId("rate-note").innerText();
    expect(note).not.toMatch(/1 CNY = 1/);
    expect(note).toMatch(/yuan/i);
    expect(await page.getByTestId("footer-rates").innerText()).toMatch(/yuan/i);
    const quote = page.getByTestId("shipping-quote").first();
    await quote.waitFor();
    expect(await quote.innerText()).toMatch(/Delivery: \d+–\d+ days/);
    await page.context().close();
  });

  it.each([
    { locale: "en", expected: "Page not found" },
    { locale: "zh", expected: "页面未找到" },
    { locale: "ar", expected: "الصفحة غير موجودة" },
  ])("gives the 404 page its own title ($locale)", async ({ locale, expected }) => {
    const page = await newPage();
    await page.goto(`/${locale}`);
    const homeTitle = await page.title();
    for (const path of [`/${locale}/p/99999999`, `/${locale}/no-such-page`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await page.getByTestId("not-found-title").waitFor();
      await expect.poll(() => page.title(), { timeout: 30_000 }).toContain(expected);
      expect(await page.title()).not.toBe(homeTitle);
    }
    await page.context().close();
  });

  it("shows the warehouse address in Chinese and English with a phone in the factory's portal", async () => {
    const page = await newPage({ locale: "zh-CN" });
    await signIn(page, "factory@haozao.test", "zh");
    await page.goto("/zh/factory/purchase-orders");
    const first = page.locator("a[href*='/factory/purchase-orders/']").first();
    await page.goto((await first.getAttribute("href"))!);
    expect(await page.getByTestId("po-address-zh").innerText()).toMatch(/[\u4e00-\u9fff]+.*号/);
    expect(await page.getByTestId("po-address-en").innerText()).toMatch(/Road|Avenue/);
    expect(await page.getByTestId("po-phone").innerText()).toMatch(/^\+86 [\d ]+$/);
    await page.context().close();
  });
});
