// The warehouse, first half (issue 10): the agent (in Chinese) places a purchase order from the
// purchasing queue; the factory ships one of its placed purchase orders; the agent scans it (twice:
// reported, not duplicated) and an unknown parcel, passes QC with a photo and, once the buyer (in
// English) has seen the photo and approved the goods, puts them on a shelf.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";
import { signIn } from "./sign-in";

const { newPage } = useBrowser();
const WAIT = { timeout: 30_000 };

let tracking = "";
let orderNumber = "";

describe("the warehouse receives and checks", () => {
  it("places a purchase order from the queue, and receives the factory's parcel by scanning it", async () => {
    const agent = await newPage({ locale: "zh-CN" });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto("/zh/agent/purchasing");
    const groups = agent.getByTestId("purchasing-group");
    const before = await groups.count();
    expect(before).toBeGreaterThan(0);
    await groups.first().locator("button[type=submit]").click();
    await expect.poll(() => groups.count(), WAIT).toBe(before - 1);

    // The factory ships one of its placed purchase orders.
    const factory = await newPage({ locale: "zh-CN" });
    await signIn(factory, "zh", "factory@haozao.test");
    await factory.goto("/zh/factory/purchase-orders?status=placed");
    // The oldest placed order is one of the demo buyer's (seeded); newer ones may hold orders of the
    // buyers other specs signed up, whom the demo buyer's pages rightly do not show.
    await factory.getByTestId("po-row").last().getByTestId("po-link").click();
    await factory.waitForURL(/\/zh\/factory\/purchase-orders\/\d+$/, WAIT);
    await factory.getByTestId("po-accept").click();
    await expect.poll(() => factory.getByTestId("po-status").getAttribute("data-status"), WAIT).toBe("accepted");
    tracking = `YT${Date.now()}`;
    await factory.locator("#trackingNumber").fill(tracking);
    await factory.getByTestId("po-ship").click();
    await expect.poll(() => factory.getByTestId("po-status").getAttribute("data-status"), WAIT).toBe("shipped");
    await factory.context().close();

    await agent.goto("/zh/agent/inbound?status=expected");
    expect(await agent.getByTestId("inbound-list").innerText()).toContain(tracking);
    const input = agent.getByTestId("scan-form-code");
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true); // ready for the scanner
    await input.fill(tracking.toLowerCase());
    await input.press("Enter");
    await expect.poll(() => agent.getByTestId("scan-form-notice").innerText(), WAIT).toContain("已签收");
    await expect.poll(() => input.evaluate((el) => (el as HTMLInputElement).value === "" && el === document.activeElement), WAIT).toBe(true);
    await input.fill(tracking);
    await input.press("Enter");
    await expect.poll(() => agent.getByTestId("scan-form-notice").innerText(), WAIT).toContain("不会重复记录");
    const unknown = `JT${Date.now()}`;
    await input.fill(unknown);
    await input.press("Enter");
    await expect.poll(() => agent.getByTestId("scan-form-notice").innerText(), WAIT).toContain("未匹配");
    await agent.goto(`/zh/agent/inbound?status=received`);
    const list = await agent.getByTestId("inbound-list").innerText();
    expect(list).toContain(tracking);
    expect(list).toContain(unknown);
    await agent.context().close();
  });

  it("passes QC with a photo, the buyer approves after seeing it, and the goods go on a shelf", async () => {
    expect(tracking).not.toBe("");
    const agent = await newPage({ locale: "zh-CN" });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto("/zh/agent/inbound?status=received");
    await agent.getByTestId("inbound-parcel").filter({ hasText: tracking }).locator("a").first().click();
    await agent.waitForURL(/\/zh\/agent\/parcels\/\d+$/, WAIT);
    const parcelUrl = agent.url();
    const lines = agent.getByTestId("parcel-line");
    const lineCount = await lines.count();
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#2f855a" } }).jpeg().toBuffer();
    for (let i = 0; i < lineCount; i++) {
      const form = agent.getByTestId("parcel-line").nth(i).locator("form[data-testid^=qc-form]");
      await form.locator("input[type=file]").setInputFiles({ name: "qc.jpg", mimeType: "image/jpeg", buffer: photo });
      await form.locator("button[type=submit]").click();
      await expect.poll(() => agent.getByTestId("parcel-line").nth(i).getByTestId("qc-record").count(), WAIT).toBe(1);
    }
    expect(await agent.getByTestId("qc-photo").count()).toBe(lineCount);
    await expect.poll(() => agent.getByTestId("parcel-status").getAttribute("data-status"), WAIT).toBe("qc_passed");
    orderNumber = (await agent.getByTestId("parcel-line").filter({ hasText: "Sarah Miller" }).first().getAttribute("data-order-number")) ?? "";
    expect(orderNumber).not.toBe("");

    const buyer = await newPage();
    await signIn(buyer, "en", "buyer@haozao.test");
    // The buyer sees the QC photos on the order page (reloaded until they are there, as a buyer would).
    await expect
      .poll(async () => {
        await buyer.goto(`/en/orders/${orderNumber}`);
        return buyer.getByTestId("buyer-qc-photo").count();
      }, WAIT)
      .toBeGreaterThan(0);
    const photoUrl = await buyer.getByTestId("buyer-qc-photo").first().getAttribute("src");
    expect((await buyer.request.get(photoUrl!)).headers()["content-type"]).toBe("image/webp");
    const approve = buyer.locator("form[data-testid^=approve-] button[type=submit]");
    while ((await approve.count()) > 0) {
      const n = await approve.count();
      await approve.first().click();
      await expect.poll(() => approve.count(), WAIT).toBe(n - 1);
    }
    expect(await buyer.getByTestId("line-decision").first().innerText()).toContain("approved");

    await agent.goto(parcelUrl);
    for (let i = 0; i < lineCount; i++) {
      const form = agent.locator("form[data-testid^=store-form-]").first();
      await form.locator("input[name=shelf]").fill(`e2e-${i}`);
      await form.locator("button[type=submit]").click();
      await expect.poll(() => agent.getByTestId("shelf").count(), WAIT).toBe(i + 1);
    }
    await expect.poll(() => agent.getByTestId("parcel-status").getAttribute("data-status"), WAIT).toBe("stored");
    await buyer.goto(`/en/orders/${orderNumber}`);
    expect(await buyer.getByTestId("storage-clock").first().innerText()).toMatch(/free days? left/);
    await agent.context().close();
    await buyer.context().close();
  });
});
