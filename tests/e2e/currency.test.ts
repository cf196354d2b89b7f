import { describe, expect, it } from "vitest";
import { demoRates } from "@/seed/rates";
import { convertFromCny } from "@/lib/money/convert";
import { formatMoney } from "@/lib/money/format";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

/** "¥12.50" -> 1250 fen */
const fenOf = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, "")) * 100);

describe("currency", () => {
  it("converts every price and remembers the choice", async () => {
    const page = await newPage();
    await page.goto("/en/c/home-kitchen");
    await page.getByTestId("listing-card").first().locator("a").click();
    await page.waitForURL(/\/en\/p\/\d+$/);
    const price = page.getByTestId("listing-price").locator("span").first();

    await page.getByTestId("currency-switcher").selectOption("CNY");
    await expect.poll(() => price.innerText()).toMatch(/^¥/);
    const fen = fenOf(await price.innerText());

    await page.getByTestId("currency-switcher").selectOption("EUR");
    await expect.poll(() => price.innerText()).toBe(formatMoney(convertFromCny(fen, demoRates.EUR, "EUR"), "EUR", "en"));

    await page.getByTestId("currency-switcher").selectOption("JPY");
    await expect.poll(() => price.innerText()).toBe(formatMoney(convertFromCny(fen, demoRates.JPY, "JPY"), "JPY", "en"));
    expect(await price.innerText()).not.toMatch(/\./); // yen has no minor unit

    // Remembered on the next page, server-rendered in the chosen currency.
    await page.goto("/en");
    expect(await page.getByTestId("currency-switcher").inputValue()).toBe("JPY");
    expect(await page.getByTestId("listing-card").first().innerText()).toContain("¥");
    await page.context().close();
  });

  it("highlights the tier the quantity reaches", async () => {
    const page = await newPage();
    await page.goto("/en/c/office-stationery");
    await page.getByTestId("listing-card").first().locator("a").click();
    await page.waitForURL(/\/en\/p\/\d+$/);
    const rows = page.getByTestId("tier-table").locator("tbody tr");
    expect(await rows.nth(0).getAttribute("data-reached")).toBe("true");
    const secondBreak = Number((await rows.nth(1).locator("td").first().innerText()).split(/[–-]/)[0].replace(/\D/g, ""));
    const input = page.getByTestId("sku-row").filter({ has: page.locator("input:not([disabled])") }).first().locator("input");
    await input.fill(String(secondBreak));
    await expect.poll(() => rows.nth(1).getAttribute("data-reached")).toBe("true");
    expect(await rows.nth(0).getAttribute("data-reached")).toBeNull();
    await page.context().close();
  });
});
