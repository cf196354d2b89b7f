// POST /api/search/image — hash an uploaded photo for image search
// Takes multipart form-data (field `image`) or a raw image body; answers the photo's dHash and
// colour signature, which the search page then queries with. Nothing is stored.
import { NextResponse } from "next/server";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { MAX_UPLOAD_BYTES, readUploadedImage } from "@/lib/photos/validate-image";
import { hashUploadedImage } from "@/lib/search/image-search";
import { clientIp, createRateLimiter } from "@/lib/rate-limit";

/** Room for the multipart envelope around an image of the largest accepted size. */
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
// Hashing is CPU work: one client must not monopolise a server.
const limiter = createRateLimiter(30, 60_000);

const error = (code: string, status: number, headers?: HeadersInit) => NextResponse.json({ error: code }, { status, headers });

export async function POST(request: Request) {
  const retryAfter = limiter.hit(clientIp(request.headers));
  if (retryAfter) return error("rate_limited", 429, { "Retry-After": String(retryAfter) });

  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body) return error("too_large", 413);

  let bytes: Uint8Array = body;
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    let file: FormDataEntryValue | null;
    try {
      file = (await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData()).get("image");
    } catch {
      return error("bad_form", 400);
    }
    if (!file || typeof file === "string") return error("no_image", 400);
    bytes = new Uint8Array(await file.arrayBuffer());
  }

  const upload = await readUploadedImage(bytes);
  if (!upload.ok) return error(upload.error, upload.error === "too_large" ? 413 : 400);
  const { phash, colours } = await hashUploadedImage(upload.image);
  return NextResponse.json(
    { phash: BigInt.asUintN(64, phash).toString(16).padStart(16, "0"), colours },
    { headers: { "Cache-Control": "no-store" } },
  );
}
