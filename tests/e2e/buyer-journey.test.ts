// What a buyer sees, walked in the browser: signing in, the orders list, lines that add up, search
// that finds (Chinese without spaces, typos, factories, links in shared text), suggestions; and the
// main pages on a 360 px phone in English and Arabic, and in Mongolian, Chinese and Arabic without
// a hydration error (the shared helper fails a test on any console error or sideways scroll).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PHONE_WIDTH, sidewaysScroll, textOffScreen, useBrowser } from "./browser";

const { newPage } = useBrowser();
const PASSWORD = "a long enough password";

async function signUp(page: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto("/en/sign-up");
  await page.locator("#name").fill(name);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("#country").selectOption("DE");
  await page.getByTestId("sign-up-submit").click();
  await page.waitForURL(/\/en\/account$/);
  return email;
}

/** Adds the MOQ of the first in-stock SKU of the `nth` listing of a category; returns the listing path. */
async function addListing(page: Page, category: string, nth = 0, rows = 1) {
  for (let i = nth; i < nth + 8; i++) {
    await page.goto(`/en/c/${category}`);
    await page.getByTestId("listing-card").nth(i).locator("a").first().click();
    await page.waitForURL(/\/en\/p\/\d+$/);
    const inputs = page.getByTestId("sku-row").locator("input:not([disabled])");
    if ((await inputs.count()) < rows) continue;
    const moq = Number((await page.getByTestId("quantity-total").innerText()).replace(/\D/g, "")) || 1;
    for (let r = 0; r < rows; r++) await inputs.nth(r).fill(String(Math.ceil(moq / rows) + 3 * r));
    await page.getByTestId("add-to-cart").click();
    await expect.poll(() => page.getByTestId("add-to-cart-result").innerText()).toMatch(/added/);
    return new URL(page.url()).pathname.replace(/^\/en/, "");
  }
  throw new Error(`No listing in ${category} with ${rows} SKUs in stock`);
}

async function placeOrder(page: Page) {
  await page.goto("/en/checkout");
  await page.locator("#line1").fill("Hauptstraße 12");
  await page.locator("#city").fill("Berlin");
  await page.locator("#postalCode").fill("10115");
  await page.locator("#phone").fill("+49 30 1234567");
  await expect.poll(() => page.getByTestId("quote-first-payment").innerText(), { timeout: 20_000 }).toMatch(/\d/);
  await page.getByTestId("place-order").click();
  await page.waitForURL(/\/en\/pay\/test\/\d+$/);
}

/** "¥9.40 × 150 = ¥1,410.00" -> [940, 150, 141000] */
function readEquation(text: string) {
  const [left, right] = text.split(" = ");
  const [unit, qty] = left.split(" × ");
  const fen = (s: string) => Math.round(Number(s.replace(/[^\d.]/g, "")) * 100);
  return [fen(unit), Number(qty), right ? fen(right) : null] as const;
}

describe("signing in", () => {
  it("shows the account in the header at once and returns the buyer to the page they came from", async () => {
    const page = await newPage();
    const email = await signUp(page, "Ines Duarte");
    await page.getByTestId("account-menu").click();
    await page.getByTestId("sign-out").click();
    await page.getByTestId("header-sign-in").waitFor();
    const listing = await addListing(page, "home-kitchen");
    await page.getByTestId("header-sign-in").click();
    await page.waitForURL(/\/en\/sign-in\?next=/);
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.waitForURL((url) => url.pathname === `/en${listing}`);
    // No reload: the header asks who is signed in after the navigation.
    await page.getByTestId("account-menu").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("header-sign-in").count()).toBe(0);
    await page.context().close();
  }, 180_000);

  it.each([
    ["agent@haozao.test", /\/(en|zh)\/agent$/],
    ["admin@haozao.test", /\/en\/admin$/],
    ["factory@haozao.test", /\/zh\/factory$/],
  ])("lands %s in their own pages", async (email, where) => {
    const page = await newPage();
    await page.goto("/en/sign-in");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill("haozao-demo");
    await page.getByTestId("sign-in-submit").click();
    await page.waitForURL(where);
    await page.getByTestId("account-menu").waitFor({ timeout: 15_000 });
    await page.context().close();
  });
});

