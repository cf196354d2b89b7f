// POST /api/search/image — hash an uploaded photo for image search
// Takes multipart form-data (field `image`) or a raw image body; answers the photo's dHash and
// colour signature, which the search page then queries with. Nothing is stored. Refusals answer
// `{ error: <code> }` (the search box translates it): too_large, not_an_image, rate_limited, ...
import { requestDb as getDb } from "@/lib/gate/next";
import { errorCode, type ValidationError } from "@/lib/errors";
import { runOperation } from "@/lib/gate";
import { actorFromHeaders, gatedRoute, requestLocale } from "@/lib/gate/next";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { MAX_UPLOAD_BYTES } from "@/lib/photos/validate-image";
import { hashImageOp } from "@/lib/search/hash-image-op";

/** Room for the multipart envelope around an image of the largest accepted size. */
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

const refuse = (error: string, status: number, headers?: HeadersInit) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });

export const POST = gatedRoute(hashImageOp.name, async (request) => {
  const actor = await actorFromHeaders(request.headers);
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!body) return refuse("too_large", 413);
  let image: Uint8Array | null = body;
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    try {
      const file = (await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData()).get("image");
      image = file && typeof file !== "string" ? new Uint8Array(await file.arrayBuffer()) : null;
    } catch {
      return refuse("bad_form", 400);
    }
  }
  try {
    const hash = await runOperation(hashImageOp, actor, { image }, { db: await getDb(), locale: requestLocale(request), headers: request.headers });
    return Response.json(hash, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const code = errorCode(error);
    if (code === "rate_limited") return refuse("rate_limited", 429, { "Retry-After": String((error as { retryAfterSeconds: number }).retryAfterSeconds) });
    if (code === "validation") {
      const key = (error as ValidationError).issues[0]?.key ?? "not_an_image";
      return refuse(key, key === "too_large" ? 413 : 400);
    }
    throw error;
  }
});
