// POST /api/csp-report — the browser's Content-Security-Policy violation reports, logged (at most
// 8 KB each, 60 a minute per client address).
import { jsonBody, routeHandler } from "@/lib/gate/next";
import { reportCspViolationOp } from "@/lib/security/report-csp-violation";

export const POST = routeHandler(reportCspViolationOp, {
  input: (request) => jsonBody(request, 8_192),
  respond: () => new Response(null, { status: 204 }),
});