describe("orders and lines that add up", () => {
  it("shows unit × quantity = line in the cart and at checkout, and each order's own lines in the list", async () => {
    const page = await newPage();
    await signUp(page, "Omar Haddad");
    await addListing(page, "home-kitchen", 0, 2);
    await page.getByTestId("currency-switcher").selectOption("USD");
    await page.waitForLoadState("networkidle");
    await page.goto("/en/cart");
    const equations = await page.getByTestId("cart-line-equation").allInnerTexts();
    expect(equations.length).toBe(2);
    for (const text of equations) {
      const [unit, qty, line] = readEquation(text);
      expect(unit * qty).toBe(line);
    }
    expect(await page.getByTestId("cart-rate-note").innerText()).toMatch(/1 CNY = [\d.]+ USD/);

    await page.goto("/en/checkout");
    const lines = await page.getByTestId("checkout-line-equation").allInnerTexts();
    expect(lines.length).toBe(2);
    for (const text of lines) {
      const [unit, qty, line] = readEquation(text);
      expect(unit * qty).toBe(line);
    }
    const cents = (s: string) => Math.round(Number(s.replace(/[^\d.]/g, "")) * 100);
    const totals = (await page.getByTestId("checkout-line-total").allInnerTexts()).map(cents);
    const goods = cents(await page.getByTestId("checkout-goods-total").innerText());
    expect(totals.reduce((a, b) => a + b, 0)).toBe(goods);
    await expect.poll(() => page.getByTestId("quote-goods").innerText(), { timeout: 20_000 }).toMatch(/\d/);
    expect(cents(await page.getByTestId("quote-goods").innerText())).toBe(goods);
    await placeOrder(page);

    await addListing(page, "office-stationery", 0, 1);
    await placeOrder(page);

    await page.goto("/en/orders");
    const rows = page.getByTestId("order-row");
    expect(await rows.count()).toBe(2);
    const texts = await rows.allInnerTexts();
    expect(texts[0]).toMatch(/1 line/); // the newest: one line
    expect(texts[1]).toMatch(/2 lines/);
    const photos = await rows.locator("img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src")));
    expect(new Set(photos).size).toBe(2);
    await page.context().close();
  }, 240_000);
});

describe("search", () => {
  it("finds for 手机壳批发 what 手机壳 批发 finds", async () => {
    const page = await newPage({ locale: "zh-CN" });
    await page.goto(`/zh/search?q=${encodeURIComponent("手机壳 批发")}`);
    const spaced = await page.getByTestId("listing-card").count();
    expect(spaced).toBeGreaterThan(0);
    await page.goto(`/zh/search?q=${encodeURIComponent("手机壳批发")}`);
    expect(await page.getByTestId("listing-card").count()).toBe(spaced);
    await page.context().close();
  });

  it("finds yoga blocks when the second word is mistyped", async () => {
    const page = await newPage();
    await page.goto("/en/search?q=yoga+blok");
    await page.getByTestId("listing-card").first().waitFor();
    for (const title of await page.getByTestId("listing-card").allInnerTexts()) expect(title.toLowerCase()).toContain("yoga");
    await page.context().close();
  });

  it.each([["Yiwu Xingchen"], ["义乌"], ["星辰"]])("shows the factory above the products for %j", async (q) => {
    const page = await newPage();
    await page.goto(`/en/search?q=${encodeURIComponent(q)}`);
    const factories = page.getByTestId("factory-results");
    await factories.waitFor();
    expect(await factories.innerText()).toContain("Yiwu Xingchen");
    await factories.locator("a").first().click();
    await page.waitForURL(/\/en\/f\/\d+$/);
    await page.context().close();
  });

  it("suggests grouped product names and factories as the buyer types", async () => {
    const page = await newPage();
    await page.goto("/en");
    await page.getByTestId("search-input").pressSequentially("ear", { delay: 40 });
    const list = page.getByTestId("suggestions");
    await list.waitFor();
    const texts = await list.locator("[role=option]").allInnerTexts();
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => / – |, /.test(t))).toEqual([]); // no sellers' trimmings: one per product
    await page.getByTestId("search-input").fill("");
    await page.getByTestId("search-input").pressSequentially("xingch", { delay: 40 });
    const factory = list.locator("[role=option][data-kind=factory]");
    await factory.waitFor();
    await factory.first().dispatchEvent("mousedown");
    await page.waitForURL(/\/en\/f\/\d+$/);
    await page.context().close();
  });

  it("suggests products for 耳机, not only the category", async () => {
    const page = await newPage({ locale: "zh-CN" });
    await page.goto("/zh");
    await page.getByTestId("search-input").pressSequentially("耳机", { delay: 60 });
    const queries = page.getByTestId("suggestions").locator("[role=option][data-kind=query]");
    await queries.first().waitFor();
    for (const text of await queries.allInnerTexts()) expect(text).toContain("耳机");
    await page.context().close();
  });

  it("opens a listing from a link pasted with the text a share button adds", async () => {
    const page = await newPage();
    await page.goto("/en/c/home-kitchen");
    const href = (await page.getByTestId("listing-card").first().locator("a").first().getAttribute("href"))!;
    const shared = `Look what I found on Haozao!\n${new URL(href, page.url()).href}\nTap the link to open it.`;
    await page.goto(`/en/search?q=${encodeURIComponent(shared)}`);
    await page.waitForURL((url) => url.pathname === new URL(href, page.url()).pathname);
    await page.context().close();
  });
});

