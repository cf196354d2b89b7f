// listing_search.filter_keys: a listing's exact filter values as integers, in the search's GIN index
// beside its words, so that filters narrow the matches inside the index scan rather than row by row
// in the table: its category ids (positive), VERIFIED_KEY, IN_STOCK_KEY, RELIABLE_KEY and its price band. A band
// is coarse: the exact price test still runs on the rows the index returns. Pure.

export const VERIFIED_KEY = -1;
export const IN_STOCK_KEY = -2;
/** The listing's factory is "reliable" over the last 90 days (lib/warehouse/reliability.ts). */
export const RELIABLE_KEY = -3;

/**
 * Lower bounds in fen of bands 1..n (band 0 is below 100 fen): one band per 15 % of price. The same
 * list is in the SQL function search_price_band (db/migrations/*_search_price_band.sql).
 */
export const PRICE_BAND_FLOORS_FEN = [
  100, 115, 132, 152, 175, 201, 231, 266, 306, 352, 405, 465, 535, 615, 708, 814, 936, 1076, 1238, 1423, 1637, 1882, 2164,
  2489, 2863, 3292, 3786, 4354, 5007, 5758, 6621, 7614, 8757, 10070, 11580, 13318, 15315, 17612, 20254, 23292, 26786,
  30804, 35425, 40739, 46850, 53877, 61958, 71252, 81940, 94231, 108366, 124621, 143314, 164811, 189532, 217962, 250657,
  288255, 331493, 381217, 438400, 504160, 579784, 666751, 766764, 881779, 1014046, 1166152, 1341075, 1542237, 1773572,
  2039608, 2345549, 2697381, 3101989, 3567287, 4102380, 4717737, 5425397, 6239207, 7175088, 8251351, 9489054,
];

/** PostgreSQL's width_bucket(fen, floors): how many floors are <= fen. */
export function priceBand(fen: number): number {
  let band = 0;
  while (band < PRICE_BAND_FLOORS_FEN.length && PRICE_BAND_FLOORS_FEN[band] <= fen) band++;
  return band;
}

export const priceBandKey = (band: number) => -1000 - band;

/**
 * A wide range gains nothing from the index (most listings are in it) and would make the index
 * scan read most band lists: past this many bands the range is left to the row test.
 */
const MAX_BANDS = 24;

/** Keys of the bands a price range [min, max] overlaps, or null when it is too wide to be worth it. */
export function priceBandKeys(minFen: number | undefined, maxFen: number | undefined): number[] | null {
  if (minFen == null && maxFen == null) return null;
  const from = priceBand(minFen ?? 0);
  const to = maxFen == null ? PRICE_BAND_FLOORS_FEN.length : priceBand(maxFen);
  if (to < from || to - from + 1 > MAX_BANDS) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => priceBandKey(from + i));
}

/** Weeks since 1970-01-01 (UTC) of an instant: the SQL function search_week (db/migrations/*_search_week_function.sql). */
export const publishedWeek = (at: Date) => Math.floor(at.getTime() / 1000 / 604800);

/** The key of a publication week in filter_keys: the "newest" sort reads the index week by week. */
export const weekKey = (week: number) => -100000 - week;
