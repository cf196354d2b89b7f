// The buyer's journey of issue 11 in the browser: 2,000 EVA yoga blocks check out by sea LCL and are
// paid (a courier line says why it cannot carry them; an agent with no line able to carry them
// disables ordering and says what to do); a declined payment leaves the order awaiting payment;
// an unknown 1688 link becomes a sourcing request that a factory quotes, compared by landed cost,
// accepted into the cart.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { factories } from "@/seed/content/factories";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();
const LONG = { timeout: 30_000 };

async function signUp(page: Page, name: string) {
  await page.goto("/en/sign-up");
  await page.locator("#name").fill(name);
  await page.locator("#email").fill(`${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`);
  await page.locator("#password").fill("a long enough password");
  await page.locator("#country").selectOption("US");
  await page.getByTestId("sign-up-submit").click();
  await page.waitForURL(/\/en\/account$/, LONG);
}

async function signIn(page: Page, locale: string, email: string) {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("haozao-demo");
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL((url) => !url.pathname.includes("/sign-in"), LONG);
}

/** 2,000 yoga blocks, 1,000 in each of two colours, into the cart. */
async function addYogaBlocks(page: Page) {
  await page.goto(`/en/search?q=${encodeURIComponent("EVA yoga block")}`);
  await page.getByTestId("listing-card").first().locator("a").first().click();
  await page.waitForURL(/\/en\/p\/\d+$/, LONG);
  const inputs = page.getByTestId("sku-row").locator("input:not([disabled])");
  await inputs.first().waitFor(LONG);
  await inputs.nth(0).fill("1000");
  await inputs.nth(1).fill("1000");
  await expect.poll(() => page.getByTestId("quantity-total").innerText(), LONG).toMatch(/2,000/);
  await page.getByTestId("add-to-cart").click();
  await expect.poll(() => page.getByTestId("add-to-cart-result").innerText(), LONG).toMatch(/added/);
}

async function fillUsAddress(page: Page) {
  await page.locator("#line1").fill("500 Congress Ave");
  await page.locator("#city").fill("Austin");
  await page.locator("#region").fill("TX");
  await page.locator("#postalCode").fill("78701");
  await page.locator("#phone").fill("+1 512 555 0100");
}

describe("wholesale by freight", () => {
  it("checks out 2,000 yoga blocks by sea LCL and pays; a courier line says it is too heavy", async () => {
    const page = await newPage();
    await signUp(page, "Dana Wholesale");
    await addYogaBlocks(page);
    await page.goto("/en/checkout");
    await page.waitForURL(/\/en\/checkout$/, LONG);
    await fillUsAddress(page);

    // The Tongda warehouse (the first) to the USA: LCL and container carry it, couriers do not.
    const lcl = page.locator('[data-testid^="line-option-"]', { hasText: "Sea LCL – USA & Canada" });
    await expect.poll(() => lcl.getAttribute("data-usable"), LONG).toBe("true");
    const courier = page.locator('[data-testid^="line-option-"]', { hasText: "Air Express – USA & Canada" });
    await expect.poll(() => courier.innerText(), LONG).toMatch(/Too heavy for this line/);
    expect(await courier.locator("input").isDisabled()).toBe(true);
    await lcl.locator("input").check();
    await expect.poll(() => page.getByTestId("checkout-summary").innerText(), LONG).toMatch(/freight tons W\/M/);
    const shown = await page.getByTestId("quote-first-payment").innerText();
    expect(await page.getByTestId("place-order").isDisabled()).toBe(false);

    await page.getByTestId("place-order").click();
    await page.waitForURL(/\/en\/pay\/test\/\d+$/, LONG);
    expect(await page.getByTestId("test-pay-amount").innerText()).toBe(shown);

    // A declined card: the order still awaits payment, and the buyer pays again.
    await page.getByTestId("test-pay-declined").click();
    await page.waitForURL(/\/en\/orders\/HZ[0-9A-Z]+$/, LONG);
    expect(await page.getByTestId("order-status").getAttribute("data-status")).toBe("pending_payment");
    expect(await page.getByTestId("payment-declined").isVisible()).toBe(true);
    await page.getByTestId("pay-goods").click();
    await page.waitForURL(/\/en\/pay\/test\/\d+$/, LONG);
    await page.getByTestId("test-pay-paid").click();
    await page.waitForURL(/\/en\/orders\/HZ[0-9A-Z]+$/, LONG);
    expect(await page.getByTestId("order-status").getAttribute("data-status")).toBe("paid");
    await page.context().close();
  });

  it("cannot be ordered through an agent with no line able to carry it, and says what to do", async () => {
    const page = await newPage();
    await signUp(page, "Eli Wholesale");
    await addYogaBlocks(page);
    await page.goto("/en/checkout");
    await page.waitForURL(/\/en\/checkout$/, LONG);
    await fillUsAddress(page);
    // Pengcheng's Shenzhen warehouse ships to the USA by air only.
    await page.locator("label", { hasText: "Shenzhen" }).locator('input[type="radio"]').check();
    await page.getByTestId("no-usable-line").waitFor(LONG);
    expect(await page.getByTestId("place-order").isDisabled()).toBe(true);
    expect(await page.getByTestId("split-order").getAttribute("href")).toMatch(/\/en\/cart$/);
    expect(await page.getByTestId("ask-quote").getAttribute("href")).toMatch(/\/en\/rfq\/new\?listing=\d+$/);
    await page.context().close();
  });
});

