import "server-only";
// Consolidation (SPEC 6): the buyer (from their orders page, across orders at one warehouse) or the
// agent picks stored goods and a shipping line of that warehouse's agent to the buyer's country;
// the parcel is predicted (chargeable weight and cost) before anything is packed; the buyer sets the
// declared value and optional insurance, and may ask for rehearsal packing. Goods of another buyer,
// of another warehouse, not stored, or already in a shipment are refused. One transaction.
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { rowsOf, type Db } from "@/db/client";
import { agents, orderLines, orders, shipmentItems, shipments, shippingLineCountries, shippingLines, warehouses } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { isCurrency } from "@/lib/money/currencies";
import { decimalStringToMinor } from "@/lib/money/format";
import { recordLineEvents } from "@/lib/warehouse/order-events";
import { insuranceMinor, predictParcel } from "./predict-parcel";
import { listStoredGoods } from "./stored-goods";

export const shipmentNumber = (id: number, date: Date) => `SH${date.toISOString().slice(0, 10).replaceAll("-", "")}${String(id).padStart(6, "0")}`;

export interface CreateShipmentInput {
  qcCheckIds: number[];
  shippingLineId: number;
  /** In the orders' currency: minor units, or the decimal text a buyer typed ("120.50"). */
  declaredValueMinor?: number;
  declaredValue?: string;
  insured: boolean;
  rehearsal: boolean;
}

export async function createShipment(db: Db, buyerId: number, input: CreateShipmentInput, options: { actorId?: number | null; agentId?: number; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const ids = [...new Set(input.qcCheckIds)];
  if (!ids.length) throw new ValidationError([{ path: ["qcCheckIds"], key: "wh.pickGoods" }]);
  return db.transaction(async (tx) => {
    // Lock the lines first: two requests for the same goods never both succeed.
    const items = await listStoredGoods(tx, buyerId, { qcCheckIds: ids });
    if (items.length !== ids.length) throw new ConflictError("wh.goodsNotAvailable");
    await tx.select({ id: orderLines.id }).from(orderLines).where(inArray(orderLines.id, items.map((i) => i.orderLineId))).for("update");
    const again = await listStoredGoods(tx, buyerId, { qcCheckIds: ids });
    if (again.length !== ids.length) throw new ConflictError("wh.goodsNotAvailable");
    const warehouseIds = new Set(items.map((i) => i.warehouseId));
    if (warehouseIds.size !== 1) throw new ConflictError("wh.oneWarehouse");
    const warehouseId = items[0].warehouseId;
    const currencies = new Set(items.map((i) => i.currency));
    if (currencies.size !== 1) throw new ConflictError("wh.oneCurrency");
    const currency = items[0].currency;
    const declaredValueMinor =
      input.declaredValueMinor ?? (isCurrency(currency) && input.declaredValue != null ? decimalStringToMinor(input.declaredValue.trim(), currency) : null);
    if (declaredValueMinor == null || !Number.isSafeInteger(declaredValueMinor) || declaredValueMinor < 0 || declaredValueMinor > 1_000_000_000) {
      throw new ValidationError([{ path: ["declaredValue"], key: "wh.declaredValue" }]);
    }

    const [wh] = await tx.select({ agentId: warehouses.agentId, agent: agents }).from(warehouses).innerJoin(agents, eq(agents.organisationId, warehouses.agentId)).where(eq(warehouses.id, warehouseId));
    if (options.agentId != null && wh.agentId !== options.agentId) throw new NotFoundError("warehouse", warehouseId);
    // The newest of the orders gives the address, country and locked rate.
    const [order] = await tx
      .select()
      .from(orders)
      .where(inArray(orders.id, [...new Set(items.map((i) => i.orderId))]))
      .orderBy(sql`${orders.createdAt} desc`)
      .limit(1);
    const [line] = await tx
      .select({ line: shippingLines })
      .from(shippingLines)
      .innerJoin(shippingLineCountries, and(eq(shippingLineCountries.lineId, shippingLines.id), eq(shippingLineCountries.country, order.country)))
      .where(and(eq(shippingLines.id, input.shippingLineId), eq(shippingLines.agentId, wh.agentId), eq(shippingLines.active, true)));
    if (!line) throw new ValidationError([{ path: ["shippingLineId"], key: "shippingLine" }]);
    const prediction = predictParcel(
      items.map((i) => ({ weightG: i.unitWeightG, box: { lengthMm: i.lengthMm, widthMm: i.widthMm, heightMm: i.heightMm }, quantity: i.quantity })),
      line.line,
    );
    if (prediction.costFen == null) throw new ValidationError([{ path: ["shippingLineId"], key: "tooHeavy" }]);

    const [{ id }] = rowsOf<{ id: number }>(await tx.execute(sql`select nextval(pg_get_serial_sequence('shipments', 'id'))::int as id`));
    const shipmentId = Number(id);
    const number = shipmentNumber(shipmentId, now);
    await tx.insert(shipments).values({
      id: shipmentId, number, buyerId, warehouseId, shippingLineId: line.line.id, status: "requested", rehearsal: input.rehearsal,
      declaredValueMinor, insured: input.insured,
      insuranceMinor: input.insured ? insuranceMinor(declaredValueMinor, wh.agent.insuranceBps) : 0,
      rehearsalFen: input.rehearsal ? wh.agent.rehearsalPackingFen : 0,
      currency: order.currency, ratePerCny: order.ratePerCny, address: order.address, country: order.country,
      predictedWeightG: prediction.weightG, predictedChargeableG: prediction.chargeableWeightG, predictedCostFen: prediction.costFen,
      createdBy: options.actorId ?? buyerId, createdAt: now,
    });
    await tx.insert(shipmentItems).values(items.map((i) => ({ shipmentId, orderLineId: i.orderLineId, quantity: Math.max(1, i.quantity) })));
    await recordLineEvents(tx, items.map((i) => i.orderLineId), "shipment.requested", { shipmentNumber: number, rehearsal: input.rehearsal, insured: input.insured }, { shipmentId }, options.actorId ?? buyerId);
    return { id: shipmentId, number, prediction };
  });
}

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true || v === "1", z.boolean());

export const createShipmentOp = defineOperation({
  name: "shipments.create",
  access: access.user,
  input: z.object({
    qcCheckIds: z.preprocess((v) => (v == null ? [] : Array.isArray(v) ? v : [v]), z.array(zId).max(200, "invalid")),
    shippingLineId: zId,
    declaredValue: z.string().max(20, "wh.declaredValue"),
    insured: checkbox,
    rehearsal: checkbox,
  }),
  run: ({ db, caller }, input) => createShipment(db, caller.user.id, input, { actorId: caller.user.id }),
});
