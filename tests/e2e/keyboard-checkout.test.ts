// Checkout with the keyboard alone: sign in, put a listing's MOQ into the cart, fill the delivery
// address, place the order and pay with the test provider — every step by Tab, typing and Enter,
// and each control reached shows where the focus is.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.matches(sel)) return null;
      const style = getComputedStyle(el);
      return { focusVisible: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none" };
    }, selector);
    if (state) {
      expect(state.focusVisible, `focus visible on ${selector}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

describe("keyboard only", () => {
  it("signs up, fills the cart, checks out and pays without a pointer", async () => {
    const page = await newPage();
    page.setDefaultTimeout(60_000); // a first render on a busy machine
    // An account of its own (signed up with the keyboard too): the demo buyer's cart is shared with
    // the other specs running at the same time.
    const email = `keyboard-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
    await page.goto("/en/sign-up", { waitUntil: "networkidle" });
    await typeInto(page, "#name", "Kim Keyboard");
    await typeInto(page, "#email", email);
    await typeInto(page, "#password", "keyboard-only-1");
    await tabTo(page, "#country");
    await page.keyboard.type("Germany");
    await expect.poll(() => page.locator("#country").inputValue()).toBe("DE");
    await tabTo(page, '[data-testid="sign-up-submit"]');
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => !url.pathname.includes("sign-up"), { timeout: 30_000 });

    // A listing with a SKU in stock: type its MOQ into the first SKU row and add it with Enter.
    let added = false;
    for (let i = 0; i < 6 && !added; i++) {
      await page.goto("/en/c/home-kitchen", { waitUntil: "networkidle" });
      const href = await page.getByTestId("listing-card").nth(i).locator("a").first().getAttribute("href");
      await page.goto(href!, { waitUntil: "networkidle" });
      if ((await page.locator('[data-testid="sku-row"] input:not([disabled])').count()) === 0) continue;
      const moq = Number((await page.getByTestId("quantity-total").innerText()).replace(/\D/g, "")) || 1;
      await typeInto(page, '[data-testid="sku-row"] input:not([disabled])', String(moq));
      await tabTo(page, '[data-testid="add-to-cart"]');
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getByTestId("add-to-cart-result").innerText(), { timeout: 20_000 }).toMatch(/added/i);
      added = true;
    }
    expect(added).toBe(true);

    await page.goto("/en/cart", { waitUntil: "networkidle" });
    await tabTo(page, '[data-testid="go-checkout"]');
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/en\/checkout$/, { timeout: 30_000 });
    await page.waitForLoadState("networkidle");

    await typeInto(page, "#line1", "Hauptstraße 12");
    await typeInto(page, "#city", "Berlin");
    await typeInto(page, "#postalCode", "10115");
    // The country by typing its name into the focused list (type-ahead), as a keyboard user does.
    await tabTo(page, "#country");
    await page.keyboard.type("Germany");
    await expect.poll(() => page.locator("#country").inputValue()).toBe("DE");
    await typeInto(page, "#phone", "+49 30 1234567");
    await expect.poll(() => page.getByTestId("quote-first-payment").innerText(), { timeout: 30_000 }).toMatch(/\d/);
    const shown = await page.getByTestId("quote-first-payment").innerText();

    await tabTo(page, '[data-testid="place-order"]');
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/en\/pay\/test\/\d+$/, { timeout: 30_000 });
    expect(await page.getByTestId("test-pay-amount").innerText()).toBe(shown);
    await tabTo(page, '[data-testid="test-pay-paid"]');
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/en\/orders\/HZ[0-9A-Z]+$/, { timeout: 30_000 });
    expect(await page.getByTestId("order-status").getAttribute("data-status")).toBe("paid");
    await page.context().close();
  }, 240_000);
});
