"use client";
// Title and description in the listing's source language, category, unit, MOQ, lead time, 1688
// offer id and HS code.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { isLocale, localeDirection, localeNames, locales } from "@/i18n/locales";
import { unitKeys } from "@/lib/catalog/tags";
import type { EditorApi } from "./editor-api";
import { EditorSection, InlineError, invalid } from "./section";

export interface CategoryGroup {
  label: string;
  options: { id: number; name: string }[];
}

export function BasicsSection({ api, categories, isNew }: { api: EditorApi; categories: CategoryGroup[]; isNew: boolean }) {
  const t = useTranslations("ListingEditor");
  const tUnits = useTranslations("Units");
  const { form, set, error } = api;
  const text = (field: "title" | "moq" | "leadTimeDays" | "externalOfferId" | "hsCode") => ({
    value: form[field],
    error: error(field),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.target.value;
      set((f) => ({ ...f, [field]: value }), field);
    },
  });
  const sourceDir = isLocale(form.sourceLocale) ? localeDirection(form.sourceLocale) : "auto";
  const sourceName = localeNames[form.sourceLocale as "zh"] ?? form.sourceLocale;
  return (
    <EditorSection id="basics" title={t("sections.basics")} hint={t("basics.hint", { language: sourceName })}>
      <div className="grid gap-4 sm:grid-cols-2">
        {isNew && (
          <div className="sm:col-span-2">
            <label htmlFor="sourceLocale" className="mb-1.5 block text-sm font-medium text-ink-700">{t("basics.sourceLocale")}</label>
            <select id="sourceLocale" className="input max-w-xs" value={form.sourceLocale} onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, sourceLocale: v })); }}>
              {locales.map((l) => <option key={l} value={l}>{localeNames[l]}</option>)}
            </select>
            <p className="mt-1 text-xs text-ink-500">{t("basics.sourceLocaleHint")}</p>
          </div>
        )}
        <Field name="title" label={t("basics.title")} lang={form.sourceLocale} dir={sourceDir} maxLength={200} className="sm:col-span-2" {...text("title")} hint={t("basics.titleHint")} />
        <div className="sm:col-span-2">
          <label htmlFor="description" className="mb-1.5 block text-sm font-medium text-ink-700">{t("basics.description")}</label>
          <textarea
            id="description"
            lang={form.sourceLocale}
            dir={sourceDir}
            rows={5}
            className={`input ${invalid(error("description"))}`}
            value={form.description}
            aria-invalid={error("description") ? true : undefined}
            onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, description: v }), "description"); }}
          />
          <InlineError message={error("description")} testId="error-description" />
        </div>
        <div>
          <label htmlFor="categoryId" className="mb-1.5 block text-sm font-medium text-ink-700">{t("basics.category")}</label>
          <select
            id="categoryId"
            className={`input ${invalid(error("categoryId"))}`}
            value={form.categoryId}
            aria-invalid={error("categoryId") ? true : undefined}
            onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, categoryId: v }), "categoryId"); }}
          >
            <option value="">{t("basics.categoryPick")}</option>
            {categories.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </optgroup>
            ))}
          </select>
          <InlineError message={error("categoryId")} testId="error-categoryId" />
        </div>
        <div>
          <label htmlFor="unit" className="mb-1.5 block text-sm font-medium text-ink-700">{t("basics.unit")}</label>
          <select id="unit" className={`input ${invalid(error("unit"))}`} value={form.unit} onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, unit: v }), "unit"); }}>
            {unitKeys.map((u) => <option key={u} value={u}>{tUnits(u, { count: 1 })}</option>)}
          </select>
          <InlineError message={error("unit")} testId="error-unit" />
        </div>
        <Field name="moq" label={t("basics.moq")} inputMode="numeric" dir="ltr" {...text("moq")} hint={t("basics.moqHint")} />
        <Field name="leadTimeDays" label={t("basics.leadTimeDays")} inputMode="numeric" dir="ltr" {...text("leadTimeDays")} hint={t("basics.leadTimeHint")} />
        <Field name="externalOfferId" label={t("basics.externalOfferId")} inputMode="numeric" dir="ltr" placeholder="612345678901" {...text("externalOfferId")} hint={t("basics.externalOfferIdHint")} />
        <Field name="hsCode" label={t("basics.hsCode")} inputMode="numeric" dir="ltr" placeholder="961700" {...text("hsCode")} hint={t("basics.hsCodeHint")} />
      </div>
    </EditorSection>
  );
}
