// GET /api/v1/events?after= — every event again, oldest first
import { webhooks } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(webhooks.listEvents);
