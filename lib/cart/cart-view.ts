// The cart as the buyer sees it: grouped by factory, each listing with the tier its total reaches,
// the MOQ it still misses and what the next tier would save, in the buyer's currency.
import "server-only";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { priceCart, type PricedListing } from "@/lib/checkout/price-cart";
import { convertFromCny, lineTotal, sumMinor, type Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { readCartItems, type CartItem, type CartListing } from "./cart-items";

export interface CartViewLine extends CartItem {
  /** The unit price the line is computed from, in CNY fen (see lib/cart/line-arithmetic.ts). */
  unitPriceFen: number;
  lineMinor: number;
  /** More than the SKU has in stock right now. */
  shortOfStock: boolean;
}

export interface CartViewListing extends CartListing {
  pricing: PricedListing;
  tierPriceMinor: number;
  nextSavingMinor: number | null;
  lines: CartViewLine[];
}

export interface CartView {
  factories: { id: number; name: string; province: string; listings: CartViewListing[] }[];
  goodsMinor: number;
  lineCount: number;
  /** Why checkout cannot go ahead yet (MOQ, stock, unavailable goods); empty when it can. */
  blockers: ("moq" | "stock" | "unavailable")[];
}

export async function cartView(db: DbOrTx, cartId: string, locale: Locale, currency: Currency, rate: Rate): Promise<CartView> {
  const { items, listings } = await readCartItems(db, cartId, locale);
  if (items.length === 0) return { factories: [], goodsMinor: 0, lineCount: 0, blockers: [] };
  const priced = priceCart(items, listings);
  const r = rate.ratePerCny;
  const viewListings = listings.map((listing): CartViewListing => {
    const pricing = priced.listings.get(listing.id)!;
    const lines = priced.lines
      .filter((l) => l.listingId === listing.id)
      .map((l) => {
        const item = items.find((i) => i.skuId === l.skuId)!;
        return {
          ...item,
          unitPriceFen: l.unitPriceFen,
          lineMinor: lineTotal(l.unitPriceFen, l.quantity, r, currency),
          shortOfStock: item.quantity > item.available,
        };
      });
    return {
      ...listing,
      pricing,
      tierPriceMinor: convertFromCny(pricing.tier.unitPriceFen, r, currency),
      nextSavingMinor: pricing.next ? convertFromCny(pricing.next.savingPerUnitFen, r, currency) : null,
      lines,
    };
  });
  const factories = new Map<number, CartView["factories"][number]>();
  for (const listing of viewListings) {
    const f = factories.get(listing.factoryId) ?? { id: listing.factoryId, name: listing.factoryName, province: listing.factoryProvince, listings: [] };
    f.listings.push(listing);
    factories.set(listing.factoryId, f);
  }
  const blockers = new Set<CartView["blockers"][number]>();
  for (const l of viewListings) {
    if (l.pricing.moqMissing > 0) blockers.add("moq");
    if (!l.buyable) blockers.add("unavailable");
    if (l.lines.some((line) => line.shortOfStock)) blockers.add("stock");
  }
  return {
    factories: [...factories.values()],
    goodsMinor: sumMinor(viewListings.flatMap((l) => l.lines.map((line) => line.lineMinor))),
    lineCount: items.length,
    blockers: [...blockers],
  };
}
