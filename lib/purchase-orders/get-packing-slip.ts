import "server-only";
// What a packing slip shows, for a purchase order of the caller's factory: the lines still to ship
// (title and options in the listing's own language — the factory's — SKU code, quantity), the
// warehouse to deliver to, and the factory.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  agents, factories, listingOptionValues, listings, listingTranslations, orderLines, purchaseOrderLines, skus, warehouses,
  type LocalizedLabel,
} from "@/db/schema";
import { findFactoryPurchaseOrder } from "./find-factory-purchase-order";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export interface PackingSlip {
  number: string;
  createdAt: Date;
  carrier: string | null;
  trackingNumber: string | null;
  factory: { nameZh: string; nameEn: string; province: string; city: string };
  warehouse: { code: string; name: LocalizedLabel; agentName: LocalizedLabel; province: string; city: string; address: string; addressZh: string; phone: string; postalCode: string };
  lines: { orderLineId: number; title: string; options: string; skuCode: string; quantity: number }[];
}

export async function getPackingSlip(db: DbOrTx, factoryId: number, purchaseOrderId: number): Promise<PackingSlip> {
  const po = await findFactoryPurchaseOrder(db, factoryId, purchaseOrderId);
  const [[factory], [warehouse], rows] = await Promise.all([
    db.select().from(factories).where(eq(factories.organisationId, po.factoryId)),
    db
      .select({ warehouse: warehouses, agentName: agents.name })
      .from(warehouses)
      .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
      .where(eq(warehouses.id, po.warehouseId)),
    db
      .select({
        orderLineId: orderLines.id, quantity: purchaseOrderLines.quantity, snapshot: orderLines.snapshot, skuCode: skus.code,
        optionValueIds: skus.optionValueIds, sourceLocale: listings.sourceLocale, title: listingTranslations.title,
      })
      .from(purchaseOrderLines)
      .innerJoin(orderLines, eq(orderLines.id, purchaseOrderLines.orderLineId))
      .innerJoin(skus, eq(skus.id, orderLines.skuId))
      .innerJoin(listings, eq(listings.id, orderLines.listingId))
      .leftJoin(listingTranslations, and(eq(listingTranslations.listingId, listings.id), eq(listingTranslations.locale, listings.sourceLocale)))
      .where(and(eq(purchaseOrderLines.purchaseOrderId, po.id), eq(purchaseOrderLines.rejected, false)))
      .orderBy(asc(orderLines.id)),
  ]);
  const valueIds = [...new Set(rows.flatMap((r) => r.optionValueIds))];
  const labels = new Map(
    (valueIds.length
      ? await db.select({ id: listingOptionValues.id, label: listingOptionValues.label }).from(listingOptionValues).where(inArray(listingOptionValues.id, valueIds))
      : []
    ).map((v) => [v.id, v.label]),
  );
  return {
    number: po.number,
    createdAt: po.createdAt,
    carrier: po.carrier,
    trackingNumber: po.trackingNumber,
    factory: { nameZh: factory.nameZh, nameEn: factory.nameEn, province: factory.province, city: factory.city },
    warehouse: {
      code: warehouse.warehouse.code, name: warehouse.warehouse.name, agentName: warehouse.agentName, province: warehouse.warehouse.province,
      city: warehouse.warehouse.city, address: warehouse.warehouse.address, addressZh: warehouse.warehouse.addressZh,
      phone: warehouse.warehouse.phone, postalCode: warehouse.warehouse.postalCode,
    },
    lines: rows.map((r) => {
      const options = r.optionValueIds.map((id) => labels.get(id)?.[r.sourceLocale] ?? labels.get(id)?.en).filter(Boolean);
      return {
        orderLineId: r.orderLineId,
        title: r.title ?? r.snapshot.title,
        options: options.length === r.optionValueIds.length ? options.join(" / ") : r.snapshot.options,
        skuCode: r.skuCode,
        quantity: r.quantity,
      };
    }),
  };
}

/** Through the gate: a member of the factory prints the packing slip of one of its purchase orders. */
export const getPackingSlipOp = defineOperation({
  name: "purchaseOrders.packingSlip",
  access: access.member("factory"),
  input: z.object({ id: zId }),
  run: ({ db, caller }, { id }) => getPackingSlip(db, caller.organisation.organisationId, id),
});
