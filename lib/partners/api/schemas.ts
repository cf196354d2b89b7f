// The shapes of the partner API's requests and responses (zod), registered by name for the
// OpenAPI document. Money is always an integer count of the currency's minor unit.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { currencies } from "@/lib/money/currencies";
import { PARTNER_EVENTS } from "../events";
import { named } from "./registry";

export const localeParam = z.enum(locales, "invalid").default("en").describe("Language of texts (and of error messages).");
export const currencyParam = z.enum(currencies, "invalid").default("USD").describe("Currency of every amount in the response.");
export const limitParam = z.coerce.number("invalid").int("invalid").min(1, "invalid").max(100, "invalid").default(20).describe("Items per page (1-100).");
export const cursorParam = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "invalid").optional().describe("`nextCursor` of the previous page.");
export const idParam = z.string().regex(/^\d{1,10}$/, "invalid").transform(Number).pipe(z.number().int().min(1, "invalid").max(2_147_483_647, "invalid"));
const timestamp = z.string().describe("ISO 8601 date-time (UTC).");

export const Problem = named(
  "Problem",
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(["unauthenticated", "not_found", "forbidden", "conflict", "validation", "rate_limited", "too_large", "internal"]),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string().nullable(), code: z.string(), message: z.string().optional() })).optional(),
  }),
  "RFC 9457 problem details: the one shape of every error, translated to the request's locale.",
);

export const Money = named("Money", z.object({ amountMinor: z.number().int(), currency: z.enum(currencies) }), "An amount in the currency's minor unit (cents; whole yen).");

export const TranslatedText = named(
  "TranslatedText",
  z.object({
    text: z.string().nullable().describe("The text in the requested locale; null when it has no translation (see `fallback`)."),
    locale: z.string(),
    origin: z.enum(["source", "human", "machine", "missing"]).describe("`source`: the factory wrote it; `human` / `machine`: translated; `missing`: not translated (never a silent fallback)."),
    fallback: z.object({ text: z.string(), locale: z.string(), origin: z.enum(["source", "human", "machine"]) }).nullable(),
  }),
);

export const Category = named(
  "Category",
  z.object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    listingCount: z.number().int(),
    get children() {
      return z.array(Category);
    },
  }),
);
export const CategoryList = named("CategoryList", z.object({ items: z.array(Category) }));

export const ListingSummary = named(
  "ListingSummary",
  z.object({
    id: z.number().int(),
    title: z.string(),
    titleLocale: z.string(),
    titleOrigin: z.enum(["source", "human", "machine", "missing"]),
    photoUrl: z.string().nullable(),
    priceFrom: Money,
    moq: z.number().int(),
    unit: z.string(),
    soldCount: z.number().int(),
    factory: z.object({ id: z.number().int(), name: z.string(), province: z.string(), verified: z.boolean() }),
    tags: z.array(z.string()),
    inStock: z.boolean(),
  }),
);
export const ListingPage = named(
  "ListingPage",
  z.object({ items: z.array(ListingSummary), total: z.number().int(), nextCursor: z.string().nullable(), matching: z.enum(["exact", "fuzzy", "none", "all"]) }),
);

export const MarketData = named(
  "MarketData",
  z.object({
    unitsSold30d: z.number().int(),
    orders30d: z.number().int(),
    repeatBuyerRate: z.number().nullable().describe("Share of buyers (90 days) who ordered the listing more than once; null without buyers."),
    factoryReliability: z
      .object({
        qcFailureRate: z.number().nullable().describe("Share of checked lines that failed QC, 0..1; null without checks."),
        shortShipmentRate: z.number().nullable().describe("Share of checked lines counted short, 0..1."),
        avgDaysToShip: z.number().nullable().describe("Mean days from purchase order to shipment."),
        countMismatchRate: z.number().nullable().describe("Share of checked lines counted short or over, 0..1."),
        medianDaysToShip: z.number().nullable().describe("Median days from purchase order to shipment."),
        checkedLines: z.number().int().describe("Order lines checked at the warehouse in the window."),
        shippedOrders: z.number().int().describe("Purchase orders shipped in the window."),
        reliable: z.boolean().describe("Enough checks, at most 5 % QC failures and 10 % count mismatches, ships within 7 days (median)."),
        enoughData: z.boolean().describe("At least 5 checked lines: below that the figures are shown as 'not enough data yet'."),
        windowDays: z.number().int(),
        computedAt: z.string(),
      })
      .nullable()
      .describe("What the warehouse learnt about the factory over the last 90 days; null when it has no check or shipment of the factory."),
  }),
);

