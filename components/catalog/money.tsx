import { convertFromCny, type Rate } from "@/lib/money/convert";
import type { Currency } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format";

/** An amount in CNY fen shown in the buyer's currency (converted and rounded once). */
export function Money({
  fen,
  currency,
  rate,
  locale,
  className,
}: {
  fen: number;
  currency: Currency;
  rate: Rate;
  locale: string;
  className?: string;
}) {
  return (
    <span className={className} dir="ltr" style={{ unicodeBidi: "isolate" }}>
      {formatMoney(convertFromCny(fen, rate.ratePerCny, currency), currency, locale)}
    </span>
  );
}
