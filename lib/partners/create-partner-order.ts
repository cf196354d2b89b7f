// An order from the partner API, for the partner's end customer: the same quote, rate lock and
// stock reservation as the site's checkout (lib/orders/place-order.ts createOrder), owned by the
// partner organisation (buyer: its service user), marked test for test keys. The Idempotency-Key
// makes retries safe: the same key and body answer the first order; the same key with another
// body is a conflict. Concurrent identical requests meet at the unique index (partner, key).
import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { factories, listings, orders, skus } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { describeItems } from "@/lib/cart/cart-items";
import type { Address } from "@/lib/checkout/address";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Currency } from "@/lib/money/currencies";
import { createOrder } from "@/lib/orders/place-order";
import { checkoutRefusal } from "./checkout-refusal";
import { partnerServiceUser } from "./service-user";

export interface PartnerOrderInput {
  lines: { skuId: number; quantity: number }[];
  address: Address;
  warehouseId: number;
  shippingLineId: number;
  currency: Currency;
  locale: Locale;
  reference?: string;
}

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: unknown } | null;
  return !!e && (e.code === "23505" || isUniqueViolation(e.cause));
};

export async function createPartnerOrder(db: Db, partner: { id: number; mode: "test" | "live" }, input: PartnerOrderInput, idempotencyKey: string): Promise<{ orderId: number; created: boolean }> {
  const requestHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  const existing = async () => {
    const [found] = await db.select({ id: orders.id, requestHash: orders.requestHash }).from(orders).where(and(eq(orders.partnerId, partner.id), eq(orders.idempotencyKey, idempotencyKey)));
    if (!found) return null;
    if (found.requestHash !== requestHash) throw new ConflictError("partnerIdempotencyReused");
    return { orderId: found.id, created: false };
  };
  const first = await existing();
  if (first) return first;

  const buyerId = await partnerServiceUser(db, partner.id);
  try {
    return await db.transaction(async (tx) => {
      const quantities = new Map<number, number>();
      for (const line of input.lines) quantities.set(line.skuId, (quantities.get(line.skuId) ?? 0) + line.quantity);
      const rows = await tx
        .select({ sku: skus, listing: listings, factory: factories })
        .from(skus)
        .innerJoin(listings, eq(listings.id, skus.listingId))
        .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
        .where(inArray(skus.id, [...quantities.keys()]));
      const unknown = input.lines.findIndex((l) => !rows.some((r) => r.sku.id === l.skuId));
      if (unknown >= 0) throw new ValidationError([{ path: ["body", "lines", unknown, "skuId"], key: "partnerSkuUnknown" }]);
      const cart = await describeItems(
        tx,
        rows.map((r) => ({ ...r, item: { skuId: r.sku.id, quantity: quantities.get(r.sku.id)!, quotedUnitPriceFen: null } })),
        input.locale,
      );
      const order = await createOrder(tx, cart, {
        buyerId,
        currency: input.currency,
        address: input.address,
        warehouseId: input.warehouseId,
        shippingLineId: input.shippingLineId,
        idempotencyKey,
        partner: { id: partner.id, reference: input.reference ?? null, test: partner.mode === "test", requestHash },
      });
      return { orderId: order.id, created: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const again = await existing();
      if (again) return again;
    }
    throw checkoutRefusal(error);
  }
}
