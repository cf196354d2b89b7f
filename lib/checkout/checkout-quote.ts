// Everything the checkout breakdown needs, read from the database (never from the browser), and
// the quote itself. The checkout page previews it; placing the order recomputes it in its transaction.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agents, dutyRates, shippingLineCountries, shippingLines, warehouses } from "@/db/schema";
import { getCurrentRates } from "@/lib/catalog/rates";
import type { Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { CheckoutError } from "@/lib/orders/errors";
import type { CartItem, CartListing } from "@/lib/cart/cart-items";
import { quoteCheckout, type Quote } from "./quote";

export interface CheckoutChoice {
  warehouseId: number;
  shippingLineId: number;
  country: string;
  currency: Currency;
}

type Cart = { items: CartItem[]; listings: CartListing[] };

export interface CheckoutQuote {
  quote: Quote;
  rate: Rate;
  warehouse: typeof warehouses.$inferSelect;
  line: typeof shippingLines.$inferSelect;
}

/** The quote for one shipping line; a refusal is thrown as a CheckoutError. */
export async function checkoutQuote(db: DbOrTx, cart: Cart, choice: CheckoutChoice): Promise<CheckoutQuote> {
  const [only] = await checkoutQuotes(db, cart, { ...choice, shippingLineIds: [choice.shippingLineId] });
  if (only.problem) throw only.problem;
  return only.quote!;
}

export interface LineQuoteResult {
  shippingLineId: number;
  quote: CheckoutQuote | null;
  problem: CheckoutError | null;
}

/** Why a line cannot carry a checkout's goods. */
const refusalProblem = { tooHeavy: "lineTooHeavy", tooLarge: "lineTooLarge" } as const;

/**
 * Quotes for several shipping lines at once (the checkout lists each line's price): the warehouse,
 * the lines, the rates and the duty table are read once. A problem of the whole cart is thrown; a
 * problem of one line (another agent's line, a country it does not serve, goods too heavy or too
 * large for it) is returned with that line.
 */
export async function checkoutQuotes(db: DbOrTx, cart: Cart, choice: Omit<CheckoutChoice, "shippingLineId"> & { shippingLineIds: number[] }): Promise<LineQuoteResult[]> {
  if (cart.items.length === 0) throw new CheckoutError("cartEmpty");
  if (cart.listings.some((l) => !l.buyable)) throw new CheckoutError("unavailable");

  const [found] = await db
    .select({ warehouse: warehouses, agent: agents })
    .from(warehouses)
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(and(eq(warehouses.id, choice.warehouseId), eq(warehouses.active, true)));
  if (!found) throw new CheckoutError("warehouse");

  // A line must be the same agent's (it ships from its warehouse) and serve the country.
  const [lines, served, rates, duty] = await Promise.all([
    choice.shippingLineIds.length
      ? db
          .select({ line: shippingLines })
          .from(shippingLines)
          .where(and(inArray(shippingLines.id, choice.shippingLineIds), eq(shippingLines.active, true), eq(shippingLines.agentId, found.warehouse.agentId)))
      : [],
    choice.shippingLineIds.length
      ? db
          .select({ lineId: shippingLineCountries.lineId })
          .from(shippingLineCountries)
          .where(and(inArray(shippingLineCountries.lineId, choice.shippingLineIds), eq(shippingLineCountries.country, choice.country)))
      : [],
    getCurrentRates(db),
    db.select({ hsPrefix: dutyRates.hsPrefix, rateBps: dutyRates.rateBps }).from(dutyRates).where(eq(dutyRates.country, choice.country)),
  ]);
  const rate = rates[choice.currency];
  const dutyBps = new Map(duty.map((d) => [d.hsPrefix, d.rateBps]));
  const servedIds = new Set(served.map((s) => s.lineId));

  return choice.shippingLineIds.map((shippingLineId) => {
    const line = lines.find((l) => l.line.id === shippingLineId)?.line;
    if (!line) return { shippingLineId, quote: null, problem: new CheckoutError("shippingLine") };
    if (!servedIds.has(line.id)) return { shippingLineId, quote: null, problem: new CheckoutError("lineNotServed", { country: choice.country }) };
    const quote = quoteCheckout({
      lines: cart.items,
      listings: cart.listings,
      warehouseProvince: found.warehouse.province,
      agent: { serviceFeeBps: found.agent.serviceFeeBps, minServiceFeeFen: found.agent.minServiceFeeFen },
      shippingLine: line,
      dutyBps,
      currency: choice.currency,
      ratePerCny: rate.ratePerCny,
    });
    if (quote.moqMissing.length) throw new CheckoutError("moqMissing", { listings: quote.moqMissing });
    if (quote.intlFen == null) {
      return { shippingLineId, quote: null, problem: new CheckoutError(refusalProblem[quote.intlRefusal ?? "tooHeavy"], { maxWeightG: line.maxWeightG, maxVolumeL: line.maxVolumeL }) };
    }
    return { shippingLineId, quote: { quote, rate, warehouse: found.warehouse, line }, problem: null };
  });
}
