import "server-only";
// Image search's first step through the gate: the uploaded photo checked by content and hashed
// (dHash + colour signature); nothing is stored. Hashing is CPU work, so each client address (or
// account) gets 30 a minute, counted in PostgreSQL for every server process.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { readUploadedImage } from "@/lib/photos/validate-image";
import { hashUploadedImage } from "./image-search";

export const hashImageOp = defineOperation({
  name: "search.hashImage",
  access: access.public,
  input: z.object({ image: z.instanceof(Uint8Array).nullable() }),
  rateLimit: { capacity: 30, refillSeconds: 60 },
  run: async (_ctx, { image }) => {
    if (!image) throw new ValidationError([{ path: ["image"], key: "no_image" }]);
    const upload = await readUploadedImage(image);
    if (!upload.ok) throw new ValidationError([{ path: ["image"], key: upload.error }]);
    const { phash, colours } = await hashUploadedImage(upload.image);
    return { phash: BigInt.asUintN(64, phash).toString(16).padStart(16, "0"), colours };
  },
});
