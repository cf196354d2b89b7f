import { getTranslations } from "next-intl/server";

/** Tells the buyer the text is not in their language yet (SPEC 3: fallback with its own `lang`). */
export async function UntranslatedBadge({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Listing" });
  return (
    <span className="inline-flex items-center rounded-md bg-amber-50 px-1.5 py-0.5 text-[11px] font-medium text-amber-800 ring-1 ring-amber-200">
      {t("untranslated")}
    </span>
  );
}
