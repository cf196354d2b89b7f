import "server-only";
// A stored public photo by key (immutable: a changed photo gets a new key). RFQ attachments are
// private to the buyer and the factory: /api/rfqs/<id>/attachment serves them.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { blobs } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";

export const getMediaOp = defineOperation({
  name: "media.get",
  access: access.public,
  input: z.object({ key: z.array(z.string().max(120)).min(1).max(8) }),
  run: async ({ db }, { key: parts }) => {
    const key = parts.join("/");
    if (key.length > 120 || key.includes("..") || key.startsWith("rfq/")) throw new NotFoundError("media", key);
    const [blob] = await db.select().from(blobs).where(eq(blobs.key, key));
    if (!blob) throw new NotFoundError("media", key);
    return { contentType: blob.contentType, bytes: blob.bytes };
  },
});
