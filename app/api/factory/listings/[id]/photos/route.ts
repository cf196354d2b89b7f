// POST /api/factory/listings/<id>/photos — add one photo to a listing of the caller's factory
// Multipart form-data with the image in the field `photo` (the editor sends several files as one
// request each, so one bad file never stops the others). Answers 201 with the stored photo, or the
// refusal with message keys (the editor's shape, lib/gate/issues.ts): 404 for a listing of another
// factory, 413/422 for a file that is too large or not an image, 401 for anyone signed out.
import { requestDb as getDb } from "@/lib/gate/next";
import { TooLargeError } from "@/lib/errors";
import { runOperation } from "@/lib/gate";
import { actorFromHeaders, gatedRoute, readUpload, refusalOf, requestLocale } from "@/lib/gate/next";
import { addListingPhotoOp } from "@/lib/listings/editor-ops";
import { MAX_UPLOAD_BYTES } from "@/lib/photos/validate-image";

export const POST = gatedRoute(addListingPhotoOp.name, async (request, params) => {
  try {
    const actor = await actorFromHeaders(request.headers);
    let photo: Uint8Array | null;
    try {
      photo = (await readUpload(request, "photo", MAX_UPLOAD_BYTES)).file;
    } catch (error) {
      if (error instanceof TooLargeError) return Response.json({ ok: false, status: 413, issues: [{ path: ["photos"], key: "photos.tooLarge" }] }, { status: 413 });
      photo = null;
    }
    const result = await runOperation(addListingPhotoOp, actor, { listingId: params.id, photo }, { db: await getDb(), locale: requestLocale(request), headers: request.headers });
    return Response.json({ ok: true, ...result }, { status: 201 });
  } catch (error) {
    const refusal = refusalOf(error);
    return Response.json(refusal, { status: refusal.status });
  }
});
