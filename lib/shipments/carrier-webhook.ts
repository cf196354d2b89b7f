import "server-only";
// Tracking events from a carrier (SPEC 6): POST /api/carrier/tracking with a JSON body
// { trackingNumber, stage, location?, occurredAt? } signed like our other webhooks:
// header `Carrier-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with
// CARRIER_WEBHOOK_SECRET; older than 5 minutes, or a wrong signature, is refused.
import { z } from "zod";
import { env } from "@/lib/env";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { addTrackingEvent } from "./add-tracking-event";
import { verifyCarrierSignature } from "./carrier-signature";

export const carrierTrackingOp = defineOperation({
  name: "shipments.carrierTracking",
  access: access.public,
  input: z.object({ body: z.string().max(20_000), signature: z.string().max(300).nullable() }),
  rateLimit: { capacity: 120, refillSeconds: 60 },
  run: async ({ db }, { body, signature }) => {
    if (!env.CARRIER_WEBHOOK_SECRET) throw new NotFoundError("endpoint", "carrier");
    if (!verifyCarrierSignature(env.CARRIER_WEBHOOK_SECRET, signature, body)) throw new ForbiddenError("signature");
    let json: { trackingNumber?: unknown; stage?: unknown; location?: unknown; occurredAt?: unknown };
    try {
      json = JSON.parse(body);
    } catch {
      throw new ValidationError([{ path: [], key: "malformedJson" }]);
    }
    const trackingNumber = typeof json.trackingNumber === "string" ? json.trackingNumber.replace(/\s+/g, "").toUpperCase() : "";
    return addTrackingEvent(db, { trackingNumber }, { stage: json.stage, location: json.location, occurredAt: json.occurredAt }, "carrier", null);
  },
});
