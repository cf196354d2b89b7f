"use client";
// The factory's details. Submitted by hand (not through the form's `action`), so that React does not
// reset the form after the server answers: on an error every field keeps what was typed.
import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition, type FormEvent } from "react";
import { createFactoryAction } from "@/components/factory-portal/actions";
import { Field, FormAlert, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

interface Props {
  provinces: { value: string; label: string }[];
  categories: { id: number; name: string; icon: string }[];
  maxCategories: number;
  currentYear: number;
}

export function OnboardingForm({ provinces, categories, maxCategories, currentYear }: Props) {
  const t = useTranslations("Onboarding");
  const [state, action, pending] = useActionState(createFactoryAction, initialFormState);
  const [, start] = useTransition();
  const [chosen, setChosen] = useState<number[]>([]);
  const errors = state.errors;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    start(() => action(data));
  };
  const toggle = (id: number) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <form onSubmit={submit} noValidate className="mt-6 space-y-6" data-testid="onboarding-form">
      <FormAlert message={errors._form} />
      <section className="card p-5 sm:p-6">
        <h2 className="text-base font-semibold text-ink-900">{t("sections.company")}</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Field name="nameZh" label={t("fields.nameZh")} placeholder={t("placeholders.nameZh")} hint={t("hints.nameZh")} error={errors.nameZh} lang="zh" autoComplete="organization" />
          <Field name="nameEn" label={t("fields.nameEn")} placeholder={t("placeholders.nameEn")} hint={t("hints.nameEn")} error={errors.nameEn} lang="en" dir="ltr" />
          <Field
            name="licenceNumber"
            label={t("fields.licenceNumber")}
            placeholder="91330200MA2xxxxxxx"
            hint={t("hints.licenceNumber")}
            error={errors.licenceNumber}
            dir="ltr"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={24}
            inputMode="text"
          />
          <Field
            name="foundedYear"
            label={t("fields.foundedYear")}
            inputMode="numeric"
            placeholder={String(currentYear - 10)}
            error={errors.foundedYear}
            maxLength={4}
            dir="ltr"
          />
        </div>
      </section>

      <section className="card p-5 sm:p-6">
        <h2 className="text-base font-semibold text-ink-900">{t("sections.location")}</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <SelectField
            name="province"
            label={t("fields.province")}
            options={[{ value: "", label: t("placeholders.province") }, ...provinces]}
            defaultValue=""
            error={errors.province}
          />
          <Field name="city" label={t("fields.city")} placeholder={t("placeholders.city")} error={errors.city} autoComplete="address-level2" />
        </div>
      </section>

      <section className="card p-5 sm:p-6">
        <fieldset aria-describedby="mainCategoryIds-hint">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <legend className="text-base font-semibold text-ink-900">{t("fields.mainCategories")}</legend>
            <span id="mainCategoryIds-hint" className="text-xs text-ink-500" data-testid="categories-count">
              {t("categoriesChosen", { count: chosen.length, max: maxCategories })}
            </span>
          </div>
          <div className="mt-4 grid grid-cols-1 gap-2 sm:grid-cols-2 xl:grid-cols-3">
            {categories.map((c) => {
              const on = chosen.includes(c.id);
              const full = !on && chosen.length >= maxCategories;
              return (
                <label
                  key={c.id}
                  className={`flex cursor-pointer items-center gap-3 rounded-xl border px-3 py-2.5 text-sm transition-colors ${on ? "border-brand-500 bg-brand-50 ring-1 ring-brand-500" : "border-ink-100 hover:border-ink-300"} ${full ? "cursor-not-allowed opacity-50" : ""}`}
                >
                  <input
                    type="checkbox"
                    name="mainCategoryIds"
                    value={c.id}
                    checked={on}
                    disabled={full}
                    onChange={() => toggle(c.id)}
                    className="h-4 w-4 accent-brand-600"
                    data-testid="onboarding-category"
                  />
                  <span aria-hidden className="text-lg leading-none">{c.icon}</span>
                  <span className="min-w-0 truncate text-ink-900">{c.name}</span>
                </label>
              );
            })}
          </div>
          {errors.mainCategoryIds ? (
            <p className="mt-2 text-sm text-red-600" data-testid="error-mainCategoryIds">{errors.mainCategoryIds}</p>
          ) : null}
        </fieldset>
      </section>

      <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-ink-500">{t("terms")}</p>
        <SubmitButton pending={pending} pendingLabel={t("creating")} className="btn-primary sm:min-w-48" testId="onboarding-submit">
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
