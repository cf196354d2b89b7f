// The input of a sourcing request, shared by the form's action and the domain operation. Messages
// are keys of `Forms.errors`.
import { z } from "zod";
import { currencies } from "@/lib/money/currencies";
import { MAX_RFQ_QUANTITY } from "@/lib/rfqs/rfq-schema";

const blankToUndefined = (v: unknown) => (v === "" || v === null || v === undefined ? undefined : v);

export const sourcingRequestSchema = z.object({
  link: z.preprocess(
    blankToUndefined,
    z.string().trim().max(500, "sourcingLink").regex(/^(?:https?:\/\/)?[^\s/]+\.[^\s]+$/i, "sourcingLink").optional(),
  ),
  categoryId: z.preprocess(blankToUndefined, z.coerce.number({ error: "sourcingCategory" }).int("sourcingCategory").positive("sourcingCategory")),
  quantity: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "rfqQuantity" }).int("rfqQuantity").min(1, "rfqQuantity").max(MAX_RFQ_QUANTITY, "rfqQuantity"),
  ),
  /** A unit price the buyer aims for, typed in their currency ("1.25"); empty for none. */
  targetPrice: z.string().trim().max(20, "rfqTargetPrice").optional().default(""),
  currency: z.enum(currencies),
  notes: z.string().trim().max(2000, "rfqNotesTooLong").optional().default(""),
});
export type SourcingRequestInput = z.input<typeof sourcingRequestSchema>;
