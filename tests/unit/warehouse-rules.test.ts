// The warehouse's pure rules: parcel and shipment state machines (every illegal transition
// refused), the predicted parcel on a line, storage fees across month ends, reliability figures.
import { describe, expect, it } from "vitest";
import { signCarrierPayload, verifyCarrierSignature } from "@/lib/shipments/carrier-signature";
import { predictParcel, insuranceMinor } from "@/lib/shipments/predict-parcel";
import { assertCanShip, assertShipmentTransition, canShipmentTransition, shipmentStatuses } from "@/lib/shipments/shipment-status";
import { assertParcelTransition, canParcelTransition, parcelStatuses } from "@/lib/warehouse/parcel-status";
import { isReliable, reliability } from "@/lib/warehouse/reliability";
import { addMonthsClamped, storageClock } from "@/lib/warehouse/storage-clock";

const allowedParcel = new Set(["expected>received", "received>qc_passed", "received>qc_failed", "qc_passed>stored", "qc_failed>stored", "qc_failed>returned"]);
const allowedShipment = new Set([
  "requested>packing", "requested>cancelled", "packing>packed", "packing>cancelled", "packed>shipped", "packed>packing", "packed>cancelled", "shipped>delivered",
]);

describe("parcel state machine", () => {
  for (const from of parcelStatuses) {
    for (const to of parcelStatuses) {
      const ok = allowedParcel.has(`${from}>${to}`);
      it(`${ok ? "allows" : "refuses"} ${from} -> ${to}`, () => {
        expect(canParcelTransition(from, to)).toBe(ok);
        if (ok) expect(() => assertParcelTransition(from, to)).not.toThrow();
        else expect(() => assertParcelTransition(from, to)).toThrow(expect.objectContaining({ code: "conflict", key: "wh.invalidTransition" }));
      });
    }
  }
});

describe("shipment state machine", () => {
  for (const from of shipmentStatuses) {
    for (const to of shipmentStatuses) {
      const ok = allowedShipment.has(`${from}>${to}`);
      it(`${ok ? "allows" : "refuses"} ${from} -> ${to}`, () => {
        expect(canShipmentTransition(from, to)).toBe(ok);
        if (!ok) expect(() => assertShipmentTransition(from, to)).toThrow(expect.objectContaining({ code: "conflict" }));
      });
    }
  }
  it("ships nothing unpaid, and no rehearsal before the buyer approves it", () => {
    expect(() => assertCanShip({ status: "packed", rehearsal: false, rehearsalApprovedAt: null }, false)).toThrow(expect.objectContaining({ key: "wh.unpaid" }));
    expect(() => assertCanShip({ status: "packed", rehearsal: true, rehearsalApprovedAt: null }, true)).toThrow(expect.objectContaining({ key: "wh.rehearsalNotApproved" }));
    expect(() => assertCanShip({ status: "packing", rehearsal: false, rehearsalApprovedAt: null }, true)).toThrow(expect.objectContaining({ key: "wh.shipmentTransition" }));
    expect(() => assertCanShip({ status: "packed", rehearsal: true, rehearsalApprovedAt: new Date() }, true)).not.toThrow();
  });
});

describe("predicted parcel", () => {
  const line = { firstWeightG: 500, firstPriceFen: 10_000, stepG: 500, stepPriceFen: 4_000, volumetricDivisor: 6000, maxWeightG: 30_000 };
  it("charges the heavier of actual and volumetric weight, rounded up to the line's step", () => {
    // 10 units of 200 g in 100x100x100 mm: 2 kg actual; volume 10 L x 1.15 packing = 11.5 L / 6000 = 1.92 kg.
    const p = predictParcel([{ weightG: 200, box: { lengthMm: 100, widthMm: 100, heightMm: 100 }, quantity: 10 }], line);
    expect(p.weightG).toBe(2000);
    expect(p.chargeableWeightG).toBe(2000);
    expect(p.costFen).toBe(10_000 + 3 * 4_000);
  });
  it("uses the volume when bulky goods are light", () => {
    const p = predictParcel([{ weightG: 50, box: { lengthMm: 300, widthMm: 300, heightMm: 300 }, quantity: 4 }], line);
    expect(p.volumetricWeightG).toBeGreaterThan(p.weightG);
    expect(p.chargeableWeightG).toBe(Math.ceil((p.volumetricWeightG - 500) / 500) * 500 + 500);
  });
  it("has no price above the line's maximum weight", () => {
    expect(predictParcel([{ weightG: 40_000, box: { lengthMm: 10, widthMm: 10, heightMm: 10 }, quantity: 1 }], line).costFen).toBeNull();
  });
  it("insures a share of the declared value, rounded half up", () => {
    expect(insuranceMinor(10_000, 300)).toBe(300);
    expect(insuranceMinor(1_250, 300)).toBe(38); // 37.5 -> 38
  });
});

