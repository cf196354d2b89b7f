// The catalogue endpoints: categories, listings (list and keyword search), detail, image search,
// link lookup and price comparison by landed unit cost.
import "server-only";
import { publicOrigin } from "@/lib/public-url";
import { z } from "zod";
import { findCategory, descendantIds, type CategoryNode } from "@/lib/catalog/categories";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { convertToCny } from "@/lib/money/convert";
import { decodeCursor, encodeCursor, listingSummary, mediaUrl, money, translated } from "../catalog-views";
import { catalogReads, listingAvailability } from "./catalog-reads";
import { defineEndpoint } from "./define-endpoint";
import { CategoryList, currencyParam, cursorParam, idParam, limitParam, Listing, ListingPage, localeParam } from "./schemas";

/** Absolute URLs in responses (photos, listing pages). */
export const siteOrigin = () => publicOrigin();

const categoryView = (node: CategoryNode): z.input<typeof CategoryList>["items"][number] => ({
  id: node.id,
  slug: node.slug,
  name: node.name,
  listingCount: node.listingCount,
  children: node.children.map(categoryView),
});

export const listCategories = defineEndpoint({
  id: "listCategories",
  method: "get",
  path: "/categories",
  scope: "catalog:read",
  tag: "Catalogue",
  summary: "The category tree",
  query: { locale: localeParam },
  response: CategoryList,
  etag: true,
  run: async ({ db }, { locale }) => ({ items: (await catalogReads().categoryTree(db, locale)).map(categoryView) }),
});

const sortParam = z.enum(["relevance", "popular", "newest", "price_asc", "price_desc"], "invalid").optional().describe("Default: relevance with `q`, else popular.");
const flag = z.enum(["true", "false"], "invalid").optional();
const minorParam = z.coerce.number("invalid").int("invalid").min(0, "invalid").max(1e12, "invalid").optional();

export const listListings = defineEndpoint({
  id: "listListings",
  method: "get",
  path: "/listings",
  scope: "catalog:read",
  tag: "Catalogue",
  summary: "List or search listings",
  description:
    "Without `q`: active listings of the catalogue (or of a category). With `q`: keyword search in any language over every translation, typo-tolerant; `matching` says whether exact or corrected words matched. Filters as on the site; prices in `currency`.",
  query: {
    q: z.string().trim().max(200, "tooLong").optional().describe("Keywords in any language."),
    locale: localeParam,
    currency: currencyParam,
    category: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(2_147_483_647, "invalid").optional().describe("A category id (includes its subcategories)."),
    priceMin: minorParam.describe("Lowest price, in `currency` minor units."),
    priceMax: minorParam.describe("Highest price, in `currency` minor units."),
    maxMoq: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(1_000_000, "invalid").optional().describe("Keyword search only."),
    province: z.string().max(40, "tooLong").optional().describe("Factory province (keyword search only)."),
    verified: flag.describe("Only verified factories."),
    inStock: flag.describe("Only listings in stock (keyword search only)."),
    tags: z.string().regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, "invalid").max(200, "tooLong").optional().describe("Comma-separated tags, all required."),
    sort: sortParam,
    cursor: cursorParam,
    limit: limitParam,
  },
  response: ListingPage,
  etag: true,
  run: async ({ db, locale: _messages }, input) => {
    const rates = await catalogReads().rates(db);
    const rate = rates[input.currency];
    const page = decodeCursor(input.cursor);
    const priceMinFen = input.priceMin != null ? convertToCny(input.priceMin, rate.ratePerCny, input.currency) : undefined;
    const priceMaxFen = input.priceMax != null ? convertToCny(input.priceMax, rate.ratePerCny, input.currency) : undefined;
    const tags = input.tags?.split(",");
    const origin = siteOrigin();
    if (input.q) {
      if (input.sort && input.sort !== "relevance" && !["popular", "newest", "price_asc", "price_desc"].includes(input.sort)) throw new ValidationError([{ path: ["sort"], key: "invalid" }]);
      const result = await catalogReads().keywordSearch(db, {
        q: input.q,
        locale: input.locale,
        sort: input.sort ?? "relevance",
        page,
        pageSize: input.limit,
        categoryId: input.category,
        priceMinFen,
        priceMaxFen,
        maxMoq: input.maxMoq,
        province: input.province,
        verifiedOnly: input.verified === "true",
        inStockOnly: input.inStock === "true",
        tags,
      });
      return {
        items: result.items.map((card) => listingSummary(card, rate, origin)),
        total: result.total,
        nextCursor: page * input.limit < result.total ? encodeCursor(page + 1) : null,
        matching: result.mode,
      };
    }
    let categoryIds: number[] | undefined;
    if (input.category) {
      const found = findCategory(await catalogReads().categoryTree(db, input.locale), { id: input.category });
      if (!found) throw new NotFoundError("category", input.category);
      categoryIds = descendantIds(found.node);
    }
    const sort = !input.sort || input.sort === "relevance" ? "popular" : input.sort;
    const { items, total } = await catalogReads().listingCards(db, input.locale, { categoryIds, priceMinFen, priceMaxFen, tags, verifiedOnly: input.verified === "true" }, { sort, limit: input.limit, offset: (page - 1) * input.limit, withTotal: true });
    return {
      items: items.map((card) => listingSummary(card, rate, origin)),
      total,
      nextCursor: page * input.limit < total ? encodeCursor(page + 1) : null,
      matching: "all" as const,
    };
  },
});

