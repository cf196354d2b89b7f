// The factory's two conversations with the market: a buyer (in English) asks the demo factory for a
// quote, the factory (in Chinese) answers with price breaks, the buyer accepts and finds the goods
// in the cart at the quoted price; then the factory accepts a purchase order, prints its packing
// slip and ships it with a tracking number.
import sharp from "sharp";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { factories } from "@/seed/content/factories";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

async function signIn(page: Page, locale: string, email: string) {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("haozao-demo");
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL((url) => !url.pathname.includes("/sign-in"));
}

let number = "";
let quantity = 0;

describe("requests for quotation", () => {
  it("are asked by a buyer in English from a listing page, signing in first", async () => {
    const buyer = await newPage();
    // The demo factory's profile, from the home page, then its first listing.
    await buyer.goto("/en");
    await buyer.locator("a", { hasText: factories[0].name.en }).first().click();
    await buyer.waitForURL(/\/en\/f\/\d+/);
    await buyer.getByTestId("listing-card").first().locator("a").first().click();
    await buyer.waitForURL(/\/en\/p\/\d+$/);
    const listingUrl = buyer.url();
    await buyer.getByTestId("ask-quote").click();
    // Signed out: sign in, and come back to the request form.
    await buyer.waitForURL(/\/en\/sign-in\?next=/);
    await buyer.locator("#email").fill("buyer@haozao.test");
    await buyer.locator("#password").fill("haozao-demo");
    await buyer.getByTestId("sign-in-submit").click();
    await buyer.waitForURL(/\/en\/rfq\/new\?listing=\d+$/);
    expect(listingUrl.endsWith(new URL(buyer.url()).searchParams.get("listing")!)).toBe(true);

    const moq = Number(await buyer.locator("#quantity").getAttribute("min"));
    quantity = moq * 3;
    await buyer.locator("#quantity").fill(String(moq - 1 || 0));
    await buyer.locator("#targetPrice").fill("1.10");
    await buyer.locator("#notes").fill("Our logo printed on each piece, please.");
    await buyer.getByTestId("rfq-submit").click();
    await expect.poll(() => buyer.getByTestId("error-quantity").innerText()).toMatch(/at least|whole number/);
    expect(await buyer.locator("#notes").inputValue()).toBe("Our logo printed on each piece, please."); // nothing typed is lost

    await buyer.locator("#quantity").fill(String(quantity));
    const logo = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#1d4ed8" } }).png().toBuffer();
    await buyer.locator("#attachment").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
    await buyer.getByTestId("rfq-submit").click();
    await buyer.waitForURL(/\/en\/rfqs\/RFQ\d+/);
    number = (await buyer.getByTestId("rfq-number").innerText()).trim();
    expect(await buyer.getByTestId("rfq-status").getAttribute("data-status")).toBe("open");
    expect(await buyer.getByTestId("rfq-quantity").innerText()).toContain(quantity.toLocaleString("en"));
    expect(await buyer.getByTestId("rfq-target").innerText()).toMatch(/1\.10/);
    const image = await buyer.request.get(await buyer.getByTestId("rfq-attachment").getAttribute("href") ?? "");
    expect(image.headers()["content-type"]).toMatch(/^image\/(png|jpeg)$/);
    await buyer.context().close();
  });

  it("are answered by the factory in Chinese with price breaks, and accepted by the buyer into the cart", async () => {
    expect(number).not.toBe("");
    const factory = await newPage({ locale: "zh-CN" });
    await signIn(factory, "zh", "factory@haozao.test");
    await factory.goto("/zh/factory/rfqs?status=open");
    await factory.locator(`[data-testid="rfq-inbox-row"][data-number="${number}"] [data-testid="rfq-inbox-link"]`).click();
    await factory.waitForURL(/\/zh\/factory\/rfqs\/\d+$/);
    expect(await factory.getByTestId("rfq-notes").innerText()).toContain("Our logo printed");

    // One break at the asked quantity, one above; a zero price is refused next to its cell, in Chinese.
    const rows = factory.getByTestId("quote-tier-row");
    while ((await rows.count()) > 1) await rows.last().locator("button").click();
    await rows.first().locator("input").nth(0).fill(String(quantity));
    await rows.first().locator("input").nth(1).fill("0");
    await factory.getByTestId("quote-add-tier").click();
    await rows.nth(1).locator("input").nth(0).fill(String(quantity * 4));
    await rows.nth(1).locator("input").nth(1).fill("7.90");
    await factory.getByTestId("quote-submit").click();
    await expect.poll(() => factory.getByTestId("error-tiers").innerText()).toContain("人民币");
    await rows.first().locator("input").nth(1).fill("8.80");
    await factory.locator("#note").fill("含单色丝印logo");
    await factory.getByTestId("quote-submit").click();
    await factory.getByTestId("rfq-quote").first().waitFor();
    await expect.poll(() => factory.getByTestId("rfq-status").first().getAttribute("data-status")).toBe("quoted");
    expect(await factory.getByTestId("rfq-quote-price").first().innerText()).toBe("¥8.80");
    await factory.getByTestId("rfq-message-body").fill("您好，样品3天可寄出。");
    await factory.getByTestId("rfq-message-send").click();
    await expect.poll(() => factory.getByTestId("rfq-message").count()).toBe(1);
    await factory.context().close();

    const buyer = await newPage();
    await signIn(buyer, "en", "buyer@haozao.test");
    await buyer.goto(`/en/rfqs/${number}`);
    expect(await buyer.getByTestId("rfq-status").getAttribute("data-status")).toBe("quoted");
    expect(await buyer.getByTestId("rfq-message").innerText()).toContain("样品");
    const price = (await buyer.getByTestId("rfq-quote-price").first().innerText()).trim();
    expect(await buyer.getByTestId("rfq-accept-summary").innerText()).toContain(price);
    await buyer.getByTestId("rfq-accept").click();
    await buyer.waitForURL(/\/en\/cart$/);
    // The line is the quote's: the quantity asked, at the quoted unit price (the cart shows the
    // arithmetic in yuan, the factory's currency, and the line converted once beside it).
    const line = buyer.getByTestId("cart-line").filter({ hasText: ` × ${quantity.toLocaleString("en")}` });
    expect(await line.count()).toBe(1);
    await buyer.goto(`/en/rfqs/${number}`);
    expect(await buyer.getByTestId("rfq-status").getAttribute("data-status")).toBe("accepted");
    expect(await buyer.getByTestId("rfq-in-cart").isVisible()).toBe(true);
    await buyer.context().close();
  });
});

