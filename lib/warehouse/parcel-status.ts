// The inbound parcel's life (SPEC 6): expected -> received -> qc_passed / qc_failed -> stored,
// or returned (a failed parcel sent back to the factory). Pure: the operations assert it, pages use
// it to show only the actions that are possible.
import { ConflictError } from "@/lib/errors";

export const parcelStatuses = ["expected", "received", "qc_passed", "qc_failed", "stored", "returned"] as const;
export type ParcelStatus = (typeof parcelStatuses)[number];

const transitions: Record<ParcelStatus, readonly ParcelStatus[]> = {
  expected: ["received"],
  // QC of the last line decides: every line passed, or at least one failed.
  received: ["qc_passed", "qc_failed"],
  // A passed parcel's goods are shelved once approved; a failed one may still be partly approved.
  qc_passed: ["stored"],
  qc_failed: ["stored", "returned"],
  stored: [],
  returned: [],
};

export const canParcelTransition = (from: ParcelStatus, to: ParcelStatus) => transitions[from].includes(to);

export function assertParcelTransition(from: ParcelStatus, to: ParcelStatus): void {
  if (!canParcelTransition(from, to)) throw new ConflictError("wh.invalidTransition", `parcel ${from} -> ${to}`);
}
