// The search page's state in its URL (shareable): parse and serialise. Pure.
import { isTagSlug, type TagSlug } from "@/lib/catalog/tags";
import type { SearchSort } from "./types";

export const searchSorts: SearchSort[] = ["relevance", "popular", "newest", "price_asc", "price_desc"];

export interface SearchState {
  q: string;
  category?: string; // slug
  min?: string; // buyer's currency, as typed
  max?: string;
  moq?: number; // maximum MOQ
  province?: string;
  verified: boolean;
  /** Only reliable factories (URL `reliable=1`). */
  reliable: boolean;
  inStock: boolean;
  tags: TagSlug[];
  sort: SearchSort;
  page: number;
}

const amount = (v: string | undefined) => {
  const s = (v ?? "").trim().replace(",", ".");
  return /^\d{1,9}(\.\d{1,2})?$/.test(s) ? s.replace(/^0+(?=\d)/, "") : undefined;
};

type Raw = Record<string, string | string[] | undefined>;
const one = (raw: Raw, key: string) => {
  const v = raw[key];
  return Array.isArray(v) ? v[0] : v;
};

export function parseSearchState(raw: Raw): SearchState {
  const sort = one(raw, "sort") as SearchSort;
  const page = Number(one(raw, "page"));
  const moq = Number(one(raw, "moq"));
  const tagValues = [raw.tag, raw.tags].flat().filter((v): v is string => typeof v === "string").flatMap((v) => v.split(","));
  return {
    q: (one(raw, "q") ?? "").slice(0, 200),
    category: /^[a-z0-9-]{1,80}$/.test(one(raw, "cat") ?? "") ? one(raw, "cat") : undefined,
    min: amount(one(raw, "min")),
    max: amount(one(raw, "max")),
    moq: Number.isInteger(moq) && moq > 0 ? Math.min(moq, 1_000_000) : undefined,
    province: /^[A-Za-z ]{2,40}$/.test(one(raw, "prov") ?? "") ? one(raw, "prov") : undefined,
    verified: one(raw, "verified") === "1",
    reliable: one(raw, "reliable") === "1",
    inStock: one(raw, "stock") === "1",
    tags: [...new Set(tagValues.map((t) => t.trim()).filter(isTagSlug))].sort(),
    sort: searchSorts.includes(sort) ? sort : "relevance",
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 200) : 1,
  };
}

export function searchHref(locale: string, state: SearchState): string {
  const p = new URLSearchParams();
  p.set("q", state.q);
  if (state.category) p.set("cat", state.category);
  if (state.min) p.set("min", state.min);
  if (state.max) p.set("max", state.max);
  if (state.moq) p.set("moq", String(state.moq));
  if (state.province) p.set("prov", state.province);
  if (state.verified) p.set("verified", "1");
  if (state.reliable) p.set("reliable", "1");
  if (state.inStock) p.set("stock", "1");
  if (state.tags.length) p.set("tags", state.tags.join(","));
  if (state.sort !== "relevance") p.set("sort", state.sort);
  if (state.page > 1) p.set("page", String(state.page));
  return `/${locale}/search?${p.toString()}`;
}

/** The filters in effect, each with the state that removes it: "what to relax" on an empty result. */
export function activeFilters(state: SearchState): { key: string; value: string; without: SearchState }[] {
  const base = { ...state, page: 1 };
  const out: { key: string; value: string; without: SearchState }[] = [];
  if (state.category) out.push({ key: "category", value: state.category, without: { ...base, category: undefined } });
  if (state.min || state.max) out.push({ key: "price", value: `${state.min ?? ""}–${state.max ?? ""}`, without: { ...base, min: undefined, max: undefined } });
  if (state.moq) out.push({ key: "moq", value: String(state.moq), without: { ...base, moq: undefined } });
  if (state.province) out.push({ key: "province", value: state.province, without: { ...base, province: undefined } });
  if (state.verified) out.push({ key: "verified", value: "", without: { ...base, verified: false } });
  if (state.reliable) out.push({ key: "reliable", value: "", without: { ...base, reliable: false } });
  if (state.inStock) out.push({ key: "inStock", value: "", without: { ...base, inStock: false } });
  for (const tag of state.tags) out.push({ key: "tag", value: tag, without: { ...base, tags: state.tags.filter((t) => t !== tag) } });
  return out;
}

// The proxy rewrites `/<locale>/search?<query>` to the route `search/<segment>`: one canonical path
// segment per state (parameter order, defaults and unknown parameters do not matter), so each
// result page is rendered once and cached like the catalogue pages until the catalogue changes.
const EMPTY_SEGMENT = "all";

/** The canonical path segment of a search query string. */
export function searchStateSegment(params: URLSearchParams): string {
  const state = parseSearchState(Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)])));
  if (!state.q.trim()) return EMPTY_SEGMENT;
  const href = searchHref("", state);
  return encodeURIComponent(href.slice(href.indexOf("?") + 1));
}

export function searchStateFromSegment(segment: string | undefined): SearchState {
  if (!segment || segment === EMPTY_SEGMENT) return parseSearchState({});
  const params = new URLSearchParams(decodeURIComponent(segment));
  return parseSearchState(Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)])));
}

/** The image search's state (hash and colour signature, as hex) as one path segment, the same way. */
export function imageSearchSegment(params: URLSearchParams): string {
  const h = params.get("h") ?? "";
  const c = params.get("c") ?? "";
  if (!/^[0-9a-f]{16}$/i.test(h)) return EMPTY_SEGMENT;
  return /^[0-9a-f]{6,64}$/i.test(c) ? `${h.toLowerCase()}-${c.toLowerCase()}` : h.toLowerCase();
}

export function imageSearchFromSegment(segment: string | undefined): { h: string | null; c: string } {
  const [h = "", c = ""] = (segment ?? "").split("-");
  return { h: /^[0-9a-f]{16}$/.test(h) ? h : null, c: /^[0-9a-f]{6,64}$/.test(c) ? c : "" };
}
