// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the endpoint definitions
import { siteOrigin } from "@/lib/partners/api/catalog";
import { openApiDocument } from "@/lib/partners/api/openapi";

export function GET() {
  return Response.json(openApiDocument(siteOrigin()), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
