// The warehouse, second half (issue 10): the buyer (in English) consolidates stored goods of several
// orders, sees the predicted parcel, asks for rehearsal packing; the agent (in Chinese) packs and
// weighs it and prints the label and the commercial invoice; the buyer approves the rehearsal and
// pays the shipping; the agent ships and reports tracking; the buyer follows the timeline (with the
// QC photos on the order) and confirms delivery. Starts from the demo warehouse, whose stored goods
// come from several orders.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";
import { signIn } from "./sign-in";

const { newPage } = useBrowser();
const WAIT = { timeout: 30_000 };

describe("a consolidated shipment", () => {
  it("is requested by the buyer, packed by the agent, paid, shipped and confirmed delivered", async () => {
    const buyer = await newPage();
    await signIn(buyer, "en", "buyer@haozao.test");
    await buyer.goto("/en/shipments");
    const group = buyer.getByTestId("consolidate-group").first();
    const goods = group.locator("input[name=qcCheckIds]");
    expect(await goods.count()).toBeGreaterThanOrEqual(2);
    const orders = new Set((await group.locator("fieldset").first().innerText()).match(/HZ[0-9A-Z]+/g));
    expect(orders.size).toBeGreaterThanOrEqual(2); // goods of two orders or more
    expect(await group.locator("fieldset").nth(1).innerText()).toMatch(/Predicted parcel .* kg chargeable/);
    // A line that can carry them, its price beside the prediction.
    await group.locator("fieldset").nth(1).locator("label", { hasText: "Predicted parcel" }).first().locator("input").check();
    // A declared value that is not an amount is refused next to its field, the choices kept.
    await group.locator("input[name=declaredValue]").fill("lots");
    await group.locator("input[name=rehearsal]").check();
    await group.locator("button[type=submit]").click();
    await expect.poll(() => group.getByTestId("error-declaredValue").innerText(), WAIT).toMatch(/declared value/i);
    await group.locator("input[name=declaredValue]").fill("85.00");
    await group.locator("input[name=rehearsal]").check();
    await group.locator("fieldset").nth(1).locator("label", { hasText: "Predicted parcel" }).first().locator("input").check();
    await group.locator("button[type=submit]").click();
    await buyer.waitForURL(/\/en\/shipments\/SH\d+$/, WAIT);
    const number = (await buyer.getByTestId("shipment-number").innerText()).trim();
    expect(await buyer.getByTestId("shipment-status").getAttribute("data-status")).toBe("requested");
    expect(await buyer.getByTestId("predicted").innerText()).toMatch(/kg/);

    const agent = await newPage({ locale: "zh-CN" });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto("/zh/agent/shipments?status=requested");
    await agent.getByTestId("agent-shipment").filter({ hasText: number }).locator("a").first().click();
    await agent.waitForURL(/\/zh\/agent\/shipments\/\d+$/, WAIT);
    await agent.getByTestId("start-packing-submit").click();
    await expect.poll(() => agent.getByTestId("shipment-status").getAttribute("data-status"), WAIT).toBe("packing");
    await agent.getByTestId("pack-form-weightKg").fill("3.6");
    await agent.getByTestId("pack-form-lengthCm").fill("45");
    await agent.getByTestId("pack-form-widthCm").fill("35");
    await agent.getByTestId("pack-form-heightCm").fill("25");
    await agent.getByTestId("pack-form-submit").click();
    await expect.poll(() => agent.getByTestId("shipment-status").getAttribute("data-status"), WAIT).toBe("packed");
    for (const doc of ["print-label", "print-invoice"]) {
      const pdf = await agent.request.get((await agent.getByTestId(doc).getAttribute("href"))!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
    }
    // Nothing ships before the rehearsal is approved and the shipping paid.
    await agent.getByTestId("ship-form-trackingNumber").fill("1Z999AA10123456784");
    await agent.getByTestId("ship-form-submit").click();
    await expect.poll(() => agent.getByTestId("form-error").innerText(), WAIT).toContain("预打包");

    await buyer.reload();
    await buyer.getByTestId("approve-rehearsal-submit").click();
    await expect.poll(() => buyer.getByTestId("pay-shipment").count(), WAIT).toBe(1);
    expect(await buyer.getByTestId("shipment-difference").innerText()).toMatch(/Difference from the prediction/);
    await buyer.getByTestId("pay-shipment-submit").click();
    await buyer.waitForURL(/\/en\/pay\/test\/\d+$/, WAIT);
    await buyer.getByTestId("test-pay-paid").click();
    // The test provider's page returns to the order the payment names; the shipment shows it paid.
    await buyer.waitForURL(/\/en\/(orders|shipments)\/[A-Z0-9]+/, WAIT);
    await buyer.goto(`/en/shipments/${number}`);
    await expect.poll(async () => {
      await buyer.reload();
      return buyer.getByTestId("shipment-payment-status").innerText();
    }, WAIT).toBe("Paid");

    await agent.reload();
    await agent.getByTestId("ship-form-trackingNumber").fill("1Z999AA10123456784");
    await agent.getByTestId("ship-form-submit").click();
    await expect.poll(() => agent.getByTestId("shipment-status").getAttribute("data-status"), WAIT).toBe("shipped");
    await agent.getByTestId("tracking-form-stage").selectOption("export_customs");
    await agent.getByTestId("tracking-form-location").fill("上海浦东");
    await agent.getByTestId("tracking-form-submit").click();
    await expect.poll(() => agent.getByTestId("shipment-events").innerText(), WAIT).toContain("出口清关");
    await agent.context().close();

    await buyer.reload();
    const timeline = await buyer.getByTestId("shipment-events").innerText();
    for (const step of ["Shipment requested", "Packed and weighed", "Rehearsal packing approved", "Shipping paid", "Shipped", "Export customs"]) expect(timeline).toContain(step);
    await buyer.getByTestId("confirm-delivery-submit").click();
    await expect.poll(() => buyer.getByTestId("shipment-status").getAttribute("data-status"), WAIT).toBe("delivered");

    // The order's one timeline, from payment to delivery, with the QC photos in it.
    const order = [...orders][0];
    await buyer.goto(`/en/orders/${order}`);
    const orderTimeline = await buyer.getByTestId("order-timeline").innerText();
    for (const step of ["Quality check passed", "Goods stored", "Shipped", "Delivered"]) expect(orderTimeline).toContain(step);
    expect(await buyer.getByTestId("timeline-photos").count()).toBeGreaterThan(0);
    await buyer.context().close();
  });
});
