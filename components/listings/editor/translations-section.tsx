"use client";
// The listing's text in the ten locales with where each comes from (source, human, machine,
// missing). "Translate missing" runs the translation provider; editing a locale stores a person's
// translation (origin "human"), which machine translation never overwrites.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveTranslationAction, translateListingAction } from "@/components/listings/editor/actions";
import { localeDirection, localeNames, type Locale } from "@/i18n/locales";
import type { FieldIssue } from "@/lib/errors";
import type { EditorTranslation } from "@/lib/listings/load-listing-editor";
import { EditorSection, InlineError } from "./section";
import { OriginBadge } from "../translation-chips";

export function TranslationsSection({ listingId, sourceLocale, initial, machineText, issueText }: {
  listingId: number | null;
  sourceLocale: string;
  initial: EditorTranslation[];
  /** A machine translator of free text is configured (every locale); otherwise only the offline zh -> en one. */
  machineText: boolean;
  issueText: (issue: FieldIssue) => string;
}) {
  const t = useTranslations("ListingEditor");
  const [rows, setRows] = useState(initial);
  const [editing, setEditing] = useState<{ locale: Locale; title: string; description: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  if (listingId === null) {
    return (
      <EditorSection id="translations" title={t("sections.translations")}>
        <p className="rounded-xl border border-dashed border-ink-300 bg-ink-50 px-4 py-8 text-center text-sm text-ink-500">{t("translations.saveFirst")}</p>
      </EditorSection>
    );
  }
  const done = rows.filter((r) => r.origin !== "missing").length;

  const translate = () => {
    setNotice(null);
    startTransition(async () => {
      const result = await translateListingAction(listingId);
      if (!result.ok) return setNotice({ tone: "error", text: issueText(result.issues[0]) });
      setRows(result.translations);
      setNotice({ tone: "ok", text: t("translations.report", { translated: result.translated, untranslated: result.untranslated }) });
    });
  };
  const save = () => {
    if (!editing) return;
    setErrors({});
    const input = editing;
    startTransition(async () => {
      const result = await saveTranslationAction(listingId, input);
      if (!result.ok) {
        const found: Record<string, string> = {};
        for (const issue of result.issues) found[String(issue.path[0] ?? "_form")] ??= issueText(issue);
        return setErrors(found);
      }
      setRows((r) => r.map((row) => (row.locale === input.locale ? { ...input, title: input.title.trim(), description: input.description.trim(), origin: result.origin } : row)));
      setEditing(null);
      setNotice({ tone: "ok", text: t(result.origin === "human" ? "translations.saved" : "translations.removed", { language: localeNames[input.locale] }) });
    });
  };

  return (
    <EditorSection
      id="translations"
      title={t("sections.translations")}
      hint={t("translations.hint")}
      aside={
        <button type="button" className="btn-secondary" onClick={translate} disabled={pending} data-testid="translate-missing">
          {pending && !editing ? t("translations.translating") : t("translations.translateMissing")}
        </button>
      }
    >
      <p className="mb-3 text-sm text-ink-700">
        <span className="font-semibold" data-testid="translation-count">{t("translations.complete", { done, total: rows.length })}</span>
      </p>
      {!machineText && <p className="mb-3 rounded-xl bg-amber-50 px-3 py-2.5 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="glossary-only">{t("translations.glossaryOnly")}</p>}
      {notice && (
        <p role={notice.tone === "error" ? "alert" : "status"} className={`mb-3 rounded-lg px-3 py-2 text-sm ${notice.tone === "error" ? "bg-red-50 text-red-700" : "bg-emerald-50 text-emerald-800"}`} data-testid="translation-notice">
          {notice.text}
        </p>
      )}
      <ul className="divide-y divide-ink-100 rounded-xl border border-ink-100" data-testid="translation-rows">
        {rows.map((row) => {
          const open = editing?.locale === row.locale;
          const isSource = row.locale === sourceLocale;
          return (
            <li key={row.locale} className="p-3" data-testid="translation-row" data-locale={row.locale} data-origin={row.origin}>
              <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                <span className="w-24 shrink-0 text-sm font-medium text-ink-900">{localeNames[row.locale]}</span>
                <OriginBadge origin={row.origin} label={t(`origin.${row.origin}`)} />
                <div className="min-w-0 flex-1 basis-48">
                  {row.origin === "missing" ? (
                    <span className="text-sm text-ink-500">{t("translations.none")}</span>
                  ) : (
                    <>
                      <p className="truncate text-sm text-ink-900" lang={row.locale} dir={localeDirection(row.locale)}>{row.title}</p>
                      {row.description && <p className="line-clamp-1 text-xs text-ink-500" lang={row.locale} dir={localeDirection(row.locale)}>{row.description}</p>}
                    </>
                  )}
                </div>
                {isSource ? (
                  <a href="#basics" className="text-sm text-brand-700 hover:underline">{t("translations.editSource")}</a>
                ) : (
                  !open && (
                    <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => { setErrors({}); setEditing({ locale: row.locale, title: row.title, description: row.description }); }} data-testid={`translation-edit-${row.locale}`}>
                      {row.origin === "missing" ? t("translations.add") : t("translations.edit")}
                    </button>
                  )
                )}
              </div>
              {open && editing && (
                <div className="mt-3 space-y-3 rounded-xl bg-ink-50 p-3">
                  <div>
                    <label htmlFor={`tr-title-${row.locale}`} className="mb-1 block text-xs text-ink-500">{t("translations.title")}</label>
                    <input id={`tr-title-${row.locale}`} className="input" lang={row.locale} dir={localeDirection(row.locale)} maxLength={200} value={editing.title} onChange={(e) => setEditing({ ...editing, title: e.target.value })} data-testid="translation-title" />
                    <InlineError message={errors.title} />
                  </div>
                  <div>
                    <label htmlFor={`tr-desc-${row.locale}`} className="mb-1 block text-xs text-ink-500">{t("translations.description")}</label>
                    <textarea id={`tr-desc-${row.locale}`} className="input" rows={3} lang={row.locale} dir={localeDirection(row.locale)} value={editing.description} onChange={(e) => setEditing({ ...editing, description: e.target.value })} data-testid="translation-description" />
                    <InlineError message={errors.description ?? errors._form ?? errors.locale} />
                  </div>
                  <p className="text-xs text-ink-500">{t("translations.humanNote")}</p>
                  <div className="flex flex-wrap gap-2">
                    <button type="button" className="btn-primary" onClick={save} disabled={pending} data-testid="translation-save">{t("translations.save")}</button>
                    <button type="button" className="btn-secondary" onClick={() => setEditing(null)}>{t("translations.cancel")}</button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </EditorSection>
  );
}
