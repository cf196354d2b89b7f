"use client";
// Attributes (key / value rows), tags (checkboxes), weight and packed size.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { tagSlugs } from "@/lib/catalog/tags";
import type { EditorApi } from "./editor-api";
import { newRowId } from "./editor-form";
import { EditorSection, InlineError, invalid } from "./section";

export function AttributesSection({ api, attributeNames }: { api: EditorApi; attributeNames: { key: string; label: string }[] }) {
  const t = useTranslations("ListingEditor");
  const { form, set, error } = api;
  const unused = attributeNames.find((n) => !form.attributes.some((a) => a.key === n.key));
  return (
    <EditorSection id="attributes" title={t("sections.attributes")} hint={t("attributes.hint")}>
      {form.attributes.length === 0 && <p className="mb-3 rounded-xl bg-ink-50 px-3 py-2.5 text-sm text-ink-500">{t("attributes.empty")}</p>}
      <ul className="space-y-2">
        {form.attributes.map((row, i) => {
          const keyError = error(`attr:${row.id}.key`);
          const valueError = error(`attr:${row.id}.value`) ?? error(`attr:${row.id}`);
          return (
            <li key={row.id} className="grid grid-cols-[minmax(0,6.5rem)_minmax(0,1fr)_auto] sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)_auto] items-start gap-2" data-testid="attribute-row">
              <div>
                <select
                  aria-label={t("attributes.name")}
                  className={`input ${invalid(keyError)}`}
                  value={row.key}
                  onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, attributes: f.attributes.map((a) => (a.id === row.id ? { ...a, key: v } : a)) }), `attr:${row.id}.key`); }}
                >
                  {attributeNames.map((n) => <option key={n.key} value={n.key}>{n.label}</option>)}
                </select>
                <InlineError message={keyError} />
              </div>
              <div>
                <input
                  aria-label={t("attributes.value")}
                  lang={form.sourceLocale}
                  dir="auto"
                  className={`input ${invalid(valueError)}`}
                  value={row.value}
                  maxLength={200}
                  placeholder={t("attributes.valuePlaceholder")}
                  data-testid={`attribute-value-${i}`}
                  onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, attributes: f.attributes.map((a) => (a.id === row.id ? { ...a, value: v } : a)) }), `attr:${row.id}.value`, `attr:${row.id}`); }}
                />
                <InlineError message={valueError} />
              </div>
              <button type="button" className="btn-secondary px-3" aria-label={t("attributes.remove")} title={t("attributes.remove")} onClick={() => set((f) => ({ ...f, attributes: f.attributes.filter((a) => a.id !== row.id) }), "attributes")}>
                <span aria-hidden>✕</span>
              </button>
            </li>
          );
        })}
      </ul>
      <InlineError message={error("attributes")} />
      <button
        type="button"
        className="btn-secondary mt-3"
        disabled={form.attributes.length >= 30}
        data-testid="add-attribute"
        onClick={() => set((f) => ({ ...f, attributes: [...f.attributes, { id: newRowId(), key: (unused ?? attributeNames[0]).key, value: "" }] }))}
      >
        + {t("attributes.add")}
      </button>
    </EditorSection>
  );
}

export function TagsSection({ api }: { api: EditorApi }) {
  const t = useTranslations("ListingEditor");
  const tTags = useTranslations("Tags");
  const { form, set, error } = api;
  return (
    <EditorSection id="tags" title={t("sections.tags")} hint={t("tags.hint")}>
      <fieldset>
        <legend className="sr-only">{t("sections.tags")}</legend>
        <div className="flex flex-wrap gap-2">
          {tagSlugs.map((slug) => {
            const on = form.tags.includes(slug);
            return (
              <label key={slug} className={`flex cursor-pointer items-center gap-2 rounded-xl border px-3 py-2 text-sm ${on ? "border-brand-500 bg-brand-50 text-brand-800" : "border-ink-100 bg-white text-ink-700 hover:border-ink-300"}`}>
                <input
                  type="checkbox"
                  className="accent-brand-600"
                  checked={on}
                  data-testid={`tag-${slug}`}
                  onChange={() => set((f) => ({ ...f, tags: on ? f.tags.filter((x) => x !== slug) : [...f.tags, slug] }), "tags")}
                />
                {tTags(slug)}
              </label>
            );
          })}
        </div>
      </fieldset>
      <InlineError message={error("tags")} />
    </EditorSection>
  );
}

export function ShippingSection({ api }: { api: EditorApi }) {
  const t = useTranslations("ListingEditor");
  const { form, set, error } = api;
  const sizeError = error("packedSizeMm");
  const dim = (field: "length" | "width" | "height") => (
    <div className="min-w-0 flex-1">
      <label htmlFor={field} className="mb-1 block text-xs text-ink-500">{t(`shipping.${field}`)}</label>
      <input
        id={field}
        inputMode="numeric"
        dir="ltr"
        className={`input ${invalid(sizeError)}`}
        value={form[field]}
        onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, [field]: v }), "packedSizeMm"); }}
      />
    </div>
  );
  return (
    <EditorSection id="shipping" title={t("sections.shipping")} hint={t("shipping.hint")}>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field
          name="weightG"
          label={t("shipping.weightG")}
          inputMode="numeric"
          dir="ltr"
          value={form.weightG}
          error={error("weightG")}
          onChange={(e) => { const v = e.target.value; set((f) => ({ ...f, weightG: v }), "weightG"); }}
        />
        <fieldset>
          <legend className="mb-1.5 block text-sm font-medium text-ink-700">{t("shipping.packedSize")}</legend>
          <div className="flex items-end gap-2">
            {dim("length")}
            <span className="pb-2 text-ink-500" aria-hidden>×</span>
            {dim("width")}
            <span className="pb-2 text-ink-500" aria-hidden>×</span>
            {dim("height")}
          </div>
          <InlineError message={sizeError} testId="error-packedSizeMm" />
        </fieldset>
      </div>
    </EditorSection>
  );
}
