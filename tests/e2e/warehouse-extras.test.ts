// The warehouse's extras in the browser (issue 10, items 4–5): the buyer (in English, on a phone)
// orders an extra QC photo of a checked line on the order page, priced in their currency; the agent
// (in Chinese) sees the request on the parcel page, is refused a photo beyond the order with a clear
// message, and uploads the one ordered; the buyer sees the 4th photo and the notification; once the
// goods are consolidated and packed, the shipment's breakdown shows the extra photos on both sides.
// Its own goods are prepared in the server's database through the same operations the pages call,
// so it does not depend on what other specs did with the demo goods.
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { memberships, orders, users } from "@/db/schema";
import { acceptPurchaseOrder } from "@/lib/purchase-orders/accept-purchase-order";
import { createPurchaseOrders } from "@/lib/purchase-orders/create-purchase-orders";
import { markPurchaseOrderShipped } from "@/lib/purchase-orders/mark-purchase-order-shipped";
import { packShipment, startPacking } from "@/lib/shipments/pack-shipment";
import { decideGoods } from "@/lib/warehouse/decide-goods";
import { receiveParcel } from "@/lib/warehouse/receive-parcel";
import { recordQc } from "@/lib/warehouse/record-qc";
import { storeGoods } from "@/lib/warehouse/store-goods";
import { demoRoute } from "../../seed/orders";
import { insertPaidOrder, skusOfFactory } from "../fixtures/paid-orders";
import { useBrowser } from "./browser";
import { signIn } from "./sign-in";

const { newPage } = useBrowser();
const WAIT = { timeout: 30_000 };
const databaseUrl = inject("databaseUrl");
let database: Database;
let agentId: number;
const goods = { orderNumber: "", lineId: 0, parcelId: 0, qcCheckId: 0 };

const jpeg = (colour: string) => sharp({ create: { width: 320, height: 240, channels: 3, background: colour } }).jpeg().toBuffer();

beforeAll(async () => {
  if (!databaseUrl) throw new Error("The extras spec needs DATABASE_URL (it prepares its goods in the server's database)");
  database = await openDatabase({ url: databaseUrl, max: 4 });
  const db = database.db;
  const orgOf = async (email: string) => {
    const [u] = await db.select({ id: users.id, org: memberships.organizationId }).from(users).innerJoin(memberships, eq(memberships.userId, users.id)).where(eq(users.email, email));
    return u;
  };
  const [buyer] = await db.select({ id: users.id }).from(users).where(eq(users.email, "buyer@haozao.test"));
  const factory = await orgOf("factory@haozao.test");
  const agent = await orgOf("agent@haozao.test");
  agentId = agent.org;
  const { warehouse, line } = await demoRoute(db, agent.org);
  const [sku] = await skusOfFactory(db, factory.org, 1);
  const order = await insertPaidOrder(db, { buyerId: buyer.id, agents: [[agent.org, warehouse.id]], shippingLineId: line.id }, warehouse.id, [{ skuId: sku.id, quantity: 2 }]);
  const [po] = await createPurchaseOrders(db, agent.org, { orderLineIds: order.lineIds });
  await acceptPurchaseOrder(db, factory.org, po.id);
  const tracking = `YTEXTRA${Date.now()}`;
  await markPurchaseOrderShipped(db, factory.org, po.id, { carrier: "圆通速递", trackingNumber: tracking });
  const scan = await receiveParcel(db, agent.org, warehouse.id, tracking, agent.id);
  const photos = await Promise.all(["#2f855a", "#2b6cb0", "#b7791f"].map(async (c) => new Blob([new Uint8Array(await jpeg(c))], { type: "image/jpeg" })));
  const qc = await recordQc(db, agent.org, { parcelId: scan.parcelId, orderLineId: order.lineIds[0], fields: { countedQuantity: "2", optionsMatch: "on", result: "passed" }, photos }, agent.id);
  await decideGoods(db, buyer.id, qc.qcCheckId, "accept");
  await storeGoods(db, agent.org, qc.qcCheckId, "E2E-X1", agent.id);
  // The order page takes numbers as checkout writes them (letters and digits).
  const [o] = await db.update(orders).set({ number: `HZX${Date.now().toString(36).toUpperCase()}` }).where(eq(orders.id, order.orderId)).returning({ number: orders.number });
  Object.assign(goods, { orderNumber: o.number, lineId: order.lineIds[0], parcelId: scan.parcelId, qcCheckId: qc.qcCheckId });
});
afterAll(async () => database?.close());

