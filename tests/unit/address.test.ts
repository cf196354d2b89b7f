import { describe, expect, it } from "vitest";
import { addressSchema } from "@/lib/checkout/address";

const base = { name: "Ana", line1: "1 Main St", city: "Town", phone: "+1 555 0100" };
const check = (country: string, postalCode: string) => addressSchema.safeParse({ ...base, country, postalCode });
const errorOf = (country: string, postalCode: string) => {
  const r = check(country, postalCode);
  return r.success ? null : r.error.issues.find((i) => i.path[0] === "postalCode")?.message;
};

describe("delivery addresses", () => {
  it.each([
    ["US", "94105"], ["US", "94105-1234"], ["CA", "K1A 0B1"], ["GB", "SW1A 1AA"], ["GB", "m1 1ae"], ["DE", "10115"], ["FR", "75008"],
    ["ES", "28013"], ["RU", "101000"], ["MN", "14200"], ["JP", "100-0001"], ["JP", "1000001"], ["KR", "04524"], ["VN", "100000"], ["AU", "2000"],
  ])("accepts a %s postal code %s", (country, code) => {
    expect(check(country, code).success).toBe(true);
  });

  it.each([
    ["US", "9410"], ["CA", "D1A 0B1"], ["GB", "12345"], ["DE", "1011"], ["ES", "60001"], ["RU", "10100"], ["JP", "100-00011"], ["AU", "20000"],
  ])("refuses a %s postal code %s", (country, code) => {
    expect(errorOf(country, code)).toBe("postalCode");
  });

  it("needs no postal code in the UAE, and asks for one elsewhere", () => {
    expect(check("AE", "").success).toBe(true);
    expect(errorOf("DE", "")).toBe("required");
  });

  it("requires the name, street, city and a phone number, and knows only served countries", () => {
    const r = addressSchema.safeParse({ name: " ", line1: "", city: "", phone: "call me", country: "XX", postalCode: "1" });
    expect(r.success).toBe(false);
    const fields = new Set(r.success ? [] : r.error.issues.map((i) => i.path[0]));
    for (const f of ["name", "line1", "city", "phone", "country"]) expect(fields.has(f)).toBe(true);
  });
});
