import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env"; // fail at start, with a clear message, on a bad environment

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "sharp", "pdfkit", "bwip-js", "@node-rs/jieba"],
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run dev` opened as http://127.0.0.1:3000 (not only localhost) keeps hot reload and actions.
  allowedDevOrigins: ["127.0.0.1"],
};

export default withNextIntl(nextConfig);