describe("extra QC photos and the shipment's extras", () => {
  it("are ordered by the buyer, taken by the agent, seen by the buyer and billed with the shipment", async () => {
    const buyer = await newPage({ width: 360, height: 800 });
    await signIn(buyer, "en", "buyer@haozao.test");
    await buyer.goto(`/en/orders/${goods.orderNumber}`);
    const line = buyer.getByTestId("line-goods").filter({ has: buyer.getByTestId(`extra-photos-${goods.lineId}`) });
    expect(await line.getByTestId("buyer-qc-photo").count()).toBe(3);
    expect(await line.getByTestId("line-photo-count").innerText()).toContain("3 photos of 3");
    const form = buyer.getByTestId(`extra-photos-${goods.lineId}`);
    expect(await form.locator("label").innerText()).toMatch(/£\d+\.\d\d each/); // priced in the buyer's currency
    await form.locator("select[name=count]").selectOption("1");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => line.getByTestId("line-photo-count").innerText(), WAIT).toContain("1 extra photo ordered");
    expect(await line.getByTestId("line-unbilled").innerText()).toMatch(/Extras to pay with the shipment: £/);

    const agent = await newPage({ locale: "zh-CN" });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto(`/zh/agent/parcels/${goods.parcelId}`);
    const parcelLine = agent.getByTestId("parcel-line").filter({ hasText: goods.orderNumber });
    expect(await parcelLine.getByTestId("extra-photo-request").innerText()).toContain("买家加购了 1 张照片");
    const upload = agent.getByTestId(`add-photos-${goods.lineId}`);
    // Two photos where one was ordered: refused next to the field, in Chinese.
    await upload.locator("input[type=file]").setInputFiles([
      { name: "a.jpg", mimeType: "image/jpeg", buffer: await jpeg("#805ad5") },
      { name: "b.jpg", mimeType: "image/jpeg", buffer: await jpeg("#d53f8c") },
    ]);
    await upload.locator("button[type=submit]").click();
    await expect.poll(() => upload.getByTestId("error-photos").innerText(), WAIT).toContain("只能拍买家加购的数量");
    expect(await parcelLine.getByTestId("qc-photo").count()).toBe(3);
    await upload.locator("input[type=file]").setInputFiles({ name: "a.jpg", mimeType: "image/jpeg", buffer: await jpeg("#805ad5") });
    await upload.locator("button[type=submit]").click();
    await expect.poll(() => parcelLine.getByTestId("qc-photo").count(), WAIT).toBe(4);
    expect(await agent.getByTestId(`add-photos-${goods.lineId}`).count()).toBe(0); // nothing more to take

    await expect.poll(async () => {
      await buyer.goto(`/en/orders/${goods.orderNumber}`);
      return buyer.getByTestId("line-goods").filter({ has: buyer.getByTestId(`extra-photos-${goods.lineId}`) }).getByTestId("buyer-qc-photo").count();
    }, WAIT).toBe(4);
    await buyer.goto("/en/notifications");
    expect(await buyer.locator("[data-testid=notification][data-kind=extra_photos]").filter({ hasText: goods.orderNumber }).count()).toBe(1);

    // The buyer consolidates these goods alone; the agent packs them.
    await buyer.goto("/en/shipments");
    const group = buyer.getByTestId("consolidate-group").filter({ has: buyer.locator(`input[name=qcCheckIds][value="${goods.qcCheckId}"]`) });
    const boxes = group.locator("input[name=qcCheckIds]");
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if ((await box.getAttribute("value")) === String(goods.qcCheckId)) await box.check();
      else await box.uncheck();
    }
    await group.locator("fieldset").nth(1).locator("label", { hasText: "Predicted parcel" }).first().locator("input").check();
    await group.locator("input[name=declaredValue]").fill("20.00");
    await group.locator("button[type=submit]").click();
    await buyer.waitForURL(/\/en\/shipments\/SH\d+$/, WAIT);
    const number = (await buyer.getByTestId("shipment-number").innerText()).trim();
    expect(await buyer.getByTestId("shipment-item").count()).toBe(1);

    await agent.goto("/zh/agent/shipments?status=requested");
    await agent.getByTestId("agent-shipment").filter({ hasText: number }).locator("a").first().click();
    await agent.waitForURL(/\/zh\/agent\/shipments\/\d+$/, WAIT);
    const id = Number(agent.url().split("/").at(-1));
    await startPacking(database.db, agentId, id, null);
    await packShipment(database.db, agentId, id, { weightKg: "0.8", lengthCm: "20", widthCm: "15", heightCm: "10" }, null);
    await agent.reload();
    expect(await agent.getByTestId("shipment-extra-photos").innerText()).toContain("加拍质检照片");

    await buyer.reload();
    const extra = await buyer.getByTestId("shipment-extra-photos").innerText();
    expect(extra).toMatch(/Extra QC photos\s*£\d+\.\d\d/);
    expect(await buyer.getByTestId("shipment-amount").innerText()).toMatch(/£\d+\.\d\d/);
    await agent.context().close();
    await buyer.context().close();
  });
});
