// GET /api/og/<locale>/<currency>/<p|f>/<id> — the link-preview image of a listing or a factory
// (1200 x 630 PNG) in the page's language, script and currency.
import { routeHandler } from "@/lib/gate/next";
import { renderPreviewOp } from "@/lib/seo/render-preview";

export const dynamic = "force-dynamic";

export const GET = routeHandler(renderPreviewOp, {
  input: (_request, params) => params,
  respond: (png) =>
    new Response(new Uint8Array(png), {
      headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
    }),
});
