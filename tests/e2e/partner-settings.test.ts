// The partner's settings pages (issue 12), as the demo partner (Mongolian shop) uses them in the
// browser: a key created with its scopes, shown once, working against the API at once, then revoked
// (401); a webhook endpoint refused with the reason next to the field, then added with its signing
// secret shown once, and removed; the sandbox balance topped up and the movement listed.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";
import { signIn } from "./sign-in";

const { newPage } = useBrowser();
const WAIT = { timeout: 30_000 };

describe("the partner's settings", () => {
  it("creates a key, uses it at once, and revokes it", async () => {
    const page = await newPage({ locale: "mn-MN" });
    await signIn(page, "mn", "partner@haozao.test");
    await page.goto("/mn/partner/keys");
    const form = page.getByTestId("create-key");
    // No name: the message stands next to the field and the scopes chosen stay chosen.
    await form.locator("input[name=scopes][value='webhooks:manage']").check();
    await form.locator("button[type=submit]").click();
    const nameError = form.locator("input[name=name] + p");
    await expect.poll(() => nameError.count(), WAIT).toBe(1);
    expect(await form.locator("input[name=scopes][value='webhooks:manage']").isChecked()).toBe(true);

    const name = `e2e-${Date.now()}`;
    await form.locator("input[name=name]").fill(name);
    await form.locator("input[name=scopes][value='orders:write']").uncheck();
    await form.locator("button[type=submit]").click();
    const shown = page.getByTestId("shown-once");
    await expect.poll(() => shown.count(), WAIT).toBe(1);
    const key = (await shown.innerText()).trim();
    expect(key).toMatch(/^hz_test_/);

    const api = (path: string) => page.request.get(path, { headers: { Authorization: `Bearer ${key}` } });
    const listed = await api("/api/v1/listings?locale=mn&currency=MNT&limit=2");
    expect(listed.status()).toBe(200);
    expect((await listed.json()).items.length).toBeGreaterThan(0);
    // The scope left out is refused (403), as problem+json.
    const orders = await page.request.post("/api/v1/orders", { headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": `e2e-${Date.now()}` }, data: {} });
    expect(orders.status()).toBe(403);
    expect(orders.headers()["content-type"]).toContain("application/problem+json");

    await page.reload();
    const row = page.getByTestId("api-key").filter({ hasText: name });
    await expect.poll(() => row.count(), WAIT).toBe(1);
    expect(await row.innerText()).not.toContain(key.slice(12)); // only the prefix is ever shown again
    await row.getByTestId("revoke-key").locator("button[type=submit]").click();
    await expect.poll(() => row.getByTestId("revoke-key").count(), WAIT).toBe(0);
    expect((await api("/api/v1/listings?limit=1")).status()).toBe(401);
    await page.context().close();
  });

  it("refuses an endpoint with the reason next to the field, adds one with its secret, and removes it", async () => {
    const page = await newPage({ locale: "en-US", width: 360, height: 800 });
    await signIn(page, "en", "partner@haozao.test");
    await page.goto("/en/partner/webhooks");
    const form = page.getByTestId("create-webhook");
    const url = form.locator("input[name=url]");
    await url.fill("ftp://shop.example/hooks");
    await form.locator("input[name=events][value='order.refunded']").uncheck();
    await form.locator("button[type=submit]").click();
    await expect.poll(() => form.locator("input[name=url] + p").count(), WAIT).toBe(1);
    expect(await url.inputValue()).toBe("ftp://shop.example/hooks");
    expect(await form.locator("input[name=events][value='order.refunded']").isChecked()).toBe(false);
    expect(await form.locator("input[name=events][value='order.paid']").isChecked()).toBe(true);

    const endpoint = `https://shop-${Date.now()}.example/haozao`;
    await url.fill(endpoint);
    await form.locator("button[type=submit]").click();
    await expect.poll(() => page.getByTestId("shown-once").count(), WAIT).toBe(1);
    expect((await page.getByTestId("shown-once").innerText()).trim().length).toBeGreaterThanOrEqual(24);
    await page.reload();
    const row = page.getByTestId("webhook-endpoint").filter({ hasText: endpoint });
    await expect.poll(() => row.count(), WAIT).toBe(1);
    await row.locator("button[type=submit]").click();
    await expect.poll(() => row.count(), WAIT).toBe(0);
    await page.context().close();
  });

  it("tops up the sandbox balance and lists the movement", async () => {
    const page = await newPage({ locale: "ar", width: 360, height: 800 });
    await signIn(page, "ar", "partner@haozao.test");
    await page.goto("/ar/partner/balance");
    const entries = page.getByTestId("balance-test").getByTestId("ledger-entry");
    const before = await entries.count();
    const form = page.getByTestId("topup");
    await form.locator("select[name=currency]").selectOption("USD");
    await form.locator("input[name=amount]").fill("abc");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => form.locator("input[name=amount] + p").count(), WAIT).toBe(1);
    expect(await form.locator("input[name=amount]").inputValue()).toBe("abc");
    await form.locator("input[name=amount]").fill("25.50");
    await form.locator("button[type=submit]").click();
    await expect.poll(async () => {
      await page.reload();
      return page.getByTestId("balance-test").getByTestId("ledger-entry").count();
    }, WAIT).toBe(before + 1);
    expect(await page.getByTestId("balance-test").innerText()).toMatch(/25\.50|٢٥٫٥٠/);
    await page.context().close();
  });
});
