import "server-only";
// Image search: listings whose cover photo is close to an uploaded photo, by 64-bit dHash and
// colour signature, cheapest first among equally close matches.
//
// Multi-index hashing: the hash is split into four 16-bit slices (h0..h3, each with a btree index).
// Two hashes at most 7 bits apart differ in at most 1 bit in at least one slice (pigeonhole), so
// probing each slice with its exact value and its 16 one-bit neighbours finds every listing within
// 7 bits through four index scans (a BitmapOr), never a sequential scan. Matches 8..10 bits away are
// kept when a probe happens to find them; same-product matches (<= 6 bits) are always found.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rowsOf } from "@/db/client";
import { colourDistance, colourSignature, perceptualHash } from "@/lib/photos/perceptual-hash";
import { NEAR_DUPLICATE_BITS, SAME_COLOURS } from "./product-groups";
import { intArray } from "./sql-arrays";

/** Farthest match shown: beyond this a dHash says little about the picture. */
export const SIMILAR_BITS = 10;
/** Candidates read from the index at most (a photo of a blank wall matches many listings). */
const MAX_CANDIDATES = 1000;

export interface ImageHash {
  /** Signed 64-bit dHash, as stored in listing_search.phash. */
  phash: bigint;
  colours: string;
}

export interface ImageMatch {
  listingId: number;
  /** Hamming distance between the dHashes, 0..SIMILAR_BITS. */
  distance: number;
  colourDistance: number;
  /** The same product (near-duplicate photo, same colours), as product groups define it. */
  sameProduct: boolean;
  priceMinFen: number;
}

export async function hashUploadedImage(image: Buffer): Promise<ImageHash> {
  const [phash, colours] = await Promise.all([perceptualHash(image), colourSignature(image)]);
  return { phash, colours };
}

/** The four 16-bit slices of a hash, most significant first (h0 = bits 63..48). */
export function hashSlices(phash: bigint): [number, number, number, number] {
  const u = BigInt.asUintN(64, phash);
  return [Number((u >> 48n) & 0xffffn), Number((u >> 32n) & 0xffffn), Number((u >> 16n) & 0xffffn), Number(u & 0xffffn)];
}

/** A slice value and its 16 neighbours one bit away. */
const withNeighbours = (slice: number) => [slice, ...Array.from({ length: 16 }, (_, bit) => slice ^ (1 << bit))];


/** The image query, exported for EXPLAIN in tests and benchmarks. */
export function similarByHashQuery(phash: bigint, candidates = MAX_CANDIDATES) {
  const [p0, p1, p2, p3] = hashSlices(phash).map(withNeighbours);
  const signed = BigInt.asIntN(64, phash).toString();
  return sql`
    select c.listing_id as "listingId", c.distance, c.colours, c.price_min_fen as "priceMinFen"
    from (
      select s.listing_id, s.colours, s.price_min_fen, bit_count((s.phash # ${signed}::bigint)::bit(64))::int as distance
      from listing_search s
      where s.h0 = any(${intArray(p0)}) or s.h1 = any(${intArray(p1)}) or s.h2 = any(${intArray(p2)}) or s.h3 = any(${intArray(p3)})
    ) c
    where c.distance <= ${SIMILAR_BITS}
    order by c.distance, c.price_min_fen, c.listing_id
    limit ${candidates}`;
}

export async function findSimilarByHash(db: DbOrTx, query: ImageHash, options: { limit?: number } = {}): Promise<ImageMatch[]> {
  const limit = options.limit ?? 48;
  const rows = rowsOf<{ listingId: number; distance: number; colours: string | null; priceMinFen: number }>(
    await db.execute(similarByHashQuery(query.phash)),
  );
  const matches = rows.map((r): ImageMatch => {
    const distance = Number(r.distance);
    const colours = r.colours ? colourDistance(query.colours, r.colours) : 255;
    return {
      listingId: Number(r.listingId),
      distance,
      colourDistance: colours,
      sameProduct: distance <= NEAR_DUPLICATE_BITS && colours <= SAME_COLOURS,
      priceMinFen: Number(r.priceMinFen),
    };
  });
  // The same product first (the buyer is after the cheapest factory for it), then the closest
  // photos, the cheapest first among equally close ones.
  // The same product first, cheapest first (distances within a product are photo noise: the
  // buyer wants the cheapest factory); then similar products, closest first, cheapest on ties.
  matches.sort(
    (a, b) =>
      Number(b.sameProduct) - Number(a.sameProduct) ||
      (a.sameProduct ? a.priceMinFen - b.priceMinFen : a.distance - b.distance) ||
      a.priceMinFen - b.priceMinFen ||
      a.listingId - b.listingId,
  );
  return matches.slice(0, limit);
}
