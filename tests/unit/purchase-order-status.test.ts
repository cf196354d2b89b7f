import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/errors";
import {
  assertTransition, canRejectLines, canTransition, nextStatuses, purchaseOrderStatuses,
} from "@/lib/purchase-orders/purchase-order-status";

describe("purchase order status", () => {
  it("goes placed -> accepted -> shipped -> received", () => {
    expect(canTransition("placed", "accepted")).toBe(true);
    expect(canTransition("accepted", "shipped")).toBe(true);
    expect(canTransition("shipped", "received")).toBe(true);
  });

  it("can be rejected before it ships, not after", () => {
    expect(canTransition("placed", "rejected")).toBe(true);
    expect(canTransition("accepted", "rejected")).toBe(true);
    expect(canTransition("shipped", "rejected")).toBe(false);
    expect(canRejectLines("placed")).toBe(true);
    expect(canRejectLines("accepted")).toBe(true);
    expect(canRejectLines("shipped")).toBe(false);
  });

  it("never skips a step, goes back, or leaves an end state", () => {
    expect(canTransition("placed", "shipped")).toBe(false);
    expect(canTransition("accepted", "placed")).toBe(false);
    expect(canTransition("shipped", "accepted")).toBe(false);
    expect(nextStatuses("received")).toEqual([]);
    expect(nextStatuses("rejected")).toEqual([]);
    for (const status of purchaseOrderStatuses) expect(canTransition(status, status)).toBe(false);
  });

  it("refuses an impossible transition with a conflict carrying a message key", () => {
    expect(() => assertTransition("placed", "shipped")).toThrow(ConflictError);
    try {
      assertTransition("rejected", "accepted");
    } catch (error) {
      expect((error as ConflictError).key).toBe("purchaseOrders.invalidTransition");
    }
    expect(() => assertTransition("accepted", "shipped")).not.toThrow();
  });
});
