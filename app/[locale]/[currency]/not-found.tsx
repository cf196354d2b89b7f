import { getLocale, getTranslations } from "next-intl/server";
import { DocumentTitle } from "@/components/layout/document-title";
import { Link } from "@/i18n/navigation";

// Its tab title is set by DocumentTitle: a generateMetadata here would read the request's headers and
// turn every cached page dynamic (see components/layout/document-title.tsx).
export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const tLooks = await getTranslations({ locale, namespace: "Looks" });
  return (
    <div className="container-page grid place-items-center py-20 text-center">
      <DocumentTitle title={`${tLooks("notFoundTitle")} · Haozao`} />
      <div className="max-w-lg">
        <p className="text-7xl font-black tracking-tight text-brand-500">404</p>
        <h1 className="mt-4 text-2xl font-bold" data-testid="not-found-title">{t("title")}</h1>
        <p className="mt-3 text-ink-500">{t("text")}</p>
        <form action={`/${locale}/search`} method="get" role="search" className="mt-6 flex gap-2">
          <input name="q" type="search" className="input h-11 flex-1 rounded-full" aria-label={t("browse")} />
        </form>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/" className="btn-primary">
            {t("home")}
          </Link>
          <Link href="/#categories" className="btn-secondary">
            {t("browse")}
          </Link>
        </div>
      </div>
    </div>
  );
}
