// Factory reliability from our own warehouse (SPEC 6), over the last 90 days: QC failure rate,
// share of short or over shipments, and days from purchase order to shipment. Pure: the figures
// from per-line and per-order facts.

export interface QcFact { failed: boolean; counted: number; expected: number }
export interface PoFact { placedAt: Date; shippedAt: Date | null }

export interface Reliability {
  checkedLines: number;
  /** 0..1, null without checks. */
  qcFailureRate: number | null;
  /** Share of lines counted short or over, 0..1. */
  countMismatchRate: number | null;
  /** Median whole days from purchase order to shipment, null without shipments. */
  medianDaysToShip: number | null;
  shippedOrders: number;
}

export function reliability(qc: readonly QcFact[], pos: readonly PoFact[]): Reliability {
  const days = pos
    .filter((p) => p.shippedAt)
    .map((p) => Math.max(0, (p.shippedAt!.getTime() - p.placedAt.getTime()) / 86_400_000))
    .sort((a, b) => a - b);
  const median = days.length ? (days.length % 2 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2) : null;
  return {
    checkedLines: qc.length,
    qcFailureRate: qc.length ? qc.filter((q) => q.failed).length / qc.length : null,
    countMismatchRate: qc.length ? qc.filter((q) => q.counted !== q.expected).length / qc.length : null,
    medianDaysToShip: median == null ? null : Math.round(median * 10) / 10,
    shippedOrders: days.length,
  };
}

/** "Reliable": enough checked lines, few failures and count mismatches, ships within a week. */
export const isReliable = (r: Reliability) =>
  r.checkedLines >= 5 && (r.qcFailureRate ?? 1) <= 0.05 && (r.countMismatchRate ?? 1) <= 0.1 && (r.medianDaysToShip ?? 99) <= 7;
