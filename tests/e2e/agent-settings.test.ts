// The agent's settings (issue 10, item 1), in Chinese as agent staff use them: the free storage days
// saved; a new shipping line whose price preview follows the step price as it is typed; a shelf
// added to the warehouse and offered by a parcel's store form; a bad value refused next to its
// field with the other typed values kept (on a phone's screen).
import { describe, expect, it } from "vitest";
import { PHONE_WIDTH, useBrowser } from "./browser";
import { signIn } from "./sign-in";

const { newPage } = useBrowser();
const WAIT = { timeout: 30_000 };

describe("the agent's settings", () => {
  it("saves the free storage days, and previews a line's prices as its rates are typed", async () => {
    const agent = await newPage({ locale: "zh-CN" });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto("/zh/agent");
    await agent.getByTestId("agent-nav-settings").click();
    await agent.waitForURL(/\/zh\/agent\/settings$/, WAIT);

    const days = agent.getByTestId("policies-form-freeStorageDays");
    const next = (await days.inputValue()) === "75" ? "80" : "75";
    await days.fill(next);
    await agent.getByTestId("policies-form-submit").click();
    await expect.poll(() => agent.getByTestId("policies-form-notice").innerText(), WAIT).toContain("已保存");
    await agent.reload();
    expect(await agent.getByTestId("policies-form-freeStorageDays").inputValue()).toBe(next);

    // A new line (inactive, so that no buyer's checkout changes): the preview prices it as typed.
    await agent.getByTestId("settings-tab-lines").click();
    await agent.getByTestId("line-new").click();
    await agent.waitForURL(/\/zh\/agent\/settings\/lines\/new$/, WAIT);
    const code = `e2e-air-${Date.now().toString(36)}`;
    const fill = (name: string, value: string) => agent.getByTestId(`line-form-${name}`).fill(value);
    await fill("code", code);
    await fill("nameZh", "测试空运专线");
    await fill("nameEn", "Test air line");
    await fill("firstPrice", "80");
    await fill("stepPrice", "30");
    await fill("daysMin", "7");
    await fill("daysMax", "12");
    await agent.getByTestId("line-form-country-AU").check();
    await agent.getByTestId("line-form-active").uncheck();
    // 2.3 kg: the first 0.5 kg, then 4 steps of 0.5 kg.
    const sample = agent.locator("[data-testid=line-preview-row][data-weight-g='2300'] [data-testid=line-preview-price]");
    await expect.poll(() => sample.innerText(), WAIT).toBe("¥200.00");
    await agent.getByTestId("line-form-submit").click();
    await agent.waitForURL(/\/zh\/agent\/settings\/lines\/\d+$/, WAIT);

    await fill("stepPrice", "25.50");
    await expect.poll(() => sample.innerText(), WAIT).toBe("¥182.00");
    await fill("stepPrice", "x");
    await expect.poll(() => agent.getByTestId("line-preview-invalid").count(), WAIT).toBe(1);
    await fill("stepPrice", "25.50");
    await agent.getByTestId("line-form-submit").click();
    await expect.poll(() => agent.getByTestId("line-form-notice").innerText(), WAIT).toContain("已保存");
    await agent.reload();
    expect(await agent.getByTestId("line-form-stepPrice").inputValue()).toBe("25.50");
    expect(await sample.innerText()).toBe("¥182.00");
    await agent.context().close();
  });

  it("adds a shelf to the warehouse, and a parcel's store form offers it", async () => {
    const agent = await newPage({ locale: "zh-CN" });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto("/zh/agent/settings/warehouses");
    await agent.locator("[data-testid=warehouse-row][data-code=tongda-yiwu] a").click();
    await agent.waitForURL(/\/zh\/agent\/settings\/warehouses\/\d+$/, WAIT);
    const shelf = `E${Date.now().toString(36).toUpperCase()}`;
    await agent.getByTestId("shelves-add-codes").fill(shelf.toLowerCase());
    await agent.getByTestId("shelves-add-submit").click();
    await expect.poll(() => agent.locator(`[data-testid=shelf-item][data-code=${shelf}]`).count(), WAIT).toBe(1);
    expect(await agent.locator(`[data-testid=shelf-item][data-code=${shelf}]`).innerText()).toContain("空");

    // The seeded goods the buyer approved wait for a shelf on a checked parcel.
    await agent.goto("/zh/agent/inbound?status=qc_passed");
    const links = await agent.locator("[data-testid=inbound-parcel] a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    let offered: string | null = null;
    for (const href of links) {
      await agent.goto(href);
      const form = agent.locator("form[data-testid^=store-form-]").first();
      if ((await form.count()) === 0) continue;
      const option = form.locator(`datalist option[value="${shelf}"]`);
      offered = (await option.count()) ? await option.getAttribute("label") : "";
      break;
    }
    expect(offered).toContain(shelf);
    await agent.context().close();
  });

  it("refuses a bad value next to its field and keeps what else was typed", async () => {
    const agent = await newPage({ locale: "zh-CN", width: PHONE_WIDTH });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto("/zh/agent/settings");
    const before = await agent.getByTestId("policies-form-minServiceFee").inputValue();
    await agent.getByTestId("policies-form-minServiceFee").fill("12.345");
    await agent.getByTestId("policies-form-insurancePercent").fill("3.5");
    await agent.getByTestId("policies-form-qcApprovalDays").fill("6");
    await agent.getByTestId("policies-form-submit").click();
    await expect.poll(() => agent.getByTestId("error-minServiceFee").count(), WAIT).toBe(1);
    expect(await agent.getByTestId("error-minServiceFee").innerText()).toContain("请输入以元为单位的金额");
    expect(await agent.getByTestId("policies-form-minServiceFee").inputValue()).toBe("12.345");
    expect(await agent.getByTestId("policies-form-insurancePercent").inputValue()).toBe("3.5");
    expect(await agent.getByTestId("policies-form-qcApprovalDays").inputValue()).toBe("6");
    expect(await agent.getByTestId("error-insurancePercent").count()).toBe(0);
    await agent.reload();
    expect(await agent.getByTestId("policies-form-minServiceFee").inputValue()).toBe(before);
    await agent.context().close();
  });
});