export const getListing = defineEndpoint({
  id: "getListing",
  method: "get",
  path: "/listings/{id}",
  scope: "catalog:read",
  tag: "Catalogue",
  summary: "A listing with SKUs, stock, price tiers, photos, translation origins and market data",
  params: { id: idParam },
  query: { locale: localeParam, currency: currencyParam },
  response: Listing,
  etag: true,
  errors: [404],
  run: async ({ db }, { id, locale, currency }) => {
    const reads = catalogReads();
    const [detail, rates, market, available] = await Promise.all([reads.listingDetail(db, id, locale), reads.rates(db), reads.marketData(db, id), listingAvailability(db, id)]);
    if (!detail || detail.status !== "active") throw new NotFoundError("listing", id);
    const rate = rates[currency];
    const origin = siteOrigin();
    return {
      id: detail.id,
      url: `${origin}/${locale}/p/${detail.id}`,
      categoryId: detail.categoryId,
      title: translated(detail.title.text, detail.title.locale, detail.title.origin, detail.title.untranslated),
      description: translated(detail.description.text, detail.description.locale, detail.description.origin, detail.description.untranslated),
      original: detail.original,
      unit: detail.unit,
      moq: detail.moq,
      leadTimeDays: detail.leadTimeDays,
      weightG: detail.weightG,
      packedSizeMm: { length: detail.lengthMm, width: detail.widthMm, height: detail.heightMm },
      hsCode: detail.hsCode,
      tags: detail.tags,
      attributes: detail.attributes,
      photos: detail.photos.map((p) => ({ url: mediaUrl(origin, p.key), width: p.width, height: p.height })),
      tiers: detail.tiers.map((t) => ({ minQuantity: t.minQty, unitPrice: money(t.unitPriceFen, rate) })),
      options: detail.options.map((o) => ({ axis: o.axis, values: o.values.map((v) => ({ id: v.id, label: v.label, locale: v.labelLocale })) })),
      skus: detail.skus.map((s) => ({ id: s.id, code: s.code, optionValueIds: s.optionValueIds, available: available.get(s.id) ?? 0, priceDelta: money(s.priceDeltaFen, rate) })),
      factory: { id: detail.factory.id, name: detail.factory.name, province: detail.factory.province, city: detail.factory.city, verified: detail.factory.verified, responseRatePct: detail.factory.responseRatePct },
      market,
      rate: { currency, perCny: rate.ratePerCny, source: rate.source },
    };
  },
});
