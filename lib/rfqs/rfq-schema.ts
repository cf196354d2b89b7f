// The inputs of the RFQ operations, shared by the forms' server actions and the domain operations.
// Messages are keys of `Forms.errors` (prefixed `rfq`), translated by the page.
import { z } from "zod";
import { currencies } from "@/lib/money/currencies";
import { decimalStringToMinor } from "@/lib/money/format";

export const MAX_RFQ_QUANTITY = 10_000_000;
export const MAX_QUOTE_TIERS = 6;
export const MAX_QUOTE_VALIDITY_DAYS = 365;

const optionalId = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : v),
  z.coerce.number().int("rfqSku").positive("rfqSku").optional(),
);

export const createRfqSchema = z.object({
  listingId: z.coerce.number().int().positive(),
  skuId: optionalId,
  quantity: z.coerce
    .number({ error: "rfqQuantity" })
    .int("rfqQuantity")
    .min(1, "rfqQuantity")
    .max(MAX_RFQ_QUANTITY, "rfqQuantity"),
  /** A unit price the buyer aims for, typed in their currency ("1.25"); empty for none. */
  targetPrice: z.string().trim().max(20, "rfqTargetPrice").optional().default(""),
  currency: z.enum(currencies),
  notes: z.string().trim().max(2000, "rfqNotesTooLong").optional().default(""),
});
export type CreateRfqInput = z.input<typeof createRfqSchema>;

export const rfqMessageSchema = z.object({
  body: z.string({ error: "rfqMessageRequired" }).trim().min(1, "rfqMessageRequired").max(2000, "rfqMessageTooLong"),
});

/** One price break as the factory types it: a quantity and a price in yuan ("12.50"). */
const quoteTierSchema = z
  .object({
    minQty: z.coerce.number({ error: "rfqTierQuantity" }).int("rfqTierQuantity").min(1, "rfqTierQuantity").max(MAX_RFQ_QUANTITY, "rfqTierQuantity"),
    price: z.union([z.string(), z.number()]).transform((v, ctx) => {
      const fen = decimalStringToMinor(String(v), "CNY");
      if (fen === null || fen <= 0 || fen > 100_000_000) {
        ctx.addIssue({ code: "custom", message: "rfqTierPrice", path: [] });
        return z.NEVER;
      }
      return fen;
    }),
  })
  .transform(({ minQty, price }) => ({ minQty, unitPriceFen: price }));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const rfqQuoteSchema = z.object({
  tiers: z.array(quoteTierSchema).min(1, "rfqTiersEmpty").max(MAX_QUOTE_TIERS, "rfqTiersTooMany"),
  leadTimeDays: z.coerce.number({ error: "rfqLeadTime" }).int("rfqLeadTime").min(1, "rfqLeadTime").max(365, "rfqLeadTime"),
  validUntil: z.string({ error: "rfqValidUntil" }).trim().regex(isoDate, "rfqValidUntil"),
  note: z.string().trim().max(2000, "rfqNotesTooLong").optional().default(""),
});
export type RfqQuoteInput = z.input<typeof rfqQuoteSchema>;

export const acceptQuoteSchema = z.object({ skuId: optionalId });

export const declineRfqSchema = z.object({
  reason: z.string().trim().max(2000, "rfqMessageTooLong").optional().default(""),
});

/** Today's date in China (the factory's calendar), "YYYY-MM-DD": validity dates count in it. */
export const chinaToday = (now = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
