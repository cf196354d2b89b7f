import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function Pagination({ locale, page, pages, href }: { locale: string; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "Category" });
  return (
    <nav className="mt-8 flex items-center justify-center gap-3 text-sm" aria-label={t("pageOf", { page, pages })}>
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-secondary" rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span aria-disabled="true" className="btn-secondary pointer-events-none opacity-40">{t("previous")}</span>
      )}
      <span className="text-ink-500">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn-secondary" rel="next">
          {t("next")}
        </Link>
      ) : (
        <span aria-disabled="true" className="btn-secondary pointer-events-none opacity-40">{t("next")}</span>
      )}
    </nav>
  );
}
