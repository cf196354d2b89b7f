import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { serializeCategoryView, type CategoryView } from "@/lib/catalog/category-view";
import { tagSlugs } from "@/lib/catalog/tags";
import type { Currency } from "@/lib/money/currencies";
import { ReliableIcon } from "@/components/reliability/reliability-icon";

/** Price range and tags: a plain GET form, so filters live in the URL and work without JavaScript. */
export async function CategoryFilters({
  locale,
  slug,
  view,
  currency,
}: {
  locale: string;
  slug: string;
  view: CategoryView;
  currency: Currency;
}) {
  const t = await getTranslations({ locale, namespace: "Category" });
  const tTags = await getTranslations({ locale, namespace: "Tags" });
  const tReliability = await getTranslations({ locale, namespace: "Reliability" });
  const filtered = view.min || view.max || view.tags.length > 0 || view.reliable;
  return (
    <form action={`/${locale}/c/${slug}`} method="get" className="card space-y-5 p-4" data-testid="category-filters">
      {view.sort !== "popular" && <input type="hidden" name="sort" value={view.sort} />}
      <h2 className="text-sm font-semibold">{t("filters")}</h2>
      <fieldset>
        <legend className="text-xs font-medium text-ink-500">{t("price", { currency })}</legend>
        <div className="mt-2 flex items-center gap-2">
          <label className="flex-1">
            <span className="sr-only">{t("priceMin")}</span>
            <input name="min" inputMode="decimal" defaultValue={view.min ?? ""} placeholder={t("priceMin")} className="input" />
          </label>
          <span className="text-ink-300">–</span>
          <label className="flex-1">
            <span className="sr-only">{t("priceMax")}</span>
            <input name="max" inputMode="decimal" defaultValue={view.max ?? ""} placeholder={t("priceMax")} className="input" />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-xs font-medium text-ink-500">{t("tags")}</legend>
        <div className="mt-2 space-y-1.5">
          {tagSlugs.map((tag) => (
            <label key={tag} className="flex items-center gap-2 text-sm text-ink-700">
              <input type="checkbox" name="tag" value={tag} defaultChecked={view.tags.includes(tag)} className="h-4 w-4 rounded accent-brand-500" />
              {tTags(tag)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-xs font-medium text-ink-500">{tReliability("filter")}</legend>
        <label className="mt-2 flex items-center gap-2 text-sm text-ink-700">
          <input type="checkbox" name="reliable" value="1" defaultChecked={view.reliable} className="h-4 w-4 rounded accent-brand-500" data-testid="filter-reliable" />
          <ReliableIcon className="h-3.5 w-3.5 shrink-0 text-emerald-700" />
          {tReliability("filterOnly")}
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn-primary flex-1">
          {t("apply")}
        </button>
        {filtered && (
          <Link href={`/c/${slug}${view.sort !== "popular" ? `?${serializeCategoryView({ ...view, min: undefined, max: undefined, tags: [], reliable: false, page: 1 })}` : ""}`} className="text-sm text-brand-700 hover:underline">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
