// GET /api/v1/balance — prepaid balance and ledger
import { webhooks } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(webhooks.getBalance);
