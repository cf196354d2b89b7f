import { describe, expect, it } from "vitest";
import { landingPath } from "@/lib/auth/landing-path";

describe("where a person lands after signing in", () => {
  it("sends buyers back where they came from", () => {
    expect(landingPath("buyer", false, "/p/12")).toBe("/p/12");
    expect(landingPath("buyer", false, "/")).toBe("/");
    expect(landingPath("partner", false, "/checkout")).toBe("/checkout");
  });
  it("sends factory members to their portal, unless they were sent away from one of its pages", () => {
    expect(landingPath("buyer", true, "/")).toBe("/factory");
    expect(landingPath("factory", true, "/p/12")).toBe("/factory");
    expect(landingPath("factory", true, "/factory/listings/3")).toBe("/factory/listings/3");
    expect(landingPath("factory", true, "/factoryish")).toBe("/factory");
  });
  it("sends agents to their warehouse and admins to the admin pages", () => {
    expect(landingPath("agent", false, "/")).toBe("/agent");
    expect(landingPath("agent", false, "/p/1")).toBe("/agent");
    expect(landingPath("agent", false, "/agent/orders?status=paid")).toBe("/agent/orders?status=paid");
    expect(landingPath("admin", false, "/")).toBe("/admin");
    expect(landingPath("admin", false, "/admin/factories")).toBe("/admin/factories");
    expect(landingPath("admin", false, "/agent/orders")).toBe("/agent/orders");
  });
});
