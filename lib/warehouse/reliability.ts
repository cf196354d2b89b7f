// Factory reliability from our own warehouse (SPEC 6), over the last 90 days: QC failure rate,
// share of short or over shipments, and days from purchase order to shipment. Pure: the figures
// from per-line and per-order facts. The one formula: the agent's dashboard, the published
// summary (factory_reliability, refresh-factory-reliability.ts) and the partner API all use it.

export interface QcFact { failed: boolean; counted: number; expected: number }
export interface PoFact { placedAt: Date; shippedAt: Date | null }

/** The window the published figures cover. */
export const RELIABILITY_WINDOW_DAYS = 90;
/** Below this many checked lines the figures are "not enough data yet", and never "reliable". */
export const MIN_CHECKED_LINES = 5;

export interface Reliability {
  checkedLines: number;
  /** 0..1, null without checks. */
  qcFailureRate: number | null;
  /** Share of lines counted short or over, 0..1. */
  countMismatchRate: number | null;
  /** Share of lines counted short only, 0..1. */
  shortShipmentRate: number | null;
  /** Median whole days from purchase order to shipment, null without shipments. */
  medianDaysToShip: number | null;
  /** Mean days from purchase order to shipment (one decimal), null without shipments. */
  meanDaysToShip: number | null;
  shippedOrders: number;
}

const DAY_MS = 86_400_000;
const share = (qc: readonly QcFact[], test: (q: QcFact) => boolean) => (qc.length ? qc.filter(test).length / qc.length : null);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function reliability(qc: readonly QcFact[], pos: readonly PoFact[]): Reliability {
  const days = pos
    .filter((p) => p.shippedAt)
    .map((p) => Math.max(0, (p.shippedAt!.getTime() - p.placedAt.getTime()) / DAY_MS))
    .sort((a, b) => a - b);
  const median = days.length ? (days.length % 2 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2) : null;
  return {
    checkedLines: qc.length,
    qcFailureRate: share(qc, (q) => q.failed),
    countMismatchRate: share(qc, (q) => q.counted !== q.expected),
    shortShipmentRate: share(qc, (q) => q.counted < q.expected),
    medianDaysToShip: median == null ? null : oneDecimal(median),
    meanDaysToShip: days.length ? oneDecimal(days.reduce((a, b) => a + b, 0) / days.length) : null,
    shippedOrders: days.length,
  };
}

/** Enough checked lines for the figures to mean something. */
export const hasEnoughData = (r: Pick<Reliability, "checkedLines">) => r.checkedLines >= MIN_CHECKED_LINES;

/** "Reliable": enough checked lines, few failures and count mismatches, ships within a week. */
export const isReliable = (r: Reliability) =>
  hasEnoughData(r) && (r.qcFailureRate ?? 1) <= 0.05 && (r.countMismatchRate ?? 1) <= 0.1 && (r.medianDaysToShip ?? 99) <= 7;
