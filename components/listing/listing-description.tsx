"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { LocalizedText } from "@/lib/catalog/listing-detail";

/** The description with its translation status; a machine translation can be switched to the original. */
export function ListingDescription({
  description,
  original,
  languageName,
}: {
  description: LocalizedText;
  original: { text: string; locale: string };
  languageName: string;
}) {
  const t = useTranslations("Listing");
  const [showOriginal, setShowOriginal] = useState(false);
  const canToggle = description.origin === "machine" && original.locale !== description.locale;
  const shown = showOriginal ? { text: original.text, locale: original.locale } : description;
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {description.untranslated && (
          <span className="rounded-md bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">{t("untranslated")}</span>
        )}
        {description.origin === "machine" && !description.untranslated && (
          <span className="rounded-md bg-sky-50 px-1.5 py-0.5 text-xs font-medium text-sky-800 ring-1 ring-sky-200">{t("machineTranslated")}</span>
        )}
        {canToggle && (
          <button type="button" className="text-xs font-medium text-brand-700 hover:underline" onClick={() => setShowOriginal((v) => !v)}>
            {showOriginal ? t("hideOriginal") : t("showOriginal")}
          </button>
        )}
        {showOriginal && <span className="text-xs text-ink-500">{t("originalText", { language: languageName })}</span>}
      </div>
      <p lang={shown.locale} className="whitespace-pre-line text-[15px] leading-7 text-ink-700" data-testid="listing-description">
        {shown.text}
      </p>
    </div>
  );
}
