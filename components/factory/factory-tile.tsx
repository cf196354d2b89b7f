import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { FactorySummary } from "@/lib/catalog/list-factories";
import { VerifiedIcon } from "@/components/catalog/verified-badge";
import { Photo } from "@/components/ui/photo";
import { placeName } from "@/lib/geo/place-names";

export async function FactoryTile({ factory, locale }: { factory: FactorySummary; locale: string }) {
  const t = await getTranslations({ locale, namespace: "FactoryCard" });
  const tHome = await getTranslations({ locale, namespace: "Home" });
  return (
    <Link href={`/f/${factory.id}`} className="card group flex items-center gap-3 p-3 transition-shadow hover:shadow-md">
      {factory.coverKey && (
        <Photo storageKey={factory.coverKey} size={240} alt="" width={64} height={64} loading="lazy" className="h-16 w-16 shrink-0 rounded-xl object-cover" />
      )}
      <div className="min-w-0">
        <p className="truncate text-sm font-semibold text-ink-900 group-hover:text-brand-700">{factory.name}</p>
        <p className="truncate text-xs text-ink-500">
          {placeName(factory.city, factory.province, locale)}
          {factory.foundedYear ? ` · ${t("founded", { year: factory.foundedYear })}` : ""}
        </p>
        <p className="mt-1 flex items-center gap-1 text-xs">
          {factory.verified ? (
            <span className="inline-flex items-center gap-1 font-medium text-sky-700">
              <VerifiedIcon className="h-3.5 w-3.5" />
              {t("verified")}
            </span>
          ) : (
            <span className="text-ink-500">{t("unverified")}</span>
          )}
          <span className="text-ink-300">·</span>
          <span className="text-ink-500">{tHome("productCount", { count: factory.listingCount })}</span>
        </p>
      </div>
    </Link>
  );
}
