// The warehouse form: codes, names in Chinese and English, the address as a buyer's label abroad
// and as a domestic courier writes it, the receiving phone. Pure and client-safe.
import { z } from "zod";
import { zId } from "@/lib/gate/schemas";
import { zCheckbox, zCode, zRequiredText } from "./fields";

const refuseUnless = (test: (s: string) => boolean, message: string) =>
  z.string().transform((value, ctx) => {
    if (!test(value)) {
      ctx.addIssue({ code: "custom", message, input: value });
      return z.NEVER;
    }
    return value;
  });

export const warehouseFormSchema = z.object({
  /** Blank: a new warehouse. */
  warehouseId: z.union([z.literal(""), zId]).optional(),
  code: zCode(20, "warehouseCode"),
  nameZh: zRequiredText(60),
  nameEn: zRequiredText(60),
  province: zRequiredText(40),
  city: zRequiredText(60),
  postalCode: zRequiredText(12).pipe(refuseUnless((s) => /^\d{6}$/.test(s), "warehousePostalCode")),
  address: zRequiredText(300),
  addressZh: zRequiredText(300),
  phone: zRequiredText(30).pipe(refuseUnless((s) => /^\+?\d[\d -]{5,28}$/.test(s), "warehousePhone")),
  active: zCheckbox,
});

export type WarehouseFormInput = z.output<typeof warehouseFormSchema>;
