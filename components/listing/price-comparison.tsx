"use client";
import { CountrySelect, useDestination } from "./country-select";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { VerifiedIcon } from "@/components/catalog/verified-badge";
import { Link } from "@/i18n/navigation";
import type { ComparisonAgent, ProductOffer } from "@/lib/catalog/price-comparison";
import { convertFromCny, lineTotal, sumMinor } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";
import { rankOffers, type LandedCost } from "@/lib/pricing/landed-cost";
import type { ShippingLineOption } from "@/lib/shipping/shipping-lines";
import type { Destination } from "./types";
import { Photo } from "@/components/ui/photo";
import { provinceName } from "@/lib/geo/place-names";
import { ReliableIcon } from "@/components/reliability/reliability-icon";

interface Props {
  locale: string;
  currency: Currency;
  ratePerCny: string;
  defaultCountry: string;
  /** The listing on the page, in the same shape as the others. */
  current: ProductOffer;
  offers: ProductOffer[];
  lines: ShippingLineOption[];
  destinations: Destination[];
  agent: ComparisonAgent;
}

const MAX_QUANTITY = 1_000_000;

/** The same product from other factories, ranked by landed unit cost at the buyer's quantity and country. */
export function PriceComparison({ locale, currency, ratePerCny, defaultCountry, current, offers, lines, destinations, agent }: Props) {
  const t = useTranslations("Compare");
  const { countries, country, setCountry } = useDestination(destinations, defaultCountry);
  const [quantity, setQuantity] = useState(current.moq);

  const ranked = useMemo(
    () =>
      rankOffers(
        [current, ...offers].map((o) => ({ ...o, box: { lengthMm: o.lengthMm, widthMm: o.widthMm, heightMm: o.heightMm }, factoryProvince: o.factory.province })),
        { quantity, country, lines, agent, warehouseProvince: agent.warehouse?.province ?? "" },
      ),
    [current, offers, quantity, country, lines, agent],
  );
  // "From X": the lowest landed unit cost among the others (the first ranked may be a reliable factory a little dearer).
  const cheapestOther = ranked
    .filter((r) => r.offer.id !== current.id)
    .reduce<(typeof ranked)[number] | undefined>((best, r) => (!best || r.cost.perUnitFen < best.cost.perUnitFen ? r : best), undefined);
  const otherFactories = new Set(offers.map((o) => o.factory.id)).size;
  const money = (fen: number) => formatMoney(convertFromCny(fen, ratePerCny, currency), currency, locale);
  const countryName = countries.find((c) => c.code === country)?.name ?? country;

  return (
    <div data-testid="price-comparison">
      <h2 className="text-lg font-semibold" data-testid="price-comparison-heading">
        {t.rich("heading", {
          count: otherFactories,
          amount: cheapestOther ? money(cheapestOther.cost.perUnitFen) : "",
          price: (chunks) => (
            <span dir="ltr" className="text-brand-700" style={{ unicodeBidi: "isolate" }}>
              {chunks}
            </span>
          ),
        })}
      </h2>
      <p className="mt-1 text-sm text-ink-500">{t("intro")}</p>

      <div className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="text-xs text-ink-500">{t("quantity")}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUANTITY}
            step={1}
            value={quantity}
            data-testid="compare-quantity"
            onChange={(e) => {
              const next = Math.floor(Number(e.target.value));
              if (Number.isFinite(next)) setQuantity(Math.min(MAX_QUANTITY, Math.max(1, next)));
            }}
            className="h-9 w-28 rounded-lg border border-ink-300 bg-white px-2 text-sm"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-ink-500">{t("country")}</span>
          <CountrySelect testId="compare-country" countries={countries} value={country} onChange={setCountry} />
        </label>
      </div>

      <ol className="mt-4 space-y-3">
        {ranked.map(({ offer, cost }, index) => (
          <li
            key={offer.id}
            data-testid="offer"
            data-listing-id={offer.id}
            data-current={offer.id === current.id || undefined}
            className={`rounded-xl p-3 ring-1 ${offer.id === current.id ? "bg-brand-50/60 ring-brand-200" : "bg-white ring-ink-100"}`}
          >
            <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-3 sm:grid-cols-[auto_minmax(0,1fr)_auto]">
              <div className="flex items-start gap-2">
                <span className="w-5 pt-1 text-center text-sm font-semibold text-ink-500">{index + 1}</span>
                {offer.photoKey && (
                  <Photo storageKey={offer.photoKey} size={240} alt="" width={56} height={56} loading="lazy" className="h-14 w-14 rounded-lg object-cover" />
                )}
              </div>
              <div className="min-w-0">
                <p className="truncate text-sm font-medium text-ink-900" lang={offer.titleLocale}>
                  {offer.id === current.id ? (
                    offer.title
                  ) : (
                    <Link href={`/p/${offer.id}`} className="hover:underline">
                      {offer.title}
                    </Link>
                  )}
                </p>
                <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-ink-500">
                  {offer.id === current.id && <span className="rounded bg-brand-700 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">{t("thisOffer")}</span>}
                  <span className="text-ink-700">{offer.factory.name}</span>
                  <span>{provinceName(offer.factory.province, locale)}</span>
                  {offer.factory.verified && (
                    <span className="inline-flex items-center gap-0.5 text-sky-700">
                      <VerifiedIcon className="h-3.5 w-3.5" />
                      {t("verified")}
                    </span>
                  )}
                  {offer.factory.reliable && (
                    <span className="inline-flex items-center gap-0.5 font-medium text-emerald-700" data-testid="offer-reliable">
                      <ReliableIcon className="h-3.5 w-3.5" />
                      {t("reliable")}
                    </span>
                  )}
                </p>
                <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-ink-700">
                  <span>
                    {t("tier", { min: cost.tier.minQty })}: <span dir="ltr">{money(cost.tierPriceFen)}</span>
                  </span>
                  <span className={cost.belowMoq ? "font-medium text-red-600" : undefined} data-below-moq={cost.belowMoq || undefined}>
                    {cost.belowMoq ? t("belowMoq", { moq: offer.moq }) : t("moq", { count: offer.moq })}
                  </span>
                </p>
              </div>
              <div className="col-span-2 flex items-baseline justify-between gap-2 border-t border-ink-100 pt-2 sm:col-span-1 sm:block sm:border-0 sm:pt-0 sm:text-end">
                <p className="text-lg font-bold text-ink-900" dir="ltr" data-testid="offer-landed">
                  {money(cost.perUnitFen)}
                </p>
                <p className="text-xs text-ink-500">{cost.internationalFen == null ? t("noLine") : t("perUnit")}</p>
              </div>
            </div>
            <Breakdown cost={cost} quantity={quantity} countryName={countryName} ratePerCny={ratePerCny} currency={currency} locale={locale} />
          </li>
        ))}
      </ol>
      <p className="mt-3 text-xs text-ink-500">{t("note", { agent: agent.name })}</p>
      {ranked.some((r) => r.offer.factory.reliable) && <p className="mt-1 text-xs text-ink-500" data-testid="compare-reliable-rule">{t("reliableRule")}</p>}
    </div>
  );
}

