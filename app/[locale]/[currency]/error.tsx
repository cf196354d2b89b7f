"use client";
// A fault while rendering a page: a translated page with a way back, never Next's raw error page.
// The fault itself is logged on the server (Next logs it with its digest).
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Link } from "@/i18n/navigation";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="container-page grid place-items-center py-20 text-center" data-testid="error-page">
      <div className="max-w-lg">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-ink-500">{t("text")}</p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-ink-500" dir="ltr">{error.digest}</p> : null}
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <button type="button" onClick={reset} className="btn-primary">{t("retry")}</button>
          <Link href="/" className="btn-secondary">{t("home")}</Link>
        </div>
      </div>
    </div>
  );
}
