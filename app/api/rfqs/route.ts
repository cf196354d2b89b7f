// POST /api/rfqs — a buyer's request for a quotation (multipart: the form's fields and an optional
// photo `attachment` up to 8 MB; a route handler because server actions refuse bodies over 1 MB).
import { readUpload, routeHandler } from "@/lib/gate/next";
import { MAX_UPLOAD_BYTES } from "@/lib/photos/validate-image";
import { createRfqOp } from "@/lib/rfqs/create-rfq";

export const POST = routeHandler(createRfqOp, {
  input: async (request) => {
    const { fields, file } = await readUpload(request, "attachment", MAX_UPLOAD_BYTES);
    return { ...fields, attachment: file };
  },
});
