// Webhook signatures as a partner's receiver checks them, key formats, and the retry schedule.
import { describe, expect, it } from "vitest";
import { keyMode, newKey } from "@/lib/partners/api-keys";
import { signWebhook, verifyWebhook } from "@/lib/partners/sign-webhook";
import { backoffSeconds } from "@/lib/partners/webhook-queue";

describe("webhook signatures", () => {
  const body = JSON.stringify({ id: "evt_1", type: "order.paid" });
  it("verifies a signature over the timestamp and the raw body", () => {
    expect(verifyWebhook("whsec_a", body, signWebhook("whsec_a", body))).toBe(true);
  });
  it("refuses a tampered body, another secret, a missing header and an old timestamp", () => {
    const header = signWebhook("whsec_a", body);
    expect(verifyWebhook("whsec_a", body.replace("paid", "refunded"), header)).toBe(false);
    expect(verifyWebhook("whsec_b", body, header)).toBe(false);
    expect(verifyWebhook("whsec_a", body, null)).toBe(false);
    const old = Math.floor(Date.now() / 1000) - 301;
    expect(verifyWebhook("whsec_a", body, signWebhook("whsec_a", body, old))).toBe(false);
  });
});

describe("API keys", () => {
  it("are prefixed by mode, long and random, and recognised only in that form", () => {
    const a = newKey("test");
    const b = newKey("live");
    expect(a.key).toMatch(/^hz_test_[A-Za-z0-9]{40}$/);
    expect(b.key).toMatch(/^hz_live_/);
    expect(a.hash).toHaveLength(64);
    expect(a.hash).not.toBe(newKey("test").hash);
    expect(keyMode(a.key)).toBe("test");
    expect(keyMode(b.key)).toBe("live");
    expect(keyMode("hz_prod_x")).toBeNull();
    expect(keyMode(`${a.key} `)).toBeNull();
  });
});

describe("delivery retries", () => {
  it("back off exponentially", () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([30, 60, 120, 240]);
  });
});
