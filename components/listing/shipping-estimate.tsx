"use client";
import { CountrySelect, useDestination } from "./country-select";
import { useLocale, useTranslations } from "next-intl";
import { convertFromCny } from "@/lib/money/convert";
import { formatMoney } from "@/lib/money/format";
import { estimateParcel, quoteLine } from "@/lib/shipping/chargeable-weight";
import type { PurchaseProps } from "./types";

const kg = (grams: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 1 }).format(grams / 1000);

/** Cost and days to a country on every line that serves it, for the quantity chosen above. */
export function ShippingEstimate({ currency, ratePerCny, unit, weightG, box, lines, destinations, defaultCountry, total }: PurchaseProps & { total: number }) {
  const t = useTranslations("Shipping");
  const tModes = useTranslations("Modes");
  const tUnits = useTranslations("Units");
  const tf = useTranslations("Freight");
  const locale = useLocale();
  const { countries, country, setCountry } = useDestination(destinations, defaultCountry);
  const parcel = estimateParcel([{ weightG, box, quantity: total }]);
  const quotes = lines
    .filter((line) => line.countries.includes(country))
    .map((line) => ({ line, quote: quoteLine(parcel, line) }))
    .sort((a, b) => (a.quote.costFen ?? Infinity) - (b.quote.costFen ?? Infinity));
  const money = (fen: number) => formatMoney(convertFromCny(fen, ratePerCny, currency), currency, locale);

  return (
    <section className="rounded-2xl border border-ink-100 bg-white p-4" aria-labelledby="shipping-title" data-testid="shipping-estimate">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="shipping-title" className="text-sm font-semibold text-ink-700">
          {t("title")}
        </h2>
        <label className="flex items-center gap-2 text-sm">
          <span className="text-ink-500">{t("country")}</span>
          <CountrySelect testId="shipping-country" countries={countries} value={country} onChange={setCountry} />
        </label>
      </div>
      <p className="mt-2 text-xs text-ink-500">{t("intro", { count: total, unit: tUnits(unit as "piece", { count: total }) })}</p>
      {quotes.length === 0 ? (
        <p className="mt-3 text-sm text-ink-700">{t("noLines")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-ink-100">
          {quotes.map(({ line, quote }) => (
            <li key={line.id} className="flex items-start justify-between gap-3 py-2.5" data-testid="shipping-quote">
              <div className="min-w-0">
                <p className="text-sm font-medium text-ink-900">
                  <span className="me-1.5 rounded bg-ink-100 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-ink-700">{tModes(line.mode)}</span>
                  {line.name}
                </p>
                <p className="mt-0.5 text-xs text-ink-500">
                  {t("days", { min: line.daysMin, max: line.daysMax })} ·{" "}
                  {quote.freightTonsMilli != null ? (
                    tf("tons", { tons: kg(quote.freightTonsMilli, locale) })
                  ) : quote.containers ? (
                    [quote.containers.c40 ? tf("c40", { count: quote.containers.c40 }) : null, quote.containers.c20 ? tf("c20", { count: quote.containers.c20 }) : null].filter(Boolean).join(" + ")
                  ) : (
                    <>
                      {t("chargeable")}:{" "}
                      <span title={t("chargeableHint", { actual: kg(parcel.weightG, locale), volumetric: kg(quote.volumetricWeightG, locale) })} className="underline decoration-dotted">
                        {t("weightValue", { value: kg(quote.chargeableWeightG, locale) })}
                      </span>
                    </>
                  )}
                </p>
              </div>
              <div className="shrink-0 text-end">
                {quote.costFen == null ? (
                  <p className="text-xs text-red-600">
                    {quote.refusal === "tooLarge"
                      ? line.maxVolumeL != null
                        ? tf("refusal.tooLarge", { max: kg(line.maxVolumeL, locale) })
                        : tf("refusal.tooBulky", { max: kg(line.maxWeightG, locale) })
                      : tf("refusal.tooHeavy", { max: kg(line.maxWeightG, locale) })}
                  </p>
                ) : (
                  <>
                    <p className="text-sm font-semibold" dir="ltr">{money(quote.costFen)}</p>
                    <p className="text-xs text-ink-500">
                      <span dir="ltr">{formatMoney(Math.round(convertFromCny(quote.costFen, ratePerCny, currency) / total), currency, locale)}</span> {t("perUnit")}
                    </p>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
