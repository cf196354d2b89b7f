// Finding products other ways than words: image search (an uploaded photo; the server never
// fetches a URL a caller names), link lookup (our URLs and 1688 offers), and the offers of the same
// product ranked by landed unit cost for a country and quantity.
import "server-only";
import { z } from "zod";
import { getProductOffers } from "@/lib/catalog/price-comparison";
import { catalogReads } from "./catalog-reads";
import { NotFoundError, TooLargeError, ValidationError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, readUploadedImage } from "@/lib/photos/validate-image";
import { rankOffers } from "@/lib/pricing/landed-cost";
import { findSimilarByHash, hashUploadedImage } from "@/lib/search/image-search";
import { lookupProductLink } from "@/lib/search/lookup-product-link";
import { cardsInOrder } from "@/lib/search/postgres-engine";
import { listShippingLines } from "@/lib/shipping/shipping-lines";
import { listingSummary, money } from "../catalog-views";
import { siteOrigin } from "./catalog";
import { defineEndpoint } from "./define-endpoint";
import { currencyParam, idParam, ImageMatches, LinkLookupResult, localeParam, Offers } from "./schemas";

export const imageSearch = defineEndpoint({
  id: "imageSearch",
  method: "post",
  path: "/listings/image-search",
  scope: "catalog:read",
  tag: "Catalogue",
  summary: "Find listings by a photo (multipart upload), the same product first, then cheapest",
  description: "Send the photo as the `image` field of multipart/form-data (JPEG, PNG, WebP, GIF or AVIF, 8 MB at most). The photo is hashed and never stored; no URL is ever fetched for you.",
  query: { locale: localeParam, currency: currencyParam },
  body: z.object({ image: z.file("required") }),
  bodyType: "multipart",
  response: ImageMatches,
  errors: [413],
  run: async ({ db }, { locale, currency, body }) => {
    if (body.image.size > MAX_UPLOAD_BYTES) throw new TooLargeError(MAX_UPLOAD_BYTES);
    const upload = await readUploadedImage(new Uint8Array(await body.image.arrayBuffer()));
    if (!upload.ok) {
      if (upload.error === "too_large") throw new TooLargeError(MAX_UPLOAD_BYTES);
      throw new ValidationError([{ path: ["body", "image"], key: "partnerImage" }]);
    }
    const matches = await findSimilarByHash(db, await hashUploadedImage(upload.image), { limit: 24 });
    const [cards, rates] = await Promise.all([cardsInOrder(db, locale, matches.map((m) => m.listingId)), catalogReads().rates(db)]);
    const byId = new Map(cards.map((c) => [c.id, c]));
    const origin = siteOrigin();
    return {
      items: matches
        .filter((m) => byId.has(m.listingId))
        .map((m) => ({ listing: listingSummary(byId.get(m.listingId)!, rates[currency], origin), distance: m.distance, sameProduct: m.sameProduct })),
    };
  },
});

export const lookupLink = defineEndpoint({
  id: "lookupLink",
  method: "get",
  path: "/links/lookup",
  scope: "catalog:read",
  tag: "Catalogue",
  summary: "The listing behind a link: one of our listing URLs, or a 1688 offer",
  query: { url: z.string("required").trim().min(1, "required").max(500, "tooLong"), locale: localeParam, currency: currencyParam },
  response: LinkLookupResult,
  run: async ({ db }, { url, locale, currency }) => {
    const found = await lookupProductLink(db, url, locale);
    if (!found) throw new ValidationError([{ path: ["url"], key: "partnerLink" }]);
    if ("redirect" in found) return { listingId: found.redirect, sameProduct: found.sameProduct, matches: [] };
    const rates = await catalogReads().rates(db);
    return { listingId: null, sameProduct: [], matches: found.matches.map((c) => listingSummary(c, rates[currency], siteOrigin())) };
  },
});

export const listingOffers = defineEndpoint({
  id: "listingOffers",
  method: "get",
  path: "/listings/{id}/offers",
  scope: "catalog:read",
  tag: "Catalogue",
  summary: "The same product from every factory, ranked by landed unit cost for a country and quantity",
  description:
    "Landed unit cost = tier price at the quantity + the unit's share of domestic shipping, the agent's service fee and international shipping to `country` on the cheapest line that can carry it. Offers no line can ship come last.",
  params: { id: idParam },
  query: {
    country: z.string("required").regex(/^[A-Z]{2}$/, "country").describe("Destination, ISO 3166-1 alpha-2."),
    quantity: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(1_000_000, "invalid"),
    locale: localeParam,
    currency: currencyParam,
  },
  response: Offers,
  errors: [404],
  run: async ({ db }, { id, country, quantity, locale, currency }) => {
    const [detail, comparison, lines, rates] = await Promise.all([catalogReads().listingDetail(db, id, locale), getProductOffers(db, id, locale), listShippingLines(db, locale), catalogReads().rates(db)]);
    if (!detail || detail.status !== "active") throw new NotFoundError("listing", id);
    const rate = rates[currency];
    const own = {
      id: detail.id,
      moq: detail.moq,
      tiers: detail.tiers,
      weightG: detail.weightG,
      box: { lengthMm: detail.lengthMm, widthMm: detail.widthMm, heightMm: detail.heightMm },
      factoryProvince: detail.factory.province,
      factory: { reliable: detail.factory.reliability?.reliable ?? false },
    };
    const others = comparison.offers.map((o) => ({ id: o.id, moq: o.moq, tiers: o.tiers, weightG: o.weightG, box: { lengthMm: o.lengthMm, widthMm: o.widthMm, heightMm: o.heightMm }, factoryProvince: o.factory.province, factory: { reliable: o.factory.reliable } }));
    const agent = comparison.agent;
    if (!agent) return { country, quantity, items: [] };
    const ranked = rankOffers([own, ...others], { quantity, country, lines, agent, warehouseProvince: agent.warehouse?.province ?? "" });
    const cards = new Map((await cardsInOrder(db, locale, ranked.map((r) => r.offer.id))).map((c) => [c.id, c]));
    const origin = siteOrigin();
    return {
      country,
      quantity,
      items: ranked
        .filter((r) => cards.has(r.offer.id))
        .map((r) => ({
          listing: listingSummary(cards.get(r.offer.id)!, rate, origin),
          landedUnitCost: money(r.cost.perUnitFen, rate),
          tierUnitPrice: money(r.cost.tierPriceFen, rate),
          breakdown: {
            goods: money(r.cost.goodsFen, rate),
            domesticShipping: money(r.cost.domesticFen, rate),
            serviceFee: money(r.cost.serviceFeeFen, rate),
            internationalShipping: r.cost.internationalFen == null ? null : money(r.cost.internationalFen, rate),
          },
          shippingLineId: r.cost.line?.id ?? null,
          belowMoq: r.cost.belowMoq,
        })),
    };
  },
});
