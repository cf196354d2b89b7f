import "server-only";
// One message in a request's thread, from the buyer who asked or from the factory it is addressed
// to (any member). Refused once the request was declined or closed.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rfqMessages, rfqs } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { findRfq, type RfqParty } from "./find-rfq";
import { parseOrThrow } from "./issues";
import { rfqMessageSchema } from "./rfq-schema";
import { canMessage } from "./rfq-status";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";
import { buyerParty, factoryParty } from "./find-rfq";

export async function postRfqMessage(db: Db, party: RfqParty, rfqId: number, input: unknown): Promise<{ id: number }> {
  const { body } = parseOrThrow(rfqMessageSchema, input);
  return db.transaction(async (tx) => {
    const rfq = await findRfq(tx, party, rfqId, { forUpdate: true });
    if (!canMessage(rfq.status)) throw new ConflictError("rfqClosed", rfq.status);
    const [message] = await tx
      .insert(rfqMessages)
      .values({ rfqId: rfq.id, authorId: party.userId ?? null, side: party.side, body })
      .returning({ id: rfqMessages.id });
    await tx.update(rfqs).set({ updatedAt: new Date() }).where(eq(rfqs.id, rfq.id));
    return message;
  });
}

/** Through the gate: the buyer writes in the thread of one of their own requests. */
export const postBuyerMessageOp = defineOperation({
  name: "rfqs.postBuyerMessage",
  access: access.user,
  input: z.object({ rfqId: zId }).loose(),
  run: ({ db, caller }, { rfqId, ...rest }) => postRfqMessage(db, buyerParty(caller.user.id), rfqId, rest),
});

/** Through the gate: a member of the factory writes in the thread of a request addressed to it. */
export const postFactoryMessageOp = defineOperation({
  name: "rfqs.postFactoryMessage",
  access: access.member("factory"),
  input: z.object({ rfqId: zId }).loose(),
  run: ({ db, caller }, { rfqId, ...rest }) => postRfqMessage(db, factoryParty(caller.organisation.organisationId, caller.user.id), rfqId, rest),
});
