import "server-only";
// The factory answers a request addressed to it with a quote: price breaks (the first one must price
// the quantity asked for; quantities rising, prices not), a lead time and the last day it can be
// accepted. A newer quote supersedes the previous one; the request becomes `quoted`.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rfqQuotes, rfqs } from "@/db/schema";
import { ConflictError, ValidationError, type FieldIssue } from "@/lib/errors";
import { validateTiers, type TierProblem } from "@/lib/pricing/tiers";
import { findRfq } from "./find-rfq";
import { parseOrThrow } from "./issues";
import { addDays, chinaToday, MAX_QUOTE_VALIDITY_DAYS, rfqQuoteSchema } from "./rfq-schema";
import { canQuote } from "./rfq-status";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

function tierIssue(problem: TierProblem, quantity: number): FieldIssue {
  switch (problem.code) {
    case "empty":
      return { path: ["tiers"], key: "rfqTiersEmpty" };
    case "quantity_not_positive":
      return { path: ["tiers", problem.index, "minQty"], key: "rfqTierQuantity" };
    case "price_not_positive":
      return { path: ["tiers", problem.index, "price"], key: "rfqTierPrice" };
    case "quantities_not_increasing":
      return { path: ["tiers", problem.index, "minQty"], key: "rfqTiersIncreasing" };
    case "price_increases":
      return { path: ["tiers", problem.index, "price"], key: "rfqTiersPriceIncreases" };
    case "moq_below_first_tier":
      return { path: ["tiers", 0, "minQty"], key: "rfqTiersFirstAboveQuantity", params: { quantity } };
  }
}

export async function answerRfqWithQuote(
  db: Db,
  factoryId: number,
  rfqId: number,
  input: unknown,
  options: { actorId?: number | null; now?: Date } = {},
): Promise<{ id: number }> {
  const data = parseOrThrow(rfqQuoteSchema, input);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const rfq = await findRfq(tx, { side: "factory", factoryId }, rfqId, { forUpdate: true });
    if (!canQuote(rfq.status)) throw new ConflictError("rfqNotQuotable", rfq.status);
    // The quantity asked for plays the MOQ's part: the first break must not be above it.
    const issues = validateTiers(data.tiers, rfq.quantity).map((p) => tierIssue(p, rfq.quantity));
    const today = chinaToday(now);
    if (data.validUntil < today || data.validUntil > addDays(today, MAX_QUOTE_VALIDITY_DAYS) || Number.isNaN(Date.parse(data.validUntil))) {
      issues.push({ path: ["validUntil"], key: "rfqValidUntil" });
    }
    if (issues.length) throw new ValidationError(issues);
    const [quote] = await tx
      .insert(rfqQuotes)
      .values({ rfqId: rfq.id, authorId: options.actorId ?? null, tiers: data.tiers, leadTimeDays: data.leadTimeDays, validUntil: data.validUntil, note: data.note, createdAt: now })
      .returning({ id: rfqQuotes.id });
    await tx.update(rfqs).set({ status: "quoted", updatedAt: now }).where(eq(rfqs.id, rfq.id));
    return quote;
  });
}

/** The price breaks come as tiers.<i>.minQty / tiers.<i>.price, in the order shown. */
function quoteInput(fields: Record<string, unknown>) {
  const rows = new Map<number, { minQty?: string; price?: string }>();
  for (const [key, value] of Object.entries(fields)) {
    const match = /^tiers\.(\d{1,2})\.(minQty|price)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const row = rows.get(Number(match[1])) ?? {};
    row[match[2] as "minQty" | "price"] = value;
    rows.set(Number(match[1]), row);
  }
  const text = (name: string) => (typeof fields[name] === "string" ? (fields[name] as string) : "");
  const tiers = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row).filter((row) => row.minQty?.trim() || row.price?.trim());
  return { tiers, leadTimeDays: text("leadTimeDays"), validUntil: text("validUntil"), note: text("note") };
}

/** Through the gate: a member of the factory answers a request addressed to it with a quote. */
export const answerRfqWithQuoteOp = defineOperation({
  name: "rfqs.answerWithQuote",
  access: access.member("factory"),
  input: z.object({ rfqId: zId }).loose(),
  run: ({ db, caller }, { rfqId, ...rest }) => answerRfqWithQuote(db, caller.organisation.organisationId, rfqId, quoteInput(rest), { actorId: caller.user.id }),
});
