import "server-only";
// One purchase order of the caller's factory as its page shows it: the agent and the warehouse to
// deliver to, each line (listing title in the page's locale, options, SKU, quantity, rejected with
// its reason), the expected parcel once shipped, and the purchase order's timeline.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  agents, inboundParcels, listingOptionValues, listingPhotos, listings, listingTranslations, orderLines, purchaseOrderLines, skus, timelineEvents, warehouses,
} from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { pickLabel, pickTranslation } from "@/lib/catalog/localized";
import { findFactoryPurchaseOrder } from "./find-factory-purchase-order";

export async function getFactoryPurchaseOrder(db: DbOrTx, factoryId: number, purchaseOrderId: number, locale: Locale) {
  const po = await findFactoryPurchaseOrder(db, factoryId, purchaseOrderId);
  const [[place], rows, parcels, events] = await Promise.all([
    db
      .select({ warehouse: warehouses, agentName: agents.name })
      .from(warehouses)
      .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
      .where(eq(warehouses.id, po.warehouseId)),
    db
      .select({ poLine: purchaseOrderLines, line: orderLines, sku: skus, sourceLocale: listings.sourceLocale })
      .from(purchaseOrderLines)
      .innerJoin(orderLines, eq(orderLines.id, purchaseOrderLines.orderLineId))
      .innerJoin(skus, eq(skus.id, orderLines.skuId))
      .innerJoin(listings, eq(listings.id, orderLines.listingId))
      .where(eq(purchaseOrderLines.purchaseOrderId, po.id))
      .orderBy(asc(orderLines.id)),
    db.select().from(inboundParcels).where(eq(inboundParcels.purchaseOrderId, po.id)).orderBy(asc(inboundParcels.id)),
    db.select().from(timelineEvents).where(eq(timelineEvents.purchaseOrderId, po.id)).orderBy(asc(timelineEvents.createdAt), asc(timelineEvents.id)),
  ]);
  const listingIds = [...new Set(rows.map((r) => r.line.listingId))];
  const valueIds = [...new Set(rows.flatMap((r) => r.sku.optionValueIds))];
  const [titles, photos, values] = await Promise.all([
    listingIds.length
      ? db
          .select({ listingId: listingTranslations.listingId, locale: listingTranslations.locale, title: listingTranslations.title, origin: listingTranslations.origin })
          .from(listingTranslations)
          .where(inArray(listingTranslations.listingId, listingIds))
      : [],
    listingIds.length
      ? db
          .selectDistinctOn([listingPhotos.listingId], { listingId: listingPhotos.listingId, key: listingPhotos.storageKey })
          .from(listingPhotos)
          .where(inArray(listingPhotos.listingId, listingIds))
          .orderBy(listingPhotos.listingId, asc(listingPhotos.position))
      : [],
    valueIds.length
      ? db.select({ id: listingOptionValues.id, label: listingOptionValues.label }).from(listingOptionValues).where(and(inArray(listingOptionValues.id, valueIds)))
      : [],
  ]);
  const labelOf = new Map(values.map((v) => [v.id, pickLabel(v.label, locale)]));
  const lines = rows.map(({ poLine, line, sku, sourceLocale }) => {
    const title = pickTranslation(titles.filter((t) => t.listingId === line.listingId), locale, sourceLocale);
    const options = sku.optionValueIds.map((id) => labelOf.get(id)?.text ?? "").filter(Boolean);
    return {
      orderLineId: line.id,
      listingId: line.listingId,
      title: title?.value.title ?? line.snapshot.title,
      titleLocale: title?.locale ?? "en",
      options: options.length === sku.optionValueIds.length ? options.join(" / ") : line.snapshot.options,
      skuCode: sku.code,
      photoKey: photos.find((p) => p.listingId === line.listingId)?.key ?? null,
      quantity: poLine.quantity,
      rejected: poLine.rejected,
      rejectReason: poLine.rejectReason,
      lineStatus: line.status,
    };
  });
  return {
    po,
    agentName: pickLabel(place.agentName, locale).text,
    warehouse: { ...place.warehouse, name: pickLabel(place.warehouse.name, locale).text },
    lines,
    parcels,
    events,
  };
}

export type FactoryPurchaseOrder = Awaited<ReturnType<typeof getFactoryPurchaseOrder>>;
