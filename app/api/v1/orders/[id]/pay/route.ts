// POST /api/v1/orders/{id}/pay — Checkout link or balance debit
import { orders } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const POST = apiRoute(orders.payOrder);
