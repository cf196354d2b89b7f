// POST /api/factory/listings/<id>/photos — add one photo to a listing of the caller's factory
// Multipart form-data with the image in the field `photo` (the editor sends several files as one
// request each, so one bad file never stops the others). Answers 201 with the stored photo, or the
// refusal with message keys: 404 for a listing of another factory, 413/422 for a file that is too
// large or not an image, 401 for anyone who is not a factory member.
import { NextResponse } from "next/server";
import { withFactory } from "@/app/[locale]/[currency]/(factory)/factory/listings/gate";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { findOwnListing } from "@/lib/listings/find-own-listing";
import { photoVariantKey } from "@/lib/photos/photo-sizes";
import { PhotoUploadError, storeListingPhoto } from "@/lib/photos/store-listing-photo";
import { MAX_UPLOAD_BYTES } from "@/lib/photos/validate-image";

/** Room for the multipart envelope around an image of the largest accepted size. */
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const listingId = /^\d{1,9}$/.test(raw) ? Number(raw) : -1;
  const result = await withFactory(async (db, factoryId) => {
    await findOwnListing(db, factoryId, listingId); // before reading a large body for someone else's listing
    const body = await readLimitedBody(request, MAX_BODY_BYTES);
    if (!body) throw new PhotoUploadError("too_large");
    let file: FormDataEntryValue | null = null;
    try {
      const type = request.headers.get("content-type") ?? "";
      file = (await new Response(body as BodyInit, { headers: { "content-type": type } }).formData()).get("photo");
    } catch {
      // not multipart: no file
    }
    if (!file || typeof file === "string") throw new PhotoUploadError("not_an_image");
    const photo = await storeListingPhoto(db, factoryId, listingId, new Uint8Array(await file.arrayBuffer()));
    revalidateCatalog({ listingId, factoryId });
    return {
      photo: { id: photo.id, key: photo.storageKey, thumbKey: photoVariantKey(photo.storageKey, 240), width: photo.width, height: photo.height },
    };
  });
  if (result.ok) return NextResponse.json(result, { status: 201 });
  return NextResponse.json(result, { status: result.issues[0]?.key === "photos.tooLarge" ? 413 : result.status });
}
