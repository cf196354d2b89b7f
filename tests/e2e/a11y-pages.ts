// The pages the accessibility suite scans, in en and ar. To add a page, add an entry: `as` signs in
// a demo account first, `setup` prepares the page (e.g. fills a cart), `optional` skips the page
// while it answers 404 (a page another branch is still building).
import type { Page } from "playwright-core";

export type DemoAccount = "buyer" | "factory" | "agent";

export interface A11yPage {
  name: string;
  /** Path after the locale; a function when it depends on data. */
  path: string | ((page: Page, locale: string) => Promise<string>);
  as?: DemoAccount;
  setup?: (page: Page, locale: string) => Promise<void>;
  optional?: boolean;
}

/** The first listing of a category, as a buyer finds it. */
export async function firstListingPath(page: Page, locale: string) {
  await page.goto(`/${locale}/c/home-kitchen`);
  const href = await page.getByTestId("listing-card").first().locator("a").first().getAttribute("href");
  return href!.replace(`/${locale}`, "");
}

/** Puts the MOQ of the first in-stock SKU of a listing into the cart. */
export async function addFirstListingToCart(page: Page, locale: string) {
  for (let i = 0; i < 6; i++) {
    await page.goto(`/${locale}/c/home-kitchen`);
    await page.getByTestId("listing-card").nth(i).locator("a").first().click();
    await page.waitForURL(/\/p\/\d+$/);
    const input = page.getByTestId("sku-row").locator("input:not([disabled])").first();
    if ((await input.count()) === 0) continue;
    const moq = Number((await page.getByTestId("quantity-total").innerText()).replace(/\D/g, "")) || 1;
    await input.fill(String(moq));
    await page.getByTestId("add-to-cart").click();
    await page.getByTestId("add-to-cart-result").waitFor({ timeout: 20_000 });
    return;
  }
  throw new Error("No listing with a SKU in stock in home-kitchen");
}

export const A11Y_PAGES: A11yPage[] = [
  { name: "home", path: "" },
  { name: "category", path: "/c/home-kitchen" },
  { name: "listing", path: firstListingPath },
  { name: "search", path: async (_page, locale) => `/search?q=${encodeURIComponent(locale === "ar" ? "كوب" : "cup")}` },
  { name: "cart", path: "/cart", setup: addFirstListingToCart },
  { name: "checkout", path: "/checkout", as: "buyer", setup: addFirstListingToCart },
  { name: "factory listing editor", path: "/factory/listings/new", as: "factory" },
  // The agent's scan-to-receive page (issue 10): the inbound list with its scan box.
  { name: "agent scan", path: "/agent/inbound", as: "agent" },
];
