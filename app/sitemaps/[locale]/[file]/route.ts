// GET /sitemaps/<locale>/<kind>[-<chunk>].xml — one sitemap of at most 50,000 URLs, streamed from
// the database batch by batch.
import { getDb } from "@/db";
import type { Locale } from "@/i18n/locales";
import { cachedCategoryTree } from "@/lib/catalog/cached";
import type { CategoryNode } from "@/lib/catalog/categories";
import { cachedSitemapChunks } from "@/lib/seo/cached-sitemap";
import { parseSitemapFile, urlEntry, urlsetClose, urlsetOpen } from "@/lib/seo/sitemap-plan";
import { localizedUrl } from "@/lib/seo/site-url";
import { streamSitemapRows, type SitemapRow } from "@/lib/seo/stream-sitemap-rows";

export const dynamic = "force-dynamic";

const headers = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" };
const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale: rawLocale, file: rawFile } = await params;
  const file = parseSitemapFile(rawLocale, rawFile);
  if (!file) return notFound();
  const { locale } = file;

  if (file.kind === "pages") {
    const [tree, chunks] = await Promise.all([cachedCategoryTree(locale), cachedSitemapChunks()]);
    const flat = (nodes: CategoryNode[]): CategoryNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const body =
      urlEntry(localizedUrl(locale, "/"), chunks.catalogLastmod) +
      flat(tree)
        .map((c) => urlEntry(localizedUrl(locale, `/c/${c.slug}`), chunks.catalogLastmod))
        .join("");
    return new Response(urlsetOpen + body + urlsetClose, { headers });
  }

  const db = await getDb();
  const rows = streamSitemapRows(db, file.kind, file.chunk);
  const first = await rows.next();
  // An id range without public pages has no sitemap (the index never names it; an empty urlset is invalid).
  if (first.done) return notFound();
  const pathOf = (id: number) => (file.kind === "listings" ? `/p/${id}` : `/f/${id}`);
  const encoder = new TextEncoder();
  const lines = (batch: SitemapRow[]) => encoder.encode(batch.map((r) => urlEntry(localizedUrl(locale as Locale, pathOf(r.id)), r.lastmod)).join(""));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(urlsetOpen));
      controller.enqueue(lines(first.value));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) {
        controller.enqueue(encoder.encode(urlsetClose));
        controller.close();
      } else {
        controller.enqueue(lines(next.value));
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  return new Response(stream, { headers });
}
