// POST /api/v1/orders/{id}/sandbox-payment — test orders: end the sandbox payment
import { orders } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const POST = apiRoute(orders.sandboxPayment);
