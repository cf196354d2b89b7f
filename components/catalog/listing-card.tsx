import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ListingCard as Card } from "@/lib/catalog/listing-cards";
import type { Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { Money } from "./money";
import { UntranslatedBadge } from "./translation-badge";
import { VerifiedIcon } from "./verified-badge";

export async function ListingCard({
  card,
  locale,
  currency,
  rate,
  priority = false,
}: {
  card: Card;
  locale: string;
  currency: Currency;
  rate: Rate;
  priority?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Card" });
  const tUnits = await getTranslations({ locale, namespace: "Units" });
  const tTags = await getTranslations({ locale, namespace: "Tags" });
  const unit = tUnits(card.unit as "piece", { count: card.moq });
  const tag = card.tags.find((x) => x === "ships-48h" || x === "low-moq" || x === "eco") ?? card.tags[0];
  return (
    <article className="group card relative flex flex-col overflow-hidden transition-shadow hover:shadow-lg" data-testid="listing-card">
      <div className="relative aspect-square overflow-hidden bg-ink-100">
        {card.photoKey && (
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={`/media/${card.photoKey}`}
            alt=""
            width={400}
            height={400}
            loading={priority ? "eager" : "lazy"}
            decoding="async"
            className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        )}
        {tag && (
          <span className="absolute start-2 top-2 rounded-md bg-white/90 px-2 py-0.5 text-[11px] font-semibold text-ink-700 shadow-sm">
            {tTags(tag as "eco")}
          </span>
        )}
        {!card.inStock && (
          <span className="absolute end-2 top-2 rounded-md bg-ink-900/80 px-2 py-0.5 text-[11px] font-semibold text-white">
            {t("outOfStock")}
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3">
        <h3 className="line-clamp-2 min-h-[2.5rem] text-sm leading-5 text-ink-900" lang={card.titleLocale}>
          <Link href={`/p/${card.id}`} className="after:absolute after:inset-0">
            {card.title}
          </Link>
        </h3>
        {card.untranslated && (
          <div>
            <UntranslatedBadge locale={locale} />
          </div>
        )}
        <div className="mt-auto">
          <p className="flex items-baseline gap-1">
            <span className="text-xs text-ink-500">{t("from")}</span>
            <Money fen={card.priceMinFen} currency={currency} rate={rate} locale={locale} className="text-lg font-bold text-brand-700" />
          </p>
          <p className="text-xs text-ink-500">
            {t("moq", { count: card.moq, unit })} · {t("sold", { count: card.soldCount })}
          </p>
        </div>
        <p className="flex items-center gap-1 truncate border-t border-ink-100 pt-2 text-xs text-ink-500">
          {card.verified && <VerifiedIcon className="h-3.5 w-3.5 shrink-0 text-sky-600" />}
          <span className="truncate" dir="auto">{card.factoryName}</span>
        </p>
      </div>
    </article>
  );
}

export function ListingGrid({ children }: { children: React.ReactNode }) {
  return <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4 xl:grid-cols-5">{children}</div>;
}
