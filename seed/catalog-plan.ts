// Plans the demo listings: which factory sells which design of which product, at what price.
// Pure and deterministic, so tests can check the plan without a database.
import { categories } from "./content/categories";
import { factories } from "./content/factories";
import { productTypesA } from "./content/products-a";
import { productTypesB } from "./content/products-b";
import { random } from "./random";
import type { CategorySeed, DesignSeed, FactorySeed, ProductTypeSeed } from "./types";

export const productTypes: ProductTypeSeed[] = [...productTypesA, ...productTypesB];

export interface PlannedListing {
  key: string; // stable: `${productType}/${design}/${factory}`
  productType: ProductTypeSeed;
  design: DesignSeed;
  designIndex: number;
  factory: FactorySeed;
  /** 0..3: which seller of this design (drives the photo variant and title variant). */
  seller: number;
  topCategory: string;
  basePriceFen: number;
  moq: number;
  leadTimeDays: number;
  soldCount: number;
  daysAgo: number;
}

const topOf = new Map<string, string>();
for (const top of categories) for (const leaf of top.children ?? []) topOf.set(leaf.slug, top.slug);

export const leafCategories = (): CategorySeed[] => categories.flatMap((c) => c.children ?? []);

/** Rounds a price to something a factory would quote: whole jiao below 100 CNY, whole yuan above. */
function quotePrice(fen: number) {
  return fen >= 10000 ? Math.round(fen / 100) * 100 : Math.max(10, Math.round(fen / 10) * 10);
}

export function planListings(): PlannedListing[] {
  const planned: PlannedListing[] = [];
  for (const pt of productTypes) {
    const top = topOf.get(pt.category);
    if (!top) throw new Error(`Product type ${pt.key} has unknown category ${pt.category}`);
    // Only the factories whose trade is this product's category sell it (up to four of them): a
    // cosmetics-tools factory never lists sneakers.
    const makers = factories.filter((f) => f.trade.includes(pt.category));
    if (makers.length === 0) throw new Error(`No factory makes ${pt.category} (product type ${pt.key})`);
    pt.designs.forEach((design, designIndex) => {
      const rnd = random(`${pt.key}/${design.key}`);
      // Each design sold by 3-4 of its makers (fewer where fewer make it); about one in twelve by a single factory.
      const sellers = Math.min(makers.length, rnd.chance(0.08) ? 1 : rnd.int(3, 4));
      const start = rnd.int(0, Math.max(0, makers.length - 1));
      const base = rnd.int(pt.priceFen[0], pt.priceFen[1]);
      for (let seller = 0; seller < sellers; seller++) {
        const factory = makers[(start + seller) % makers.length];
        const r = random(`${pt.key}/${design.key}/${factory.key}`);
        planned.push({
          key: `${pt.key}/${design.key}/${factory.key}`,
          productType: pt,
          design,
          designIndex,
          factory,
          seller,
          topCategory: top,
          // Sellers of the same product differ by up to +-18 %: what price comparison is for.
          basePriceFen: quotePrice(base * (0.82 + r.next() * 0.36)),
          moq: r.int(pt.moq[0], pt.moq[1]),
          leadTimeDays: r.int(pt.leadTimeDays[0], pt.leadTimeDays[1]),
          soldCount: Math.floor(r.next() ** 2 * 12000),
          daysAgo: r.int(0, 180),
        });
      }
    });
  }
  return planned;
}
