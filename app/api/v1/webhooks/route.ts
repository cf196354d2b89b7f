// GET /api/v1/webhooks — your endpoints; POST /api/v1/webhooks — register one
import { webhooks } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(webhooks.listWebhooks);
export const POST = apiRoute(webhooks.createWebhook);
