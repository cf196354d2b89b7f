// GET /api/v1/orders — your orders; POST /api/v1/orders — place an order (Idempotency-Key)
import { orders } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(orders.listOrders);
export const POST = apiRoute(orders.createOrder);
