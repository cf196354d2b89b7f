import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env"; // fail at start, with a clear message, on a bad environment

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "sharp", "pdfkit", "bwip-js"],
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default withNextIntl(nextConfig);
