import "server-only";
// One sitemap file as a stream of XML: the pages sitemap (home and categories) in one piece, a
// listings or factories sitemap batch by batch from the database.
import { z } from "zod";
import type { Db } from "@/db/client";
import { cachedCategoryTree } from "@/lib/catalog/cached";
import type { CategoryNode } from "@/lib/catalog/categories";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { cachedSitemapChunks } from "./cached-sitemap";
import { parseSitemapFile, urlEntry, urlsetClose, urlsetOpen } from "./sitemap-plan";
import { localizedUrl } from "./site-url";
import { streamSitemapRows, type SitemapRow } from "./stream-sitemap-rows";

export async function readSitemap(db: Db, rawLocale: string, rawFile: string): Promise<ReadableStream<Uint8Array>> {
  const file = parseSitemapFile(rawLocale, rawFile);
  if (!file) throw new NotFoundError("sitemap", `${rawLocale}/${rawFile}`);
  const { locale } = file;
  const encoder = new TextEncoder();

  if (file.kind === "pages") {
    const [tree, chunks] = await Promise.all([cachedCategoryTree(locale), cachedSitemapChunks()]);
    const flat = (nodes: CategoryNode[]): CategoryNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const body =
      urlEntry(localizedUrl(locale, "/"), chunks.catalogLastmod) +
      flat(tree)
        .map((c) => urlEntry(localizedUrl(locale, `/c/${c.slug}`), chunks.catalogLastmod))
        .join("");
    return new Blob([urlsetOpen + body + urlsetClose]).stream();
  }

  const rows = streamSitemapRows(db, file.kind, file.chunk);
  const first = await rows.next();
  // An id range without public pages has no sitemap (the index never names it; an empty urlset is invalid).
  if (first.done) throw new NotFoundError("sitemap", `${rawLocale}/${rawFile}`);
  const pathOf = (id: number) => (file.kind === "listings" ? `/p/${id}` : `/f/${id}`);
  const lines = (batch: SitemapRow[]) => encoder.encode(batch.map((r) => urlEntry(localizedUrl(locale, pathOf(r.id)), r.lastmod)).join(""));
  return new ReadableStream<Uint8Array>({
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
}

export const readSitemapOp = defineOperation({
  name: "seo.sitemap",
  access: access.public,
  input: z.object({ locale: z.string().max(8), file: z.string().max(40) }),
  run: ({ db }, { locale, file }) => readSitemap(db, locale, file),
});