describe("purchase orders", () => {
  it("are accepted by the factory in Chinese, packed with the packing slip and shipped with a tracking number", async () => {
    const page = await newPage({ locale: "zh-CN" });
    await signIn(page, "zh", "factory@haozao.test");
    await page.goto("/zh/factory/purchase-orders");
    const placed = Number(await page.getByTestId("tab-count-placed").innerText());
    const shipped = Number(await page.getByTestId("tab-count-shipped").innerText());
    expect(placed).toBeGreaterThan(0);
    const row = page.getByTestId("po-row").first();
    const poNumber = await row.getAttribute("data-number");
    await row.getByTestId("po-link").click();
    await page.waitForURL(/\/zh\/factory\/purchase-orders\/\d+$/);
    expect(await page.getByTestId("po-number").innerText()).toBe(poNumber);

    await page.getByTestId("po-accept").click();
    await expect.poll(() => page.getByTestId("po-status").getAttribute("data-status")).toBe("accepted");

    const slip = await page.request.get((await page.getByTestId("po-packing-slip").getAttribute("href"))!);
    expect(slip.status()).toBe(200);
    expect(slip.headers()["content-type"]).toBe("application/pdf");
    expect((await slip.body()).subarray(0, 4).toString()).toBe("%PDF");

    await page.locator("#trackingNumber").fill("#12");
    await page.getByTestId("po-ship").click();
    await expect.poll(() => page.getByTestId("error-trackingNumber").innerText()).toContain("快递单号");
    const tracking = `YT${Date.now()}`;
    await page.locator("#trackingNumber").fill(tracking);
    await page.getByTestId("po-ship").click();
    await expect.poll(() => page.getByTestId("po-status").getAttribute("data-status")).toBe("shipped");
    expect(await page.getByTestId("po-shipped").innerText()).toContain(tracking);

    await page.goto("/zh/factory/purchase-orders?status=shipped");
    expect(await page.locator(`[data-testid="po-row"][data-number="${poNumber}"]`).count()).toBe(1);
    expect(Number(await page.getByTestId("tab-count-shipped").innerText())).toBe(shipped + 1);
    expect(Number(await page.getByTestId("tab-count-placed").innerText())).toBe(placed - 1);
    await page.context().close();
  });
});