export const Listing = named(
  "Listing",
  z.object({
    id: z.number().int(),
    url: z.string(),
    categoryId: z.number().int(),
    title: TranslatedText,
    description: TranslatedText,
    original: z.object({ title: z.string(), description: z.string(), locale: z.string() }),
    unit: z.string(),
    moq: z.number().int(),
    leadTimeDays: z.number().int(),
    weightG: z.number().int(),
    packedSizeMm: z.object({ length: z.number().int(), width: z.number().int(), height: z.number().int() }),
    hsCode: z.string().nullable(),
    tags: z.array(z.string()),
    attributes: z.array(z.object({ key: z.string(), value: z.string(), locale: z.string() })),
    photos: z.array(z.object({ url: z.string(), width: z.number().int(), height: z.number().int() })),
    tiers: z.array(z.object({ minQuantity: z.number().int(), unitPrice: Money })),
    options: z.array(z.object({ axis: z.string(), values: z.array(z.object({ id: z.number().int(), label: z.string(), locale: z.string() })) })),
    skus: z.array(z.object({ id: z.number().int(), code: z.string(), optionValueIds: z.array(z.number().int()), available: z.number().int(), priceDelta: Money })),
    factory: z.object({ id: z.number().int(), name: z.string(), province: z.string(), city: z.string(), verified: z.boolean(), responseRatePct: z.number() }),
    market: MarketData,
    rate: z.object({ currency: z.enum(currencies), perCny: z.string(), source: z.string() }),
  }),
);

export const Address = named(
  "Address",
  z.object({
    name: z.string(),
    company: z.string().optional(),
    line1: z.string(),
    line2: z.string().optional(),
    city: z.string(),
    region: z.string().optional(),
    postalCode: z.string(),
    country: z.string().describe("ISO 3166-1 alpha-2 destination country."),
    phone: z.string(),
  }),
);

export const OrderLine = named(
  "OrderLine",
  z.object({ skuId: z.number().int(), listingId: z.number().int(), title: z.string(), options: z.string(), quantity: z.number().int(), unitPrice: Money, total: Money, status: z.string() }),
);

export const Order = named(
  "Order",
  z.object({
    id: z.number().int(),
    number: z.string(),
    status: z.enum(["pending_payment", "paid", "purchasing", "at_warehouse", "shipping", "delivered", "cancelled", "refunded"]),
    test: z.boolean(),
    reference: z.string().nullable(),
    currency: z.enum(currencies),
    address: Address,
    warehouseId: z.number().int(),
    shippingLineId: z.number().int(),
    lines: z.array(OrderLine),
    amounts: z.object({ goods: Money, serviceFee: Money, domesticShipping: Money, internationalEstimate: Money, dutyEstimate: Money, firstPayment: Money }),
    payment: z
      .object({ method: z.enum(["checkout", "balance"]), status: z.string(), checkoutUrl: z.string().nullable() })
      .nullable()
      .describe("The latest goods payment; `checkoutUrl` is where the end customer (or you) pays."),
    createdAt: timestamp,
    paidAt: timestamp.nullable(),
  }),
);
export const OrderPage = named("OrderPage", z.object({ items: z.array(Order), nextCursor: z.string().nullable() }));

export const Tracking = named(
  "Tracking",
  z.object({
    orderId: z.number().int(),
    status: z.string(),
    events: z.array(z.object({ kind: z.string(), at: timestamp, data: z.record(z.string(), z.unknown()) })),
    shipments: z.array(z.object({ id: z.number().int(), status: z.string(), trackingNumber: z.string().nullable(), carrier: z.string().nullable() })),
    qcPhotos: z.array(z.object({ url: z.string(), orderLineId: z.number().int().nullable() })),
  }),
);

export const PartnerEvent = named(
  "Event",
  z.object({
    id: z.string().describe("`evt_<n>`; also the cursor: pass it as `after` to read what came later."),
    type: z.enum(PARTNER_EVENTS),
    created: timestamp,
    mode: z.enum(["test", "live"]),
    data: z.record(z.string(), z.unknown()),
  }),
);
export const EventPage = named("EventPage", z.object({ items: z.array(PartnerEvent), nextCursor: z.string().nullable() }));

export const WebhookEndpoint = named(
  "WebhookEndpoint",
  z.object({
    id: z.number().int(),
    url: z.string(),
    events: z.array(z.enum(PARTNER_EVENTS)),
    mode: z.enum(["test", "live"]),
    secret: z.string().optional().describe("The signing secret: returned once, when the endpoint is created."),
    createdAt: timestamp,
  }),
);
export const WebhookEndpointList = named("WebhookEndpointList", z.object({ items: z.array(WebhookEndpoint) }));

export const Balance = named(
  "Balance",
  z.object({
    balances: z.array(Money),
    entries: z.array(z.object({ id: z.number().int(), kind: z.enum(["topup", "debit", "refund"]), amount: Money, balanceAfter: Money, orderId: z.number().int().nullable(), createdAt: timestamp })),
  }),
);

export const ImageMatches = named(
  "ImageMatches",
  z.object({ items: z.array(z.object({ listing: ListingSummary, distance: z.number().int(), sameProduct: z.boolean() })) }),
);
export const LinkLookupResult = named(
  "LinkLookup",
  z.object({ listingId: z.number().int().nullable(), sameProduct: z.array(z.number().int()), matches: z.array(ListingSummary) }),
);
export const Offers = named(
  "Offers",
  z.object({
    country: z.string(),
    quantity: z.number().int(),
    items: z.array(
      z.object({
        listing: ListingSummary,
        landedUnitCost: Money,
        tierUnitPrice: Money,
        breakdown: z.object({ goods: Money, domesticShipping: Money, serviceFee: Money, internationalShipping: Money.nullable() }),
        shippingLineId: z.number().int().nullable(),
        belowMoq: z.boolean(),
      }),
    ),
  }),
);
