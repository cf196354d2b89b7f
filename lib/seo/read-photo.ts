import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { blobs } from "@/db/schema";

/** The bytes of a public catalogue photo, or null (private RFQ attachments never). */
export async function readPhoto(db: DbOrTx, key: string): Promise<Buffer | null> {
  if (key.startsWith("rfq/")) return null;
  const [blob] = await db.select({ bytes: blobs.bytes }).from(blobs).where(eq(blobs.key, key));
  return blob?.bytes ?? null;
}
