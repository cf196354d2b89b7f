// Pill tones of warehouse statuses.
import type { PillTone } from "@/components/ui/status-pill";

export const parcelTone = (s: string): PillTone =>
  s === "expected" ? "waiting" : s === "received" ? "active" : s === "qc_failed" || s === "returned" ? "closed" : s === "stored" ? "done" : "moving";

export const shipmentTone = (s: string): PillTone =>
  s === "requested" ? "waiting" : s === "packing" || s === "packed" ? "active" : s === "shipped" ? "moving" : s === "delivered" ? "done" : "closed";
