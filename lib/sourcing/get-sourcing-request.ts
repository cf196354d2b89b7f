import "server-only";
// A buyer's sourcing request with the factories' answers side by side (issue 11): each factory's
// current quote, ranked by landed unit cost at the requested quantity in the buyer's currency
// (lib/pricing/landed-cost.ts: quoted tier + domestic shipping + the agent's fee + the cheapest
// line to the buyer's country). Another buyer's request is "not found".
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, listings, rfqs, sourcingRequests } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { defaultAgent } from "@/lib/catalog/price-comparison";
import { NotFoundError } from "@/lib/errors";
import { convertFromCny } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { landedUnitCost } from "@/lib/pricing/landed-cost";
import { rfqDetail, type RfqDetail } from "@/lib/rfqs/rfq-details";
import { listShippingLines } from "@/lib/shipping/shipping-lines";

export interface SourcingAnswer {
  detail: RfqDetail;
  /** The quote the buyer can accept now, if any. */
  quote: RfqDetail["quotes"][number] | null;
  /** Quoted unit price at the request's quantity, and the landed unit cost, in the buyer's currency minor units. */
  unitMinor: number | null;
  landedUnitMinor: number | null;
  /** The quantity the landed cost is for: the request's, or the quote's first break if higher. */
  quantity: number;
}

export async function getSourcingRequest(
  db: DbOrTx,
  buyerId: number,
  number: string,
  view: { locale: Locale; currency: Currency; ratePerCny: string; country: string },
) {
  const [request] = await db
    .select({ request: sourcingRequests })
    .from(sourcingRequests)
    .where(and(eq(sourcingRequests.number, number), eq(sourcingRequests.buyerId, buyerId)));
  if (!request) throw new NotFoundError("sourcing request", number);
  const rows = await db.select().from(rfqs).where(eq(rfqs.sourcingRequestId, request.request.id)).orderBy(asc(rfqs.id));
  const [details, agent, lines, goods] = await Promise.all([
    Promise.all(rows.map((rfq) => rfqDetail(db, rfq, view.locale))),
    defaultAgent(db, view.locale),
    listShippingLines(db, view.locale),
    rows.length
      ? db
          .select({ id: listings.id, weightG: listings.weightG, lengthMm: listings.lengthMm, widthMm: listings.widthMm, heightMm: listings.heightMm, province: factories.province })
          .from(listings)
          .innerJoin(factories, eq(factories.organisationId, listings.factoryId))
          .where(inArray(listings.id, rows.map((r) => r.listingId)))
      : [],
  ]);
  const goodsById = new Map(goods.map((g) => [g.id, g]));
  const quantity = request.request.quantity;

  const answers: SourcingAnswer[] = details.map((detail) => {
    const quote = detail.quotes.find((q) => q.current && !q.expired) ?? null;
    const g = goodsById.get(detail.rfq.listingId);
    if (!quote || !g || !agent?.warehouse) return { detail, quote, unitMinor: null, landedUnitMinor: null, quantity };
    const atLeast = Math.max(quantity, Math.min(...quote.tiers.map((t) => t.minQty)));
    const cost = landedUnitCost({
      tiers: quote.tiers,
      quantity: atLeast,
      moq: 1,
      weightG: g.weightG,
      box: { lengthMm: g.lengthMm, widthMm: g.widthMm, heightMm: g.heightMm },
      factoryProvince: g.province,
      warehouseProvince: agent.warehouse.province,
      agent,
      lines,
      country: view.country,
    });
    return {
      detail,
      quote,
      quantity: atLeast,
      unitMinor: convertFromCny(cost.tierPriceFen, view.ratePerCny, view.currency),
      landedUnitMinor: cost.internationalFen == null ? null : convertFromCny(cost.perUnitFen, view.ratePerCny, view.currency),
    };
  });
  // Cheapest landed first; quotes without a landed cost after them; factories yet to answer last.
  answers.sort(
    (a, b) =>
      Number(a.quote == null) - Number(b.quote == null) ||
      Number(a.landedUnitMinor == null) - Number(b.landedUnitMinor == null) ||
      (a.landedUnitMinor ?? 0) - (b.landedUnitMinor ?? 0) ||
      a.detail.rfq.id - b.detail.rfq.id,
  );
  return {
    request: request.request,
    warehouse: agent?.warehouse ?? null,
    answers,
  };
}

export type SourcingRequestView = Awaited<ReturnType<typeof getSourcingRequest>>;
