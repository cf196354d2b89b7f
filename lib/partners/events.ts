// The events a partner can subscribe to (webhooks) and read again (GET /api/v1/events).
export const PARTNER_EVENTS = [
  "order.paid",
  "order.purchased",
  "parcel.received",
  "qc.ready",
  "shipment.packed",
  "shipment.shipped",
  "shipment.delivered",
  "order.refunded",
] as const;
export type PartnerEventType = (typeof PARTNER_EVENTS)[number];
export const isPartnerEvent = (value: string): value is PartnerEventType => (PARTNER_EVENTS as readonly string[]).includes(value);

/** The header that carries a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = "Haozao-Signature";
/** Seconds a receiver should accept between the signed time and now. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
