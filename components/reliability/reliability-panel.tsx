import { getFormatter, getTranslations } from "next-intl/server";
import type { PublishedReliability } from "@/lib/catalog/factory-reliability";
import { MIN_CHECKED_LINES, RELIABILITY_WINDOW_DAYS } from "@/lib/warehouse/reliability";
import { ReliableIcon } from "./reliability-icon";

/** "Reliable factory": a badge for the profile, the listing's factory box and the comparison. */
export async function ReliableBadge({ locale, label = "reliable" }: { locale: string; label?: "reliable" | "cardBadge" }) {
  const t = await getTranslations({ locale, namespace: "Reliability" });
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-semibold text-emerald-800" data-testid="reliable-badge">
      <ReliableIcon className="h-3.5 w-3.5" />
      {t(label)}
    </span>
  );
}

/**
 * The factory's published figures: QC failure rate, short or over shipments, days from purchase
 * order to shipment, the 90-day window and what they rest on; "not enough data yet" below
 * MIN_CHECKED_LINES checked lines. `compact` for the listing page's factory box.
 */
export async function ReliabilityPanel({ locale, reliability, compact = false }: { locale: string; reliability: PublishedReliability | null; compact?: boolean }) {
  const t = await getTranslations({ locale, namespace: "Reliability" });
  const format = await getFormatter({ locale });
  const checks = reliability?.checkedLines ?? 0;
  const enough = reliability?.enoughData ?? false;
  const percent = (rate: number | null) => (rate == null ? "—" : format.number(rate, { style: "percent", maximumFractionDigits: 1 }));
  const figures = [
    { key: "qc", label: t("qcFailureRate"), value: percent(reliability?.qcFailureRate ?? null) },
    { key: "count", label: t("countMismatch"), value: percent(reliability?.countMismatchRate ?? null) },
    { key: "days", label: t("daysToShip"), value: reliability?.medianDaysToShip == null ? "—" : t("daysValue", { days: reliability.medianDaysToShip }) },
  ];
  return (
    <section
      className={compact ? "mt-3 rounded-xl bg-ink-50 p-3" : "card p-4 sm:p-5"}
      data-testid="reliability-panel"
      data-reliable={reliability?.reliable ? "1" : "0"}
      data-enough={enough ? "1" : "0"}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className={compact ? "text-xs font-semibold text-ink-700" : "text-base font-semibold"}>{t("title")}</h2>
        <span className="text-xs text-ink-500">{t("window", { days: RELIABILITY_WINDOW_DAYS })}</span>
      </div>
      {enough ? (
        <>
          {/* The "reliable" badge itself sits beside the factory's name (profile header, factory box). */}
          {!reliability?.reliable && <p className="mt-1 text-xs text-ink-500" data-testid="reliability-not-reliable">{t("notYet")}</p>}
          <dl className={`mt-3 grid gap-2 ${compact ? "grid-cols-3" : "grid-cols-1 sm:grid-cols-3"}`}>
            {figures.map((f) => (
              <div key={f.key} className={compact ? "min-w-0" : "rounded-xl bg-ink-50 px-3 py-2.5"} data-figure={f.key}>
                <dt className="text-xs text-ink-500">{f.label}</dt>
                <dd className={`${compact ? "text-sm" : "text-lg"} font-bold text-ink-900`}>{f.value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-xs text-ink-500" data-testid="reliability-basis">
            {t("basis", { checks, orders: reliability?.shippedOrders ?? 0 })}
          </p>
        </>
      ) : (
        <div className="mt-2" data-testid="reliability-not-enough">
          <p className="text-sm font-medium text-ink-700">{t("notEnough")}</p>
          <p className="text-xs text-ink-500">{t("notEnoughHint", { min: MIN_CHECKED_LINES, checks })}</p>
        </div>
      )}
      {!compact && <p className="mt-3 border-t border-ink-100 pt-2 text-xs text-ink-500">{t("rule", { min: MIN_CHECKED_LINES })}</p>}
    </section>
  );
}
