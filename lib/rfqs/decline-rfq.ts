import "server-only";
// The factory declines a request addressed to it that was not accepted, with an optional reason
// (posted to the thread so the buyer reads why).
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rfqMessages, rfqs } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { findRfq } from "./find-rfq";
import { parseOrThrow } from "./issues";
import { declineRfqSchema } from "./rfq-schema";
import { canEnd } from "./rfq-status";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export async function declineRfq(db: Db, factoryId: number, rfqId: number, input: unknown, options: { actorId?: number | null } = {}): Promise<void> {
  const { reason } = parseOrThrow(declineRfqSchema, input);
  await db.transaction(async (tx) => {
    const rfq = await findRfq(tx, { side: "factory", factoryId }, rfqId, { forUpdate: true });
    if (!canEnd(rfq.status)) throw new ConflictError("rfqNotOpen", rfq.status);
    if (reason) await tx.insert(rfqMessages).values({ rfqId: rfq.id, authorId: options.actorId ?? null, side: "factory", body: reason });
    await tx.update(rfqs).set({ status: "declined", updatedAt: new Date() }).where(eq(rfqs.id, rfq.id));
  });
}

/** Through the gate: a member of the factory declines a request addressed to it. */
export const declineRfqOp = defineOperation({
  name: "rfqs.decline",
  access: access.member("factory"),
  input: z.object({ rfqId: zId, reason: z.string().optional() }).loose(),
  run: ({ db, caller }, { rfqId, reason }) => declineRfq(db, caller.organisation.organisationId, rfqId, { reason: reason ?? "" }, { actorId: caller.user.id }),
});
