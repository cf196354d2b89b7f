// Shapes of the demo catalogue. The content files (seed/content/*) fill them; seed/index.ts
// writes them to the database. Everything is deterministic: no Math.random, no Date.now.
import type { Locale, Localized } from "../i18n/locales";
import type { DrawingKey } from "../lib/photos/drawing-keys";

export type { Locale, Localized };


export type { DrawingKey } from "../lib/photos/drawing-keys";

export interface CategorySeed {
  slug: string; // url-safe, unique across the tree, e.g. "phone-accessories"
  icon: string; // a single emoji shown on category tiles
  name: Localized;
  children?: CategorySeed[];
}

export type UnitKey = "piece" | "set" | "pair" | "kg" | "box" | "roll" | "dozen" | "meter" | "pack";

/** An option axis of a product (colour, size, ...) with its values, every label translated. */
export interface OptionSeed {
  axis: "color" | "size" | "capacity" | "style" | "length" | "power";
  values: { key: string; label: Localized; hex?: string }[];
}

/** One design of a product: what a set of near-duplicate photos shows. */
export interface DesignSeed {
  key: string; // unique within the product type
  palette: { primary: string; secondary: string; accent: string; background: string }; // hex colours
  pattern: "plain" | "stripes" | "dots" | "grid" | "waves" | "floral";
}

export interface ProductTypeSeed {
  key: string; // unique, e.g. "silicone-phone-case"
  category: string; // slug of a leaf category
  drawing: DrawingKey;
  name: Localized; // short product name, e.g. { en: "Silicone phone case", zh: "硅胶手机壳", ... }
  /** Title decorations per locale: a few alternatives each, picked deterministically per listing. */
  titleExtras: Record<Locale, string[]>; // e.g. en: ["Wholesale", "Factory direct", "Custom logo"]
  /** 2-4 selling points, each translated. */
  features: Localized[];
  material: string; // key into materials glossary
  unit: UnitKey;
  priceFen: [number, number]; // base unit price range in CNY fen (1 CNY = 100 fen)
  weightG: number; // weight of one unit, packed
  sizeMm: [number, number, number]; // packed size of one unit (L, W, H) in millimetres
  moq: [number, number]; // minimum order quantity range
  leadTimeDays: [number, number];
  options: OptionSeed[]; // 0-2 axes; the SKU matrix is their product
  tags: string[]; // from TAGS
  hsCode?: string; // 6-digit HS code where you know it
  designs: DesignSeed[]; // 1-2 designs; each design is sold by 1-4 factories
}

export interface FactorySeed {
  key: string;
  name: { zh: string; en: string };
  province: string; // pinyin English name, e.g. "Zhejiang"
  city: string; // e.g. "Yiwu"
  foundedYear: number;
  verified: boolean;
  responseRatePct: number; // 0-100
  mainCategories: string[]; // top-level category slugs (those of its trade)
  /** Leaf category slugs of what the factory makes: it sells products of these only. */
  trade: string[];
  about: Localized;
}

export interface AgentSeed {
  key: string;
  name: Localized;
  serviceFeeBps: number; // percentage of goods value in basis points, e.g. 500 = 5 %
  minServiceFeeFen: number;
  warehouses: { key: string; name: Localized; province: string; city: string; address: string; addressZh: string; phone: string; postalCode: string }[];
}

export interface ShippingLineSeed {
  key: string;
  agent: string; // AgentSeed key
  name: Localized;
  mode: "air" | "sea" | "rail" | "truck" | "express";
  countries: string[]; // ISO 3166-1 alpha-2
  firstWeightG: number;
  firstPriceFen: number;
  stepG: number;
  stepPriceFen: number;
  volumetricDivisor: number; // cm3 per kg, e.g. 6000
  maxWeightG: number;
  daysMin: number;
  daysMax: number;
  /** Default `parcel`; freight lines set their own prices below (SPEC 7). */
  pricing?: "parcel" | "freight_kg" | "lcl" | "container";
  maxVolumeL?: number | null;
  minChargeFen?: number;
  freightTonPriceFen?: number;
  container20PriceFen?: number;
  container40PriceFen?: number;
}
