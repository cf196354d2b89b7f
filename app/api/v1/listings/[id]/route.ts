// GET /api/v1/listings/{id} — a listing with SKUs, tiers, translation origins and market data
import { catalog } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(catalog.getListing);
