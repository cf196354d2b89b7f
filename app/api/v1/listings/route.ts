// GET /api/v1/listings — list or search listings
import { catalog } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(catalog.listListings);
