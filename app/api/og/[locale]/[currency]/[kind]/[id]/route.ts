// GET /api/og/<locale>/<currency>/<p|f>/<id> — the link-preview image of a listing or a factory
// (1200 x 630 PNG) in the page's language, script and currency.
import { isLocale } from "@/i18n/locales";
import { cachedRates } from "@/lib/catalog/cached";
import { isCurrency } from "@/lib/money/currencies";
import { buildFactoryPreview, buildListingPreview } from "@/lib/seo/build-preview";
import { renderPreviewImage } from "@/lib/seo/render-preview-image";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; currency: string; kind: string; id: string }> }) {
  const { locale, currency, kind, id: rawId } = await params;
  if (!isLocale(locale) || !isCurrency(currency) || (kind !== "p" && kind !== "f") || !/^\d{1,9}$/.test(rawId)) return notFound();
  const rate = (await cachedRates())[currency];
  const id = Number(rawId);
  const content = kind === "p" ? await buildListingPreview(id, locale, currency, rate) : await buildFactoryPreview(id, locale, currency, rate);
  if (!content) return notFound();
  const png = await renderPreviewImage(content);
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