describe("ask us to source it", () => {
  it("turns an unknown 1688 link into quotes compared by landed cost, one accepted into the cart", async () => {
    const buyer = await newPage();
    await signUp(buyer, "Fay Sourcing");
    const link = "https://detail.1688.com/offer/987654321012.html";
    await buyer.goto(`/en/search?q=${encodeURIComponent(link)}`);
    await buyer.getByTestId("ask-sourcing").click();
    await buyer.waitForURL(/\/en\/sourcing\/new\?link=/, LONG);
    expect(await buyer.locator("#link").inputValue()).toBe(link);

    // Empty: a message next to each field.
    await buyer.locator("#link").fill("");
    await buyer.getByTestId("sourcing-submit").click();
    await expect.poll(() => buyer.getByTestId("error-link").innerText(), LONG).toMatch(/link or add a photo/);
    expect(await buyer.getByTestId("error-quantity").isVisible()).toBe(true);
    expect(await buyer.getByTestId("error-categoryId").isVisible()).toBe(true);

    await buyer.locator("#link").fill(link);
    await buyer.locator("#categoryId").selectOption({ label: "Home & Kitchen" });
    await buyer.locator("#quantity").fill("600");
    await buyer.locator("#targetPrice").fill("1.50");
    await buyer.locator("#notes").fill("Same as the linked offer, our logo on the box.");
    await buyer.getByTestId("sourcing-submit").click();
    await buyer.waitForURL(/\/en\/sourcing\/SR[0-9A-F]+\?sent=1$/, LONG);
    const card = buyer.getByTestId("sourcing-quote").filter({ hasText: factories[0].name.en });
    await card.waitFor(LONG);
    const rfqNumber = ((await card.locator('a[href*="/rfqs/RFQ"]').getAttribute("href")) ?? "").split("/").pop()!;
    expect(rfqNumber).toMatch(/^RFQ\d+$/);
    const sourcingUrl = buyer.url().replace("?sent=1", "");

    const factory = await newPage({ locale: "zh-CN" });
    await signIn(factory, "zh", "factory@haozao.test");
    await factory.goto("/zh/factory/rfqs?status=open");
    await factory.locator(`[data-testid="rfq-inbox-row"][data-number="${rfqNumber}"] [data-testid="rfq-inbox-link"]`).click();
    await factory.waitForURL(/\/zh\/factory\/rfqs\/\d+$/, LONG);
    expect(await factory.getByTestId("rfq-notes").innerText()).toContain(link);
    const rows = factory.getByTestId("quote-tier-row");
    while ((await rows.count()) > 1) await rows.last().locator("button").click();
    await rows.first().locator("input").nth(0).fill("600");
    await rows.first().locator("input").nth(1).fill("9.60");
    await factory.getByTestId("quote-submit").click();
    await expect.poll(() => factory.getByTestId("rfq-status").first().getAttribute("data-status"), LONG).toBe("quoted");
    await factory.context().close();

    await buyer.goto(sourcingUrl);
    const quoted = buyer.getByTestId("sourcing-quote").filter({ hasText: factories[0].name.en });
    await expect.poll(() => quoted.getByTestId("sourcing-landed").innerText(), LONG).toMatch(/^\$\d/);
    // The quoted card comes first: the others have not answered yet.
    expect(await buyer.getByTestId("sourcing-quote").first().innerText()).toContain(factories[0].name.en);
    await quoted.getByTestId("rfq-accept").click();
    await buyer.waitForURL(/\/en\/cart$/, LONG);
    expect(await buyer.getByTestId("cart-line").filter({ hasText: "× 600" }).count()).toBe(1);
    await buyer.context().close();
  });
});