describe("storage fees", () => {
  const policy = { freeStorageDays: 90, storageFeeFenPerItemMonth: 500 };
  it("is free during the free days and counts the days left", () => {
    const stored = new Date("2026-01-01T00:00:00Z");
    const c = storageClock(stored, 10, policy, new Date("2026-03-01T00:00:00Z"));
    expect(c.feeFen).toBe(0);
    expect(c.freeDaysLeft).toBe(31);
  });
  it("charges each month started after the free days, per item", () => {
    const stored = new Date("2026-01-01T00:00:00Z"); // free until 1 April
    expect(storageClock(stored, 10, policy, new Date("2026-04-01T00:00:01Z")).feeFen).toBe(10 * 500);
    expect(storageClock(stored, 10, policy, new Date("2026-05-01T00:00:00Z")).monthsCharged).toBe(2);
  });
  it("clamps months to their last day across month ends (31 January -> 28 February -> 31 March)", () => {
    expect(addMonthsClamped(new Date("2026-01-31T12:00:00Z"), 1).toISOString()).toBe("2026-02-28T12:00:00.000Z");
    expect(addMonthsClamped(new Date("2026-01-31T12:00:00Z"), 2).toISOString()).toBe("2026-03-31T12:00:00.000Z");
    expect(addMonthsClamped(new Date("2028-01-31T00:00:00Z"), 1).toISOString()).toBe("2028-02-29T00:00:00.000Z");
    // Free days end on 31 January: one month on 27 February, two on 28 February.
    const stored = new Date(new Date("2026-01-31T12:00:00Z").getTime() - 90 * 86_400_000);
    expect(storageClock(stored, 1, policy, new Date("2026-02-27T12:00:00Z")).monthsCharged).toBe(1);
    expect(storageClock(stored, 1, policy, new Date("2026-02-28T12:00:00Z")).monthsCharged).toBe(2);
  });
});

describe("factory reliability", () => {
  it("gives QC failure rate, count mismatches and median days to ship", () => {
    const r = reliability(
      [{ failed: true, counted: 5, expected: 5 }, { failed: false, counted: 4, expected: 5 }, { failed: false, counted: 5, expected: 5 }, { failed: false, counted: 6, expected: 5 }],
      [
        { placedAt: new Date("2026-01-01"), shippedAt: new Date("2026-01-03") },
        { placedAt: new Date("2026-01-01"), shippedAt: new Date("2026-01-05") },
        { placedAt: new Date("2026-01-01"), shippedAt: null },
      ],
    );
    expect(r).toMatchObject({ checkedLines: 4, qcFailureRate: 0.25, countMismatchRate: 0.5, medianDaysToShip: 3, shippedOrders: 2 });
    expect(isReliable(r)).toBe(false);
  });
  it("has no figures without data, and calls a clean fast factory reliable", () => {
    expect(reliability([], [])).toMatchObject({ qcFailureRate: null, countMismatchRate: null, medianDaysToShip: null });
    const clean = Array.from({ length: 6 }, () => ({ failed: false, counted: 5, expected: 5 }));
    expect(isReliable(reliability(clean, [{ placedAt: new Date("2026-01-01"), shippedAt: new Date("2026-01-03") }]))).toBe(true);
  });
});

describe("carrier webhook signature", () => {
  it("accepts our own signature and refuses a tampered body, another secret or an old timestamp", () => {
    const secret = "carrier-secret-0123456789";
    const now = Date.UTC(2026, 11, 6, 12);
    const t = Math.floor(now / 1000);
    const body = JSON.stringify({ trackingNumber: "DHL123456", stage: "in_transit" });
    const header = signCarrierPayload(secret, t, body);
    expect(verifyCarrierSignature(secret, header, body, now)).toBe(true);
    expect(verifyCarrierSignature(secret, header, body.replace("in_transit", "delivered"), now)).toBe(false);
    expect(verifyCarrierSignature("another-secret-0123456789", header, body, now)).toBe(false);
    expect(verifyCarrierSignature(secret, header, body, now + 301_000)).toBe(false);
    expect(verifyCarrierSignature(secret, null, body, now)).toBe(false);
  });
});