/** The pages a buyer walks, for a signed-in buyer with something in the cart. */
async function mainPages(page: Page) {
  await page.goto("/en/c/home-kitchen");
  const listing = (await page.getByTestId("listing-card").first().locator("a").first().getAttribute("href"))!.replace(/^\/en/, "");
  await page.goto(`/en${listing}`);
  const factory = (await page.getByTestId("factory-card").locator("a").last().getAttribute("href"))!.replace(/^\/en/, "");
  return ["/", "/c/home-kitchen", listing, factory, "/search?q=mug", "/cart", "/checkout", "/orders"];
}

describe("phones", () => {
  it.each([["en"], ["ar"]])("nothing scrolls sideways at 360 px and the header takes two rows at most (%s)", async (locale) => {
    const page = await newPage({ width: PHONE_WIDTH, height: 760 });
    await signUp(page, "Layla Nasser");
    await addListing(page, "home-kitchen");
    const paths = await mainPages(page);
    for (const path of paths) {
      await page.goto(`/${locale}${path}`, { waitUntil: "domcontentloaded" });
      const header = page.locator("header").first();
      // As first painted, before the account has loaded...
      const before = (await header.boundingBox())!;
      await page.getByTestId("account-menu").waitFor();
      await page.waitForLoadState("networkidle");
      // ...and once it has: the header has not moved or grown.
      expect(await header.boundingBox(), `${path}: header moved`).toEqual(before);
      expect(await sidewaysScroll(page), path).toBeNull();
      expect(await textOffScreen(page), path).toEqual([]);
      // Two rows: the bar (logo, switchers, cart, account) and the search box.
      const rows = await header.evaluate((h) => {
        const centers = [...h.querySelectorAll("a, button, input, select, summary")]
          // Shown controls only: not a closed menu's links (a closed <details> hides them by
          // content-visibility) nor the 1-pixel "skip to content" link.
          .filter((e) => e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().width > 1)
          .map((e) => e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)
          .sort((a, b) => a - b);
        return centers.filter((c, i) => i === 0 || c - centers[i - 1] > 20).length;
      });
      expect(rows, `${path}: rows of header controls`).toBeLessThanOrEqual(2);
    }
    await page.context().close();
    const visitor = await newPage({ width: PHONE_WIDTH, height: 760 });
    await visitor.goto(`/${locale}/sign-in`);
    await visitor.waitForLoadState("networkidle");
    expect(await sidewaysScroll(visitor)).toBeNull();
    await visitor.context().close();
  }, 300_000);
});

describe("every locale hydrates", () => {
  it.each([["mn"], ["zh"], ["ar"]])("shows the main pages in %s without a console error, dropdowns in the page's language", async (locale) => {
    const page = await newPage({ locale });
    await signUp(page, "Bat-Erdene");
    await addListing(page, "home-kitchen");
    const paths = await mainPages(page);
    for (const path of [...paths, "/sign-up"]) {
      await page.goto(`/${locale}${path}`);
      await page.waitForLoadState("networkidle");
    }
    await page.goto(`/${locale}${paths[2]}`);
    await page.waitForLoadState("networkidle");
    const names = await page.getByTestId("shipping-country").locator("option").allInnerTexts();
    const expected = new Intl.DisplayNames([locale], { type: "region" }).of("DE")!;
    expect(names).toContain(expected);
    await page.context().close();
  }, 300_000);
});
