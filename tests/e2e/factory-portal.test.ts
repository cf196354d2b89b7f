// The factory portal in Chinese: a new user opens a factory account and sees the empty dashboard; the
// platform admin verifies it; the demo factory changes a SKU's stock in the grid, exports the CSV and
// imports it back with one bad row, which is reported while the good row is applied.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { licenceCheckCharacter } from "@/lib/factories/licence-number";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

async function signIn(page: Page, email: string) {
  await page.goto("/zh/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("haozao-demo");
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

const run = Date.now().toString(36);
const factoryNameEn = `Cixi Lantern Test Works ${run}`;

describe("factory portal", () => {
  it("opens a factory account from sign-up and shows the empty dashboard", async () => {
    const page = await newPage({ locale: "zh-CN" });
    await page.goto("/zh/sign-up");
    await page.getByTestId("factory-sign-up").locator("a").click();
    await page.waitForURL(/\/zh\/sign-up\?next=%2Ffactory-onboarding$/);
    expect(await page.getByTestId("factory-sign-up-notice").isVisible()).toBe(true);
    await page.locator("#name").fill("陈红");
    await page.locator("#email").fill(`chen-${run}@example.com`);
    await page.locator("#password").fill("a long enough password");
    await page.getByTestId("sign-up-submit").click();
    await page.waitForURL((url) => url.pathname === "/zh/factory-onboarding");

    // A wrong check character and a missing category are refused next to their fields; nothing typed is lost.
    const body = "91330282MA2" + run.slice(-6).toUpperCase().replace(/[IOSVZ]/g, "A").padStart(6, "0");
    await page.locator("#nameZh").fill("慈溪灯笼测试厂");
    await page.locator("#nameEn").fill(factoryNameEn);
    await page.locator("#licenceNumber").fill(body + (licenceCheckCharacter(body) === "0" ? "1" : "0"));
    await page.locator("#foundedYear").fill("2012");
    await page.locator("#province").selectOption("Zhejiang");
    await page.locator("#city").fill("慈溪");
    await page.getByTestId("onboarding-submit").click();
    await expect.poll(() => page.getByTestId("error-licenceNumber").innerText()).toContain("统一社会信用代码");
    expect(await page.getByTestId("error-mainCategoryIds").innerText()).toContain("主营类目");
    expect(await page.locator("#nameEn").inputValue()).toBe(factoryNameEn);
    expect(await page.locator("#province").inputValue()).toBe("Zhejiang");

    await page.locator("#licenceNumber").fill(body + licenceCheckCharacter(body));
    await page.getByTestId("onboarding-category").nth(0).check();
    await page.getByTestId("onboarding-category").nth(2).check();
    await page.getByTestId("onboarding-submit").click();
    await page.waitForURL((url) => url.pathname === "/zh/factory");
    expect(await page.getByTestId("portal-factory-name").innerText()).toBe(factoryNameEn);
    expect(await page.getByTestId("verification-pending").isVisible()).toBe(true);
    expect(await page.getByTestId("kpi-orders-value").innerText()).toBe("0");
    expect(await page.getByTestId("sales-chart-empty").isVisible()).toBe(true);
    expect(await page.getByTestId("getting-started").isVisible()).toBe(true);
    await page.context().close();
  });

  it("lets the platform admin verify the new factory, and nobody else see that page", async () => {
    const admin = await newPage({ locale: "zh-CN" });
    await signIn(admin, "admin@haozao.test");
    await admin.goto("/zh/admin/factories?show=unverified");
    const row = admin.locator(`[data-testid=admin-factory][data-name="${factoryNameEn}"]`);
    expect(await row.getByTestId("factory-status").getAttribute("data-verified")).toBe("0");
    await row.getByTestId("verify-factory").click();
    await expect.poll(() => admin.locator(`[data-testid=admin-factory][data-name="${factoryNameEn}"]`).count()).toBe(0); // left "awaiting"
    await admin.goto("/zh/admin/factories?show=verified");
    expect(await admin.locator(`[data-testid=admin-factory][data-name="${factoryNameEn}"] [data-testid=factory-status]`).getAttribute("data-verified")).toBe("1");
    await admin.context().close();

    const factory = await newPage({ locale: "zh-CN" });
    await signIn(factory, "factory@haozao.test");
    const response = await factory.goto("/zh/admin/factories");
    expect(response?.status()).toBe(404);
    await factory.context().close();
  });

  it("saves stock in the grid, exports the CSV and reports the bad row of an import", async () => {
    const page = await newPage({ locale: "zh-CN" });
    await signIn(page, "factory@haozao.test");
    expect(new URL(page.url()).pathname).toBe("/zh/factory"); // a factory member lands in the portal, in Chinese

    await page.goto("/zh/factory/stock");
    const row = page.getByTestId("stock-row").first();
    const code = await row.getAttribute("data-sku-code");
    const skuId = await row.getAttribute("data-sku-id");
    const stock = row.getByTestId("stock-input");
    const before = Number(await stock.inputValue());
    await stock.fill("很多");
    await page.getByTestId("save-stock").click();
    await expect.poll(() => row.getByTestId("row-error-stock").innerText()).toContain("整数");
    expect(await stock.inputValue()).toBe("很多");
    await stock.fill(String(before + 7));
    expect(await page.getByTestId("changed-count").innerText()).toContain("1");
    await page.getByTestId("save-stock").click();
    await expect.poll(() => page.getByTestId("form-notice").innerText()).toContain("已保存 1 个 SKU");
    await page.reload();
    expect(await page.locator(`[data-testid=stock-row][data-sku-id="${skuId}"]`).getByTestId("stock-input").inputValue()).toBe(String(before + 7));

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/^haozao-listings-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records.length).toBeGreaterThan(2);
    expect(records.some((r) => r.sku_code === code && r.stock === String(before + 7))).toBe(true);

    // Row 2 of the sheet gets a new stock; row 3 a negative one, which is refused on its own.
    const [good, bad] = records;
    const edited = [{ ...good, stock: "4321" }, { ...bad, stock: "-5" }];
    const file = stringify(edited, { header: true, columns: Object.keys(good), bom: true });
    await page.getByTestId("csv-file").setInputFiles({ name: "listings.csv", mimeType: "text/csv", buffer: Buffer.from(file, "utf8") });
    await page.getByTestId("csv-import-submit").click();
    const errors = page.getByTestId("csv-error");
    await expect.poll(() => errors.count()).toBe(1);
    expect(await errors.first().locator("td").allInnerTexts()).toEqual(["3", "stock", "库存请填写 0 或以上的整数。"]);
    expect(await page.getByTestId("form-error").innerText()).toContain("已生效 1 行");

    await page.goto(`/zh/factory/stock?q=${good.listing_id}`);
    const applied = page.locator(`[data-testid=stock-row][data-listing-id="${good.listing_id}"][data-sku-code="${good.sku_code}"]`);
    expect(await applied.getByTestId("stock-input").inputValue()).toBe("4321");
    await page.context().close();
  });
});
