import type { Currency } from "@/lib/money/currencies";
import type { ListingDetail } from "@/lib/catalog/listing-detail";
import type { ShippingLineOption } from "@/lib/shipping/shipping-lines";

/** What the listing page hands to its client-side purchase panel: plain data only. */
export interface PurchaseProps {
  locale: string;
  currency: Currency;
  ratePerCny: string;
  unit: string;
  moq: number;
  tiers: ListingDetail["tiers"];
  options: ListingDetail["options"];
  skus: ListingDetail["skus"];
  weightG: number;
  box: { lengthMm: number; widthMm: number; heightMm: number };
  lines: ShippingLineOption[];
  /** The countries the lines serve, named and sorted by the server (browsers lack some locales' names). */
  destinations: Destination[];
  defaultCountry: string;
}

export interface Destination {
  code: string;
  name: string;
}
