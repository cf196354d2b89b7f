// GET /api/v1/links/lookup — the listing behind one of our URLs or a 1688 offer
import { discovery } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(discovery.lookupLink);
