// Delivery addresses, validated per country (SPEC 9): required fields everywhere, and the postal
// code format of each destination the demo serves. Messages are keys of `Forms.errors`.
import { z } from "zod";
import { servedCountries } from "@/lib/shipping/countries";

/** Postal code formats; null where the country has none (the UAE). */
export const postalCodeFormats: Record<(typeof servedCountries)[number], RegExp | null> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
  GB: /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/i,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  RU: /^\d{6}$/,
  MN: /^\d{5}$/,
  AE: null,
  JP: /^\d{3}-?\d{4}$/,
  KR: /^\d{5}$/,
  VN: /^\d{6}$/,
  AU: /^\d{4}$/,
};

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const optional = (max: number) => z.string().trim().max(max, "tooLong").optional().transform((v) => v || undefined);

export const addressSchema = z
  .object({
    name: text(120),
    company: optional(160),
    line1: text(200),
    line2: optional(200),
    city: text(100),
    region: optional(100),
    postalCode: z.string().trim().max(12, "tooLong").optional().transform((v) => v?.toUpperCase() ?? ""),
    country: z.enum(servedCountries, "country"),
    phone: z.string().trim().regex(/^\+?[\d\s\-().]{6,24}$/, "phone"),
  })
  .superRefine((a, ctx) => {
    const format = postalCodeFormats[a.country];
    if (format && !a.postalCode) ctx.addIssue({ code: "custom", path: ["postalCode"], message: "required" });
    else if (format && !format.test(a.postalCode)) ctx.addIssue({ code: "custom", path: ["postalCode"], message: "postalCode" });
  });

export type Address = z.output<typeof addressSchema>;

export const checkoutSchema = addressSchema.and(
  z.object({
    warehouseId: z.coerce.number("warehouse").int().positive("warehouse").max(2_147_483_647, "warehouse"),
    shippingLineId: z.coerce.number("shippingLine").int().positive("shippingLine").max(2_147_483_647, "shippingLine"),
    attemptKey: z.string().regex(/^[0-9a-f-]{36}$/, "invalid"),
  }),
);
