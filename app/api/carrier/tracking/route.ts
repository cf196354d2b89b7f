// POST /api/carrier/tracking — a carrier reports a tracking event of a shipped parcel (signed; see
// lib/shipments/carrier-webhook.ts).
import { routeHandler } from "@/lib/gate/next";
import { carrierTrackingOp } from "@/lib/shipments/carrier-webhook";

export const dynamic = "force-dynamic";

export const POST = routeHandler(carrierTrackingOp, {
  input: async (request) => ({ body: await request.text(), signature: request.headers.get("carrier-signature") }),
});
