import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/db";
import { catalogTags } from "@/lib/catalog/tags-cache";
import { listSitemapChunks } from "./list-sitemap-chunks";

/** The sitemap index's chunks, recomputed at most hourly or when the catalogue changes. */
export const cachedSitemapChunks = () =>
  unstable_cache(async () => listSitemapChunks(await getDb()), ["sitemap-chunks"], {
    tags: [catalogTags.catalog],
    revalidate: 3600,
  })();
