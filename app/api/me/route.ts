// GET /api/me — who is signed in and how many units are in the cart, for the header of cached pages
import { routeHandler } from "@/lib/gate/next";
import { visitorSummaryOp } from "@/lib/session/visitor-summary";

export const dynamic = "force-dynamic";

export const GET = routeHandler(visitorSummaryOp, {
  input: () => ({}),
  respond: (summary) => Response.json(summary, { headers: { "cache-control": "private, no-store" } }),
});
