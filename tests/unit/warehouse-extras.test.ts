// The rules behind the warehouse's extras (issue 10, items 4–5): the order-line state machine with
// `abandoned` (every illegal transition refused), storage fees across month ends as the clock bills
// them, the abandonment date and its reminders (30 and 7 days before, once each), and the extras'
// totals per kind.
import { describe, expect, it } from "vitest";
import { assertLineTransition, atWarehouse, canLineTransition, orderLineStatuses } from "@/lib/orders/order-line-status";
import { abandonClock, addMonthsClamped, dueAbandonReminder, storageClock, sumExtras } from "@/lib/warehouse/storage-clock";

const allowedLine = new Set([
  "open>ordered", "open>refunded", "open>cancelled", "ordered>received", "ordered>refunded", "ordered>cancelled", "received>qc_passed", "received>qc_failed",
  "qc_passed>stored", "qc_passed>refunded", "qc_failed>stored", "qc_failed>refunded", "stored>shipped", "stored>abandoned",
]);

describe("order line state machine", () => {
  for (const from of orderLineStatuses) {
    for (const to of orderLineStatuses) {
      const ok = allowedLine.has(`${from}>${to}`);
      it(`${ok ? "allows" : "refuses"} ${from} -> ${to}`, () => {
        expect(canLineTransition(from, to)).toBe(ok);
        if (ok) expect(() => assertLineTransition(from, to)).not.toThrow();
        else expect(() => assertLineTransition(from, to)).toThrow(expect.objectContaining({ code: "conflict", key: "wh.lineTransition" }));
      });
    }
  }
  it("abandons only stored goods, and nothing comes back from abandoned", () => {
    expect(orderLineStatuses.filter((s) => canLineTransition(s, "abandoned"))).toEqual(["stored"]);
    expect(orderLineStatuses.filter((s) => canLineTransition("abandoned", s))).toEqual([]);
  });
  it("lets extras be ordered only for goods at the warehouse", () => {
    expect(orderLineStatuses.filter(atWarehouse)).toEqual(["qc_passed", "qc_failed", "stored"]);
  });
});

describe("storage fees billed month by month", () => {
  const policy = { freeStorageDays: 90, storageFeeFenPerItemMonth: 500 };
  // Shelved 2 November 2025: 90 free days end 31 January 2026; months then start 28 Feb, 31 Mar, 30 Apr.
  const stored = new Date("2025-11-02T10:00:00Z");
  const periods = (now: Date) => {
    const c = storageClock(stored, 4, policy, now);
    return Array.from({ length: c.monthsCharged }, (_, k) => addMonthsClamped(c.freeUntil, k).toISOString().slice(0, 10));
  };
  it("charges nothing while the free days last, then one month per month started", () => {
    expect(storageClock(stored, 4, policy, new Date("2026-01-31T09:59:59Z"))).toMatchObject({ monthsCharged: 0, feeFen: 0, freeDaysLeft: 1 });
    expect(periods(new Date("2026-01-31T10:00:01Z"))).toEqual(["2026-01-31"]);
    expect(periods(new Date("2026-02-28T10:00:00Z"))).toEqual(["2026-01-31", "2026-02-28"]);
    expect(periods(new Date("2026-03-30T23:00:00Z"))).toEqual(["2026-01-31", "2026-02-28"]);
    expect(periods(new Date("2026-03-31T10:00:00Z"))).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
  });
  it("bills the items counted, per month", () => {
    const c = storageClock(stored, 4, policy, new Date("2026-04-30T10:00:00Z"));
    expect(c.monthsCharged).toBe(4);
    expect(c.feeFen).toBe(4 * 4 * 500);
    expect(c.freeDaysLeft).toBe(0);
  });
  it("counts a leap February", () => {
    const s = new Date("2027-11-02T00:00:00Z"); // free days end 31 Jan 2028; next month starts 29 Feb 2028
    const c = storageClock(s, 1, policy, new Date("2028-02-29T00:00:00Z"));
    expect(c.monthsCharged).toBe(2);
    expect(addMonthsClamped(c.freeUntil, 1).toISOString().slice(0, 10)).toBe("2028-02-29");
  });
});

describe("abandonment", () => {
  const stored = new Date("2026-01-10T08:00:00Z");
  it("falls abandonAfterDays after shelving", () => {
    const c = abandonClock(stored, 365, new Date("2026-01-10T08:00:00Z"));
    expect(c.abandonAt.toISOString()).toBe("2027-01-10T08:00:00.000Z");
    expect(c).toMatchObject({ daysLeft: 365, due: false });
    expect(abandonClock(stored, 365, new Date("2027-01-10T07:59:59Z"))).toMatchObject({ daysLeft: 1, due: false });
    expect(abandonClock(stored, 365, new Date("2027-01-10T08:00:00Z"))).toMatchObject({ daysLeft: 0, due: true });
  });
  it("reminds 30 and 7 days before, each once", () => {
    expect(dueAbandonReminder(31, null)).toBeNull();
    expect(dueAbandonReminder(30, null)).toBe(30);
    expect(dueAbandonReminder(29, 30)).toBeNull();
    expect(dueAbandonReminder(8, 30)).toBeNull();
    expect(dueAbandonReminder(7, 30)).toBe(7);
    expect(dueAbandonReminder(3, 7)).toBeNull();
  });
  it("sends only the nearest reminder when the sweep comes late", () => {
    expect(dueAbandonReminder(5, null)).toBe(7);
  });
});

describe("extras totals", () => {
  it("adds storage months and extra photos per kind, and the whole", () => {
    const rows = [
      { kind: "storage", amountFen: 2000 }, { kind: "storage", amountFen: 2000 }, { kind: "qc_photos", amountFen: 600 }, { kind: "qc_photos", amountFen: 200 },
    ];
    expect(sumExtras(rows)).toEqual({ storageFen: 4000, qcPhotosFen: 800, totalFen: 4800 });
    expect(sumExtras([])).toEqual({ storageFen: 0, qcPhotosFen: 0, totalFen: 0 });
  });
  it("ignores a kind it does not know instead of billing it", () => {
    expect(sumExtras([{ kind: "other", amountFen: 999 }]).totalFen).toBe(0);
  });
});
