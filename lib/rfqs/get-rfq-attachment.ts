import "server-only";
// The image a buyer attached to a request, for the buyer who asked and the factory it is addressed
// to only (it may show an unreleased design): never through the public /media route.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { blobs } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { findRfq, type RfqParty } from "./find-rfq";

export async function getRfqAttachment(db: DbOrTx, party: RfqParty, rfqId: number): Promise<{ contentType: string; bytes: Buffer }> {
  const rfq = await findRfq(db, party, rfqId);
  if (!rfq.attachmentKey) throw new NotFoundError("rfqAttachment", rfqId);
  const [blob] = await db.select({ contentType: blobs.contentType, bytes: blobs.bytes }).from(blobs).where(eq(blobs.key, rfq.attachmentKey));
  if (!blob) throw new NotFoundError("rfqAttachment", rfqId);
  return blob;
}
