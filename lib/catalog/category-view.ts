// The state of a category page (sort, price range, tags, page) as it appears in the query string,
// and as one canonical path segment the proxy rewrites it to, so each view can be cached like a
// static page. Pure: runs in the proxy, in pages and in tests.
import { isTagSlug, type TagSlug } from "./tags";

export const sorts = ["popular", "newest", "price_asc", "price_desc"] as const;
export type Sort = (typeof sorts)[number];

export interface CategoryView {
  sort: Sort;
  /** Price bounds as typed, in the buyer's currency (major units, e.g. "12.5"). */
  min?: string;
  max?: string;
  tags: TagSlug[];
  /** Only reliable factories (URL `reliable=1`). */
  reliable: boolean;
  page: number;
}

export const defaultView: CategoryView = { sort: "popular", tags: [], reliable: false, page: 1 };
const DEFAULT_SEGMENT = "all";
const MAX_PAGE = 500;

const cleanAmount = (value: string | null | undefined) => {
  const v = (value ?? "").trim().replace(",", ".");
  return /^\d{1,9}(\.\d{1,2})?$/.test(v) ? v.replace(/^0+(?=\d)/, "") : undefined;
};

export function parseCategoryView(params: URLSearchParams): CategoryView {
  const sort = params.get("sort");
  const page = Number(params.get("page"));
  const tags = (params.getAll("tag").length ? params.getAll("tag") : (params.get("tags") ?? "").split(","))
    .map((t) => t.trim())
    .filter(isTagSlug);
  return {
    sort: (sorts as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "popular",
    min: cleanAmount(params.get("min")),
    max: cleanAmount(params.get("max")),
    tags: [...new Set(tags)].sort(),
    reliable: params.get("reliable") === "1",
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The canonical query string of a view (defaults left out; "" for the default view). */
export function serializeCategoryView(view: CategoryView): string {
  const params = new URLSearchParams();
  if (view.sort !== "popular") params.set("sort", view.sort);
  if (view.min) params.set("min", view.min);
  if (view.max) params.set("max", view.max);
  if (view.tags.length) params.set("tags", view.tags.join(","));
  if (view.reliable) params.set("reliable", "1");
  if (view.page > 1) params.set("page", String(view.page));
  return params.toString();
}

export function categoryViewSegment(params: URLSearchParams): string {
  const canonical = serializeCategoryView(parseCategoryView(params));
  return canonical ? encodeURIComponent(canonical) : DEFAULT_SEGMENT;
}

export function viewFromSegment(segment: string | undefined): CategoryView {
  if (!segment || segment === DEFAULT_SEGMENT) return defaultView;
  return parseCategoryView(new URLSearchParams(decodeURIComponent(segment)));
}
