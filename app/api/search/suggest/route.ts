// GET /api/search/suggest?locale=<locale>&q=<prefix> — completions as the buyer types
import { routeHandler } from "@/lib/gate/next";
import { suggestOp } from "@/lib/search/suggest-op";

export const GET = routeHandler(suggestOp, {
  respond: (suggestions) => Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=300" } }),
});
