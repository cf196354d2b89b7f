// The second payment (SPEC 5): once the agent has packed and weighed the consolidated parcel, the
// real international shipping is charged, priced on the order's line and converted at the rate
// locked into the order. Only the agent running the order's warehouse (or an admin) may ask.
import "server-only";
import { z } from "zod";
import { ConflictError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, payments, shippingLines, warehouses } from "@/db/schema";
import { convertFromCny } from "@/lib/money/convert";
import { isCurrency } from "@/lib/money/currencies";
import { quoteLine, type Box } from "@/lib/shipping/chargeable-weight";
import { CheckoutError, NotFoundError } from "./errors";
import { addOrderEvent } from "./timeline";

export interface ShippingPaymentRequest {
  orderId: number;
  /** The agent organisation asking; null for a platform admin. */
  agentId: number | null;
  actorId: number;
  actualWeightG: number;
  box: Box;
}

export async function requestShippingPayment(db: Db, request: ShippingPaymentRequest) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ order: orders, line: shippingLines, agentId: warehouses.agentId })
      .from(orders)
      .innerJoin(warehouses, eq(warehouses.id, orders.warehouseId))
      .innerJoin(shippingLines, eq(shippingLines.id, orders.shippingLineId))
      .where(eq(orders.id, request.orderId))
      .for("update", { of: orders });
    if (!row || (request.agentId != null && row.agentId !== request.agentId)) throw new NotFoundError("order", request.orderId);
    if (!["paid", "purchasing", "at_warehouse"].includes(row.order.status)) throw new CheckoutError("notPayable");
    const open = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.orderId, row.order.id), eq(payments.kind, "shipping"), inArray(payments.status, ["pending", "succeeded"])));
    if (open.length) throw new CheckoutError("notPayable");

    const quote = quoteLine({ weightG: request.actualWeightG, box: request.box }, row.line);
    if (quote.costFen == null) throw new CheckoutError("lineTooHeavy");
    const currency = row.order.currency;
    if (!isCurrency(currency)) throw new Error(`Order ${row.order.id} has an unknown currency ${currency}`);
    const amountMinor = convertFromCny(quote.costFen, row.order.ratePerCny, currency);
    const details = {
      actualWeightG: request.actualWeightG,
      box: request.box,
      chargeableWeightG: quote.chargeableWeightG,
      costFen: quote.costFen,
      estimateMinor: row.order.intlEstimateMinor,
      differenceMinor: amountMinor - row.order.intlEstimateMinor,
    };
    const [payment] = await tx
      .insert(payments)
      .values({ orderId: row.order.id, kind: "shipping", provider: "pending", idempotencyKey: `order-${row.order.id}-shipping-request-${Date.now()}`, amountMinor, currency, details })
      .returning();
    await addOrderEvent(tx, row.order.id, "shipping_payment_requested", { amountMinor, currency, ...details }, request.actorId);
    return payment;
  });
}

/** Through the gate: a member of the agent weighs a parcel of an order at one of its warehouses. */
export const requestShippingPaymentOp = defineOperation({
  name: "orders.requestShippingPayment",
  access: access.member("agent"),
  input: z.object({
    orderId: zId,
    weightKg: z.coerce.number("invalid").positive("invalid").max(1000, "invalid"),
    lengthCm: z.coerce.number("invalid").positive("invalid").max(300, "invalid"),
    widthCm: z.coerce.number("invalid").positive("invalid").max(300, "invalid"),
    heightCm: z.coerce.number("invalid").positive("invalid").max(300, "invalid"),
  }),
  run: async ({ db, caller }, { orderId, weightKg, lengthCm, widthCm, heightCm }) => {
    try {
      await requestShippingPayment(db, {
        orderId,
        agentId: caller.organisation.organisationId,
        actorId: caller.user.id,
        actualWeightG: Math.round(weightKg * 1000),
        box: { lengthMm: Math.round(lengthCm * 10), widthMm: Math.round(widthCm * 10), heightMm: Math.round(heightCm * 10) },
      });
    } catch (error) {
      if (error instanceof CheckoutError) throw new ConflictError(error.code === "lineTooHeavy" ? "tooHeavy" : "notPayable");
      throw error;
    }
    return { orderId };
  },
});
