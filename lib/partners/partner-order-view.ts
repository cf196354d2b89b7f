// A partner's orders as the API shows them (another organisation's order: not found).
import "server-only";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { orderLines, orders, payments } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { Currency } from "@/lib/money/currencies";

type OrderRow = typeof orders.$inferSelect;

async function views(db: DbOrTx, rows: OrderRow[], origin: string) {
  if (rows.length === 0) return [];
  const ids = rows.map((o) => o.id);
  const [lines, pays] = await Promise.all([
    db.select().from(orderLines).where(inArray(orderLines.orderId, ids)).orderBy(orderLines.id),
    db.select().from(payments).where(and(inArray(payments.orderId, ids), eq(payments.kind, "goods"))).orderBy(desc(payments.id)),
  ]);
  return rows.map((o) => {
    const m = (amountMinor: number) => ({ amountMinor, currency: o.currency as Currency });
    const payment = pays.find((p) => p.orderId === o.id);
    return {
      id: o.id,
      number: o.number,
      status: o.status,
      test: o.test,
      reference: o.partnerReference,
      currency: o.currency as Currency,
      address: o.address,
      warehouseId: o.warehouseId,
      shippingLineId: o.shippingLineId,
      lines: lines
        .filter((l) => l.orderId === o.id)
        .map((l) => ({
          skuId: l.skuId,
          listingId: l.listingId,
          title: l.snapshot.title,
          options: l.snapshot.options,
          quantity: l.quantity,
          unitPrice: m(Math.round(l.lineTotalMinor / l.quantity)),
          total: m(l.lineTotalMinor),
          status: l.status,
        })),
      amounts: {
        goods: m(o.goodsMinor),
        serviceFee: m(o.serviceFeeMinor),
        domesticShipping: m(o.domesticShippingMinor),
        internationalEstimate: m(o.intlEstimateMinor),
        dutyEstimate: m(o.dutyEstimateMinor),
        firstPayment: m(o.firstPaymentMinor),
      },
      payment: payment
        ? {
            method: payment.provider === "balance" ? ("balance" as const) : ("checkout" as const),
            status: payment.status,
            checkoutUrl: payment.checkoutUrl ? (payment.checkoutUrl.startsWith("/") ? origin + payment.checkoutUrl : payment.checkoutUrl) : null,
          }
        : null,
      createdAt: o.createdAt.toISOString(),
      paidAt: o.paidAt?.toISOString() ?? null,
    };
  });
}

export async function readPartnerOrder(db: DbOrTx, partnerId: number, orderId: number, origin: string) {
  const rows = await db.select().from(orders).where(and(eq(orders.id, orderId), eq(orders.partnerId, partnerId)));
  if (rows.length === 0) throw new NotFoundError("order", orderId);
  return (await views(db, rows, origin))[0];
}

export async function listPartnerOrders(db: DbOrTx, partnerId: number, options: { beforeId?: number; limit: number; origin: string }) {
  const rows = await db
    .select()
    .from(orders)
    .where(and(eq(orders.partnerId, partnerId), options.beforeId ? lt(orders.id, options.beforeId) : undefined))
    .orderBy(desc(orders.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  return { items: await views(db, page, options.origin), nextId: rows.length > options.limit ? page[page.length - 1].id : null };
}
