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
  if (state.inStock) out.push({ key: "inStock", value: "", without: { ...base, inStock: false } });
  for (const tag of state.tags) out.push({ key: "tag", value: tag, without: { ...base, tags: state.tags.filter((t) => t !== tag) } });
  return out;
}