function Breakdown({ cost, quantity, countryName, ratePerCny, currency, locale }: {
  cost: LandedCost<ShippingLineOption>;
  quantity: number;
  countryName: string;
  ratePerCny: string;
  currency: Currency;
  locale: string;
}) {
  const t = useTranslations("Compare");
  // Each part converted once; the total is the sum of the parts as shown.
  const parts = [
    { key: "goods", label: t("goods", { count: quantity }), minor: lineTotal(cost.tierPriceFen, quantity, ratePerCny, currency) },
    { key: "domestic", label: t("domestic"), minor: convertFromCny(cost.domesticFen, ratePerCny, currency) },
    { key: "service", label: t("serviceFee"), minor: convertFromCny(cost.serviceFeeFen, ratePerCny, currency) },
    ...(cost.internationalFen != null && cost.line
      ? [{ key: "international", label: t("international", { line: cost.line.name }), minor: convertFromCny(cost.internationalFen, ratePerCny, currency) }]
      : []),
  ];
  const fmt = (minor: number) => formatMoney(minor, currency, locale);
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer select-none text-brand-700 hover:underline">{t("breakdown")}</summary>
      <dl className="mt-2 space-y-1 rounded-lg bg-ink-50 p-2.5" data-testid="offer-breakdown">
        {parts.map((p) => (
          <div key={p.key} className="flex justify-between gap-3" data-part={p.key}>
            <dt className="text-ink-500">{p.label}</dt>
            <dd className="text-end text-ink-900" dir="ltr">{fmt(p.minor)}</dd>
          </div>
        ))}
        {cost.internationalFen == null && (
          <div className="flex justify-between gap-3">
            <dt className="text-ink-500">{t("internationalNone", { country: countryName })}</dt>
            <dd className="text-end text-ink-500">–</dd>
          </div>
        )}
        <div className="flex justify-between gap-3 border-t border-ink-300 pt-1 font-semibold">
          <dt>{t("total", { count: quantity })}</dt>
          <dd className="text-end" dir="ltr">{fmt(sumMinor(parts.map((p) => p.minor)))}</dd>
        </div>
      </dl>
    </details>
  );
}
