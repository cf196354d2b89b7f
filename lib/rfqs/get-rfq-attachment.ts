import "server-only";
// The image a buyer attached to a request, for the buyer who asked and the factory it is addressed
// to only (it may show an unreleased design): never through the public /media route.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { blobs } from "@/db/schema";
import { findRfq, type RfqParty } from "./find-rfq";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";
import { errorCode, NotFoundError } from "@/lib/errors";
import { buyerParty, factoryParty } from "./find-rfq";

export async function getRfqAttachment(db: DbOrTx, party: RfqParty, rfqId: number): Promise<{ contentType: string; bytes: Buffer }> {
  const rfq = await findRfq(db, party, rfqId);
  if (!rfq.attachmentKey) throw new NotFoundError("rfqAttachment", rfqId);
  const [blob] = await db.select({ contentType: blobs.contentType, bytes: blobs.bytes }).from(blobs).where(eq(blobs.key, rfq.attachmentKey));
  if (!blob) throw new NotFoundError("rfqAttachment", rfqId);
  return blob;
}

/** Through the gate: the buyer who asked, or a member of the factory the request is addressed to. */
export const getRfqAttachmentOp = defineOperation({
  name: "rfqs.attachment",
  access: access.user,
  input: z.object({ id: zId }),
  run: async ({ db, caller }, { id }) => {
    const factory = caller.memberships.find((m) => m.kind === "factory");
    const parties = [buyerParty(caller.user.id), ...(factory ? [factoryParty(factory.organisationId, caller.user.id)] : [])];
    for (const party of parties) {
      try {
        return await getRfqAttachment(db, party, id);
      } catch (error) {
        if (errorCode(error) !== "not_found") throw error;
      }
    }
    throw new NotFoundError("rfq", id);
  },
});
