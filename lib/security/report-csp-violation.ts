import "server-only";
// A browser's Content-Security-Policy violation report, logged (nothing else is done with it).
import { z } from "zod";
import { access, defineOperation } from "@/lib/gate";

export const reportCspViolationOp = defineOperation({
  name: "security.cspReport",
  access: access.public,
  input: z.object({ "csp-report": z.record(z.string(), z.unknown()).optional() }).loose(),
  rateLimit: { capacity: 60, refillSeconds: 60 },
  run: async ({ caller }, report) => {
    const r = (report["csp-report"] ?? report) as Record<string, unknown>;
    console.warn("[csp] violation", JSON.stringify({ ip: caller.ip, page: r["document-uri"], directive: r["violated-directive"], blocked: r["blocked-uri"] }).slice(0, 500));
    return null;
  },
});
