import { getTranslations } from "next-intl/server";
import { VerifiedIcon } from "@/components/catalog/verified-badge";
import { Link } from "@/i18n/navigation";
import type { ListingDetail } from "@/lib/catalog/listing-detail";
import { placeName } from "@/lib/geo/place-names";
import { ReliabilityPanel } from "@/components/reliability/reliability-panel";
import { ReliableIcon } from "@/components/reliability/reliability-icon";

export async function FactoryCard({ factory, locale }: { factory: ListingDetail["factory"]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "FactoryCard" });
  const tReliability = await getTranslations({ locale, namespace: "Reliability" });
  const initials = factory.nameZh.replace(/^(.*?)(市|省)/, "").slice(0, 2);
  return (
    <section className="card p-4" data-testid="factory-card">
      <h2 className="text-xs font-medium uppercase tracking-wide text-ink-500">{t("title")}</h2>
      <div className="mt-3 flex items-start gap-3">
        <span aria-hidden lang="zh" className="grid h-12 w-12 shrink-0 place-items-center rounded-xl bg-gradient-to-br from-ink-700 to-ink-900 text-sm font-bold text-white">
          {initials}
        </span>
        <div className="min-w-0">
          <p className="font-semibold leading-snug text-ink-900">{factory.name}</p>
          {locale !== "zh" && <p lang="zh" className="text-xs text-ink-500">{factory.nameZh}</p>}
          <p className="mt-1 text-xs text-ink-500">
            {placeName(factory.city, factory.province, locale)}
            {factory.foundedYear ? ` · ${t("founded", { year: factory.foundedYear })}` : ""}
          </p>
        </div>
      </div>
      <ul className="mt-3 flex flex-wrap gap-2 text-xs">
        <li className={`inline-flex items-center gap-1 rounded-full px-2 py-1 font-medium ${factory.verified ? "bg-sky-50 text-sky-700" : "bg-ink-100 text-ink-500"}`}>
          {factory.verified && <VerifiedIcon className="h-3.5 w-3.5" />}
          {factory.verified ? t("verified") : t("unverified")}
        </li>
        {factory.reliability?.reliable && (
          <li className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-1 font-semibold text-emerald-800" data-testid="reliable-badge">
            <ReliableIcon className="h-3.5 w-3.5" />
            {tReliability("reliable")}
          </li>
        )}
        <li className="rounded-full bg-ink-100 px-2 py-1 font-medium text-ink-700">{t("responseRate", { rate: factory.responseRatePct })}</li>
      </ul>
      <ReliabilityPanel locale={locale} reliability={factory.reliability} compact />
      <Link href={`/f/${factory.id}`} className="btn-secondary mt-4 w-full">
        {t("visit")}
      </Link>
    </section>
  );
}
