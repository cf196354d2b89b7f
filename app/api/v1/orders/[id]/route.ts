// GET /api/v1/orders/{id} — one of your orders
import { orders } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(orders.getOrder);
