// The storage clock (SPEC 6/7): free days from the day goods are shelved, then a fee per item per
// month started. Months are calendar months counted from the end of the free days, clamped to the
// month's last day (free days ending on 31 January: the next months start on 28/29 February, then
// 31 March). Pure, in UTC.

const DAY = 86_400_000;

/** `date` plus `months` calendar months, on the same day of the month or the month's last day. */
export function addMonthsClamped(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
}

export interface StoragePolicy {
  freeStorageDays: number;
  storageFeeFenPerItemMonth: number;
}

export interface StorageClock {
  freeUntil: Date;
  /** Whole free days left (0 once they are over). */
  freeDaysLeft: number;
  /** Months started after the free days. */
  monthsCharged: number;
  feeFen: number;
}

export function storageClock(storedAt: Date, units: number, policy: StoragePolicy, now: Date): StorageClock {
  const freeUntil = new Date(storedAt.getTime() + policy.freeStorageDays * DAY);
  const freeDaysLeft = Math.max(0, Math.ceil((freeUntil.getTime() - now.getTime()) / DAY));
  let monthsCharged = 0;
  if (now.getTime() > freeUntil.getTime()) {
    monthsCharged = 1;
    while (addMonthsClamped(freeUntil, monthsCharged).getTime() <= now.getTime()) monthsCharged++;
  }
  return { freeUntil, freeDaysLeft, monthsCharged, feeFen: monthsCharged * units * policy.storageFeeFenPerItemMonth };
}

/** Abandonment (issue 10): stored goods nobody ships are abandoned `abandonAfterDays` after shelving. */
export const ABANDON_REMINDER_DAYS = [30, 7] as const;

export interface AbandonClock {
  abandonAt: Date;
  /** Whole days left before the goods are abandoned (0 once due). */
  daysLeft: number;
  due: boolean;
}

export function abandonClock(storedAt: Date, abandonAfterDays: number, now: Date): AbandonClock {
  const abandonAt = new Date(storedAt.getTime() + abandonAfterDays * DAY);
  return { abandonAt, daysLeft: Math.max(0, Math.ceil((abandonAt.getTime() - now.getTime()) / DAY)), due: now.getTime() >= abandonAt.getTime() };
}

/**
 * The reminder to send now, as days before the date, or null: each threshold once, and when the
 * sweep comes late past several thresholds, only the nearest one (30 days, then 7).
 */
export function dueAbandonReminder(daysLeft: number, lastSent: number | null): number | null {
  let due: number | null = null;
  for (const t of ABANDON_REMINDER_DAYS) if (daysLeft <= t && (lastSent == null || lastSent > t)) due = t;
  return due;
}

/** The extras billed with a shipment, per kind, in fen: each kind is one line of the breakdown. */
export function sumExtras(rows: { kind: string; amountFen: number }[]): { storageFen: number; qcPhotosFen: number; totalFen: number } {
  let storageFen = 0;
  let qcPhotosFen = 0;
  for (const r of rows) {
    if (r.kind === "storage") storageFen += r.amountFen;
    else if (r.kind === "qc_photos") qcPhotosFen += r.amountFen;
  }
  return { storageFen, qcPhotosFen, totalFen: storageFen + qcPhotosFen };
}
