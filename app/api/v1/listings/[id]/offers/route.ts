// GET /api/v1/listings/{id}/offers — the same product ranked by landed unit cost
import { discovery } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(discovery.listingOffers);
