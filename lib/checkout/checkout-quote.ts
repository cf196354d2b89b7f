// Everything the checkout breakdown needs, read from the database (never from the browser), and
// the quote itself. The checkout page previews it; placing the order recomputes it in its transaction.
import "server-only";
import { and, eq } from "drizzle-orm";
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

export interface CheckoutQuote {
  quote: Quote;
  rate: Rate;
  warehouse: typeof warehouses.$inferSelect;
  line: typeof shippingLines.$inferSelect;
}

export async function checkoutQuote(db: DbOrTx, cart: { items: CartItem[]; listings: CartListing[] }, choice: CheckoutChoice): Promise<CheckoutQuote> {
  if (cart.items.length === 0) throw new CheckoutError("cartEmpty");
  if (cart.listings.some((l) => !l.buyable)) throw new CheckoutError("unavailable");

  const [found] = await db
    .select({ warehouse: warehouses, agent: agents })
    .from(warehouses)
    .innerJoin(agents, eq(agents.organisationId, warehouses.agentId))
    .where(and(eq(warehouses.id, choice.warehouseId), eq(warehouses.active, true)));
  if (!found) throw new CheckoutError("warehouse");

  // The line must be the same agent's (it ships from its warehouse) and serve the country.
  const [line] = await db
    .select({ line: shippingLines })
    .from(shippingLines)
    .innerJoin(shippingLineCountries, and(eq(shippingLineCountries.lineId, shippingLines.id), eq(shippingLineCountries.country, choice.country)))
    .where(and(eq(shippingLines.id, choice.shippingLineId), eq(shippingLines.active, true), eq(shippingLines.agentId, found.warehouse.agentId)));
  if (!line) throw new CheckoutError("shippingLine");

  const [rates, duty] = await Promise.all([
    getCurrentRates(db),
    db.select({ hsPrefix: dutyRates.hsPrefix, rateBps: dutyRates.rateBps }).from(dutyRates).where(eq(dutyRates.country, choice.country)),
  ]);
  const rate = rates[choice.currency];
  const quote = quoteCheckout({
    lines: cart.items,
    listings: cart.listings.map((l) => ({ ...l, tiers: l.tiers })),
    warehouseProvince: found.warehouse.province,
    agent: { serviceFeeBps: found.agent.serviceFeeBps, minServiceFeeFen: found.agent.minServiceFeeFen },
    shippingLine: line.line,
    dutyBps: new Map(duty.map((d) => [d.hsPrefix, d.rateBps])),
    currency: choice.currency,
    ratePerCny: rate.ratePerCny,
  });
  if (quote.moqMissing.length) throw new CheckoutError("moqMissing", { listings: quote.moqMissing });
  if (quote.intlFen == null) throw new CheckoutError("lineTooHeavy");
  return { quote, rate, warehouse: found.warehouse, line: line.line };
}
