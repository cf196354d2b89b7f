// POST /api/v1/listings/image-search — find listings by an uploaded photo
import { discovery } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const POST = apiRoute(discovery.imageSearch);
