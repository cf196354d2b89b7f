import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/rate-limit";

describe("rate limits", () => {
  it("blocks a key after its limit within the window, and frees it when the window ends", () => {
    const limiter = createRateLimiter(5, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) expect(limiter.hit("ip|a@b.c", t0 + i)).toBeNull();
    expect(limiter.blocked("ip|a@b.c", t0 + 10)).toBe(60);
    expect(limiter.hit("ip|a@b.c", t0 + 10)).toBe(60);
    expect(limiter.blocked("other", t0 + 10)).toBeNull();
    expect(limiter.blocked("ip|a@b.c", t0 + 60_001)).toBeNull();
  });

  it("forgets a key on reset (a successful sign-in)", () => {
    const limiter = createRateLimiter(2, 60_000);
    limiter.hit("k");
    limiter.hit("k");
    expect(limiter.blocked("k")).not.toBeNull();
    limiter.reset("k");
    expect(limiter.blocked("k")).toBeNull();
  });
});
