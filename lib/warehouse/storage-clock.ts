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
