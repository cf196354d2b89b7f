import "server-only";
// The buyer withdraws a request of theirs that was not accepted (closed).
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rfqs } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { findRfq } from "./find-rfq";
import { canEnd } from "./rfq-status";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export async function closeRfq(db: Db, buyerId: number, rfqId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const rfq = await findRfq(tx, { side: "buyer", buyerId }, rfqId, { forUpdate: true });
    if (!canEnd(rfq.status)) throw new ConflictError("rfqNotOpen", rfq.status);
    await tx.update(rfqs).set({ status: "closed", updatedAt: new Date() }).where(eq(rfqs.id, rfq.id));
  });
}

/** Through the gate: the buyer withdraws one of their own requests. */
export const closeRfqOp = defineOperation({
  name: "rfqs.close",
  access: access.user,
  input: z.object({ rfqId: zId }).loose(),
  run: ({ db, caller }, { rfqId }) => closeRfq(db, caller.user.id, rfqId),
});
