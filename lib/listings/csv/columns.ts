// The columns of the factory's listings spreadsheet (one row per SKU). Export writes them all; import
// reads listing_id and sku_code to find the SKU, and changes what the other editable columns say (an
// empty cell leaves the value as it is). status and options are there to read, not to change.
export const csvColumns = [
  "listing_id", "status", "title", "unit", "moq", "weight_g", "length_mm", "width_mm", "height_mm",
  "lead_time_days", "external_offer_id", "sku_code", "options", "stock", "price_delta_fen",
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** Columns of the listing (repeated on each of its SKU rows). */
export const listingColumns = [
  "title", "unit", "moq", "weight_g", "length_mm", "width_mm", "height_mm", "lead_time_days", "external_offer_id",
] as const satisfies readonly CsvColumn[];
export type ListingColumn = (typeof listingColumns)[number];

/** Spreadsheets run a cell that starts with one of these as a formula: exported text gets a quote first. */
const FORMULA_START = /^[=+\-@\t\r]/;
export const protectCell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
export const unprotectCell = (text: string) => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);
