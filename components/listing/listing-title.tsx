"use client";
// The listing's title; a machine translation carries its badge and can be switched to the factory's
// original (SPEC 3), like the description below it.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { LocalizedText } from "@/lib/catalog/listing-detail";

export function ListingTitle({ title, original, languageName }: { title: LocalizedText; original: { text: string; locale: string }; languageName: string }) {
  const t = useTranslations("Listing");
  const [showOriginal, setShowOriginal] = useState(false);
  const machine = title.origin === "machine" && original.locale !== title.locale;
  const shown = showOriginal ? original : title;
  return (
    <>
      <h1 className="mt-3 text-xl font-bold leading-snug md:text-2xl" lang={shown.locale} data-testid="listing-title" data-origin={showOriginal ? "source" : title.origin}>
        {shown.text}
      </h1>
      {machine ? (
        <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs">
          <span className="rounded-md bg-sky-50 px-1.5 py-0.5 font-medium text-sky-800 ring-1 ring-sky-200" data-testid="title-machine">{t("machineTranslated")}</span>
          <button type="button" className="font-medium text-brand-700 hover:underline" onClick={() => setShowOriginal((v) => !v)} data-testid="title-show-original">
            {showOriginal ? t("hideOriginal") : t("showOriginal")}
          </button>
          {showOriginal ? <span className="text-ink-500">{t("originalText", { language: languageName })}</span> : null}
        </div>
      ) : null}
    </>
  );
}
