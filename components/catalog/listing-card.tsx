import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ListingCard as Card } from "@/lib/catalog/listing-cards";
import type { Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { Money } from "./money";
import { UntranslatedBadge } from "./translation-badge";
import { VerifiedIcon } from "./verified-badge";
import { Photo } from "@/components/ui/photo";
import { ReliableIcon } from "@/components/reliability/reliability-icon";

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
  const tReliability = await getTranslations({ locale, namespace: "Reliability" });
  const unit = tUnits(card.unit as "piece", { count: card.moq });
  const tag = card.tags.find((x) => x === "ships-48h" || x === "low-moq" || x === "eco") ?? card.tags[0];
  return (
    <article className="lc group" data-testid="listing-card">
      <div className="lc-media">
        {card.photoKey && (
          <Photo
            storageKey={card.photoKey}
            size={600}
            alt=""
            width={400}
            height={400}
            loading={priority ? "eager" : "lazy"}
            className="lc-img"
          />
        )}
        {tag && (
          <span className="lc-tag">
            {tTags(tag as "eco")}
          </span>
        )}
        {!card.inStock && (
          <span className="lc-out">
            {t("outOfStock")}
          </span>
        )}
      </div>
      <div className="lc-body">
        <h3 className="lc-title" lang={card.titleLocale}>
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
            <span className="lc-meta">{t("from")}</span>
            <Money fen={card.priceMinFen} currency={currency} rate={rate} locale={locale} className="lc-price" />
          </p>
          <p className="lc-meta">
            {t("moq", { count: card.moq, unit })} · {t("sold", { count: card.soldCount })}
          </p>
        </div>
        <p className="lc-factory">
          {card.verified && <VerifiedIcon className="h-3.5 w-3.5 shrink-0 text-sky-600" />}
          <span className="min-w-0 truncate" dir="auto">{card.factoryName}</span>
          {card.reliable && (
            <span className="ms-auto inline-flex shrink-0 items-center gap-0.5 font-medium text-emerald-700" data-testid="card-reliable">
              <ReliableIcon className="h-3.5 w-3.5" />
              {tReliability("cardBadge")}
            </span>
          )}
        </p>
      </div>
    </article>
  );
}

export function ListingGrid({ children }: { children: React.ReactNode }) {
  return <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4 xl:grid-cols-5">{children}</div>;
}
