// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the endpoint definitions
import { gatedRoute } from "@/lib/gate/next";
import { siteOrigin } from "@/lib/partners/api/catalog";
import { openApiDocument } from "@/lib/partners/api/openapi";

export const GET = gatedRoute("partners.openApiDocument", async () =>
  Response.json(openApiDocument(siteOrigin()), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } }),
);
