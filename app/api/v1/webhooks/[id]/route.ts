// DELETE /api/v1/webhooks/{id} — remove an endpoint
import { webhooks } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const DELETE = apiRoute(webhooks.deleteWebhook);
