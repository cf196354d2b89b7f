"use client";
// Import an edited listings spreadsheet. Good rows are applied; each refused row is listed with its
// row number, column and what is wrong, and changes nothing.
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { postForm } from "@/components/ui/post-form";
import { useRouter } from "@/i18n/navigation";
import type { ImportResult } from "@/lib/listings/csv/import-csv-upload";
import { FormAlert } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function CsvImportForm() {
  const t = useTranslations("Stock");
  const locale = useLocale();
  const router = useRouter();
  // Up to 5 MB: a route handler (POST /api/factory/listings.csv), not a server action.
  const [state, action] = useActionState(async (_: ImportResult, form: FormData): Promise<ImportResult> => {
    const posted = await postForm<ImportResult>(`/api/factory/listings.csv?locale=${locale}`, form, t("errors.skus.invalid"));
    if (posted.ok && posted.data.applied) router.refresh();
    return posted.ok ? posted.data : { status: "error", message: posted.state.errors._form ?? Object.values(posted.state.errors)[0] };
  }, { status: "idle" } as ImportResult);
  return (
    <section className="card p-4 sm:p-5" data-testid="csv-import">
      <h3 className="text-base font-semibold text-ink-900">{t("import.title")}</h3>
      <p className="mt-1 max-w-3xl text-sm text-ink-500">{t("import.intro")}</p>
      <form action={action} className="mt-4 flex flex-wrap items-center gap-3">
        <label htmlFor="csv-file" className="sr-only">{t("import.file")}</label>
        <input
          id="csv-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          className="min-w-0 flex-1 basis-64 text-sm text-ink-700 file:me-3 file:rounded-lg file:border-0 file:bg-ink-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-ink-900 hover:file:bg-ink-300"
          data-testid="csv-file"
        />
        <SubmitButton className="btn-primary" pendingLabel={t("import.working")} testId="csv-import-submit">{t("import.submit")}</SubmitButton>
      </form>
      {state.status !== "idle" && state.message ? (
        <div className="mt-4 space-y-3" aria-live="polite">
          <FormAlert tone={state.status === "ok" ? "ok" : "error"} message={state.message} />
          {state.errors?.length ? (
            <div className="relative overflow-x-auto rounded-xl border border-ink-100">
              <table className="w-full min-w-[32rem] text-sm" data-testid="csv-errors">
                <caption className="sr-only">{t("import.errorsTitle")}</caption>
                <thead className="bg-ink-50 text-xs font-medium text-ink-500">
                  <tr>
                    <th scope="col" className="w-20 px-3 py-2 text-start">{t("import.row")}</th>
                    <th scope="col" className="w-40 px-3 py-2 text-start">{t("import.column")}</th>
                    <th scope="col" className="px-3 py-2 text-start">{t("import.problem")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-ink-100">
                  {state.errors.map((e, i) => (
                    <tr key={`${e.row}-${e.column}-${i}`} data-testid="csv-error">
                      <td className="px-3 py-2 tabular-nums text-ink-700">{e.row || "–"}</td>
                      <td className="px-3 py-2 font-mono text-xs text-ink-700" dir="ltr">{e.column ?? "–"}</td>
                      <td className="px-3 py-2 text-red-700">{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
