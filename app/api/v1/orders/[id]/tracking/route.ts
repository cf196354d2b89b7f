// GET /api/v1/orders/{id}/tracking — timeline, shipments, QC photos
import { orders } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(orders.trackOrder);
