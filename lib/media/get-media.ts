import "server-only";
// A stored public photo by key (immutable: a changed photo gets a new key); `<key>.jpg` is the JPEG
// fallback of a WebP rendition (lib/photos/read-media.ts). RFQ attachments are private to the buyer
// and the factory: /api/rfqs/<id>/attachment serves them.
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { readMedia } from "@/lib/photos/read-media";

export const getMediaOp = defineOperation({
  name: "media.get",
  access: access.public,
  input: z.object({ key: z.array(z.string().max(120)).min(1).max(8) }),
  run: async ({ db }, { key: parts }) => {
    const key = parts.join("/");
    const media = await readMedia(db, key);
    if (!media) throw new NotFoundError("media", key);
    return media;
  },
});
