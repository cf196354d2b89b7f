import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env"; // fail at start, with a clear message, on a bad environment

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "sharp", "pdfkit", "bwip-js", "redis"],
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run dev` opened as http://127.0.0.1:3000 (not only localhost) keeps hot reload and actions.
  allowedDevOrigins: ["127.0.0.1"],
  // Catalogue reads are 'use cache' functions (lib/catalog/cached.ts) tagged for revalidation. The
  // directive alone: cacheComponents would also make every page dynamic unless wrapped in Suspense,
  // and our pages are already cached whole, per (locale, currency, view), by route.
  experimental: { useCache: true },
  // Next's page cache, shared between server processes through Redis when REDIS_URL is set
  // (npm run start:cluster); without it, Next's own cache.
  cacheHandler: path.join(process.cwd(), "lib/cache/shared-cache-handler.cjs"),
};

export default withNextIntl(nextConfig);
