// POST /api/v1/orders/{id}/cancel — cancel an unpaid order
import { orders } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const POST = apiRoute(orders.cancelOrder);
