import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CategoryNode } from "@/lib/catalog/categories";
import { tagSlugs } from "@/lib/catalog/tags";
import { convertFromCny, type Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { formatMoney, minorToDecimalString } from "@/lib/money/format";
import { searchHref, type SearchState } from "@/lib/search/search-params";
import type { Facets } from "@/lib/search/types";
import { provinceName } from "@/lib/geo/place-names";
import { ReliableIcon } from "@/components/reliability/reliability-icon";

/** Facets with counts; every value is a link that adds or removes it, so all state stays in the URL. */
export async function SearchFilters({
  locale,
  state,
  facets,
  categories,
  currency,
  rate,
}: {
  locale: string;
  state: SearchState;
  facets: Facets;
  categories: CategoryNode[];
  currency: Currency;
  rate: Rate;
}) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const tTags = await getTranslations({ locale, namespace: "Tags" });
  const tReliability = await getTranslations({ locale, namespace: "Reliability" });
  const base = { ...state, page: 1 };
  const href = (s: SearchState) => searchHref(locale, s).slice(locale.length + 1);
  const count = new Map(facets.categories.map((c) => [c.value, c.count]));
  const shownCategories = (state.category ? categories.flatMap((c) => [c, ...c.children]) : categories).filter((c) => count.get(c.id));
  const tagCount = new Map(facets.tags.map((f) => [f.value, f.count]));
  const money = (fen: number) => formatMoney(convertFromCny(fen, rate.ratePerCny, currency), currency, locale);
  const toInput = (fen: number) => minorToDecimalString(convertFromCny(fen, rate.ratePerCny, currency), currency);
  const row = "flex items-center justify-between gap-2 rounded-lg px-2 py-1 text-sm hover:bg-ink-50";
  const on = "bg-brand-50 font-semibold text-brand-800";

  return (
    <div className="card space-y-5 p-4" data-testid="search-filters">
      <h2 className="text-sm font-semibold">{t("filters")}</h2>
      <section>
        <h3 className="text-xs font-medium text-ink-500">{t("category")}</h3>
        <ul className="mt-1.5 space-y-0.5">
          {shownCategories.map((c) => {
            const active = state.category === c.slug;
            return (
              <li key={c.id}>
                <Link href={href({ ...base, category: active ? undefined : c.slug })} className={`${row} ${active ? on : "text-ink-700"}`} data-testid="facet-category">
                  <span className="truncate">
                    {c.icon && <span aria-hidden>{c.icon} </span>}
                    {c.name}
                  </span>
                  <span className="text-xs text-ink-500">{count.get(c.id)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <form action={`/${locale}/search`} method="get" className="space-y-3">
        {Object.entries({ q: state.q, cat: state.category, prov: state.province, verified: state.verified ? "1" : undefined, reliable: state.reliable ? "1" : undefined, stock: state.inStock ? "1" : undefined, tags: state.tags.join(",") || undefined, sort: state.sort === "relevance" ? undefined : state.sort }).map(
          ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
        )}
        <fieldset>
          <legend className="text-xs font-medium text-ink-500">{t("price", { currency })}</legend>
          <div className="mt-1.5 flex items-center gap-2">
            <input name="min" inputMode="decimal" defaultValue={state.min ?? ""} placeholder={t("min")} aria-label={t("min")} className="input" />
            <span className="text-ink-300">–</span>
            <input name="max" inputMode="decimal" defaultValue={state.max ?? ""} placeholder={t("max")} aria-label={t("max")} className="input" />
          </div>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {facets.prices
              .filter((b) => b.count > 0)
              .map((b) => (
                <li key={b.from}>
                  <Link
                    href={href({ ...base, min: b.from ? toInput(b.from) : undefined, max: b.to ? toInput(b.to) : undefined })}
                    className="chip hover:border-brand-200"
                  >
                    <span dir="ltr">{b.to ? `${money(b.from)} – ${money(b.to)}` : `≥ ${money(b.from)}`}</span>
                    <span className="text-ink-500">{b.count}</span>
                  </Link>
                </li>
              ))}
          </ul>
        </fieldset>
        <label className="block">
          <span className="text-xs font-medium text-ink-500">{t("maxMoq")}</span>
          <input name="moq" inputMode="numeric" defaultValue={state.moq ?? ""} className="input mt-1.5" data-testid="filter-moq" />
        </label>
        <button type="submit" className="btn-primary w-full">
          {t("apply")}
        </button>
      </form>

      <section>
        <h3 className="text-xs font-medium text-ink-500">{t("factory")}</h3>
        <ul className="mt-1.5 space-y-0.5">
          <li>
            <Link href={href({ ...base, verified: !state.verified })} className={`${row} ${state.verified ? on : "text-ink-700"}`} data-testid="facet-verified">
              <span>{t("verifiedOnly")}</span>
              <span className="text-xs text-ink-500">{facets.verified}</span>
            </Link>
          </li>
          <li>
            <Link
              href={href({ ...base, reliable: !state.reliable })}
              className={`${row} ${state.reliable ? on : "text-ink-700"}`}
              aria-current={state.reliable ? "true" : undefined}
              data-testid="facet-reliable"
            >
              <span className="inline-flex items-center gap-1">
                <ReliableIcon className="h-3.5 w-3.5 shrink-0 text-emerald-700" />
                {tReliability("filterOnly")}
              </span>
              <span className="text-xs text-ink-500">{facets.reliable}</span>
            </Link>
          </li>
          <li>
            <Link href={href({ ...base, inStock: !state.inStock })} className={`${row} ${state.inStock ? on : "text-ink-700"}`}>
              <span>{t("inStockOnly")}</span>
              <span className="text-xs text-ink-500">{facets.inStock}</span>
            </Link>
          </li>
        </ul>
      </section>

      <section>
        <h3 className="text-xs font-medium text-ink-500">{t("province")}</h3>
        <ul className="mt-1.5 space-y-0.5">
          {facets.provinces.map((p) => {
            const active = state.province === p.value;
            return (
              <li key={p.value}>
                <Link href={href({ ...base, province: active ? undefined : p.value })} className={`${row} ${active ? on : "text-ink-700"}`} data-testid="facet-province">
                  <span>{provinceName(p.value, locale)}</span>
                  <span className="text-xs text-ink-500">{p.count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <section>
        <h3 className="text-xs font-medium text-ink-500">{t("tags")}</h3>
        <ul className="mt-1.5 space-y-0.5">
          {tagSlugs
            .filter((tag) => tagCount.get(tag) || state.tags.includes(tag))
            .map((tag) => {
              const active = state.tags.includes(tag);
              return (
                <li key={tag}>
                  <Link
                    href={href({ ...base, tags: active ? state.tags.filter((x) => x !== tag) : [...state.tags, tag].sort() })}
                    className={`${row} ${active ? on : "text-ink-700"}`}
                    data-testid="facet-tag"
                  >
                    <span>{tTags(tag)}</span>
                    <span className="text-xs text-ink-500">{tagCount.get(tag) ?? 0}</span>
                  </Link>
                </li>
              );
            })}
        </ul>
      </section>
    </div>
  );
}
