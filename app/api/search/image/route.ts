// POST /api/search/image — hash an uploaded photo for image search
// Takes multipart form-data (field `image`) or a raw image body; answers the photo's dHash and
// colour signature, which the search page then queries with. Nothing is stored.
import { NextResponse } from "next/server";
import { MAX_UPLOAD_BYTES, readUploadedImage } from "@/lib/photos/validate-image";
import { hashUploadedImage } from "@/lib/search/image-search";

/** Room for the multipart envelope around an image of the largest accepted size. */
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
const RATE_LIMIT = 30;
const RATE_WINDOW_MS = 60_000;

// Per-process, fixed window: hashing is CPU work, so one client must not monopolise a server.
// Behind several instances the limit is per instance, which is enough for that purpose.
const windows = new Map<string, { count: number; resetAt: number }>();

function rateLimited(ip: string, now = Date.now()): number | null {
  if (windows.size > 10_000) {
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  }
  const current = windows.get(ip);
  if (!current || current.resetAt <= now) {
    windows.set(ip, { count: 1, resetAt: now + RATE_WINDOW_MS });
    return null;
  }
  current.count++;
  return current.count > RATE_LIMIT ? Math.ceil((current.resetAt - now) / 1000) : null;
}

const clientIp = (request: Request) =>
  request.headers.get("x-forwarded-for")?.split(",")[0].trim() || request.headers.get("x-real-ip") || "unknown";

const error = (code: string, status: number, headers?: HeadersInit) => NextResponse.json({ error: code }, { status, headers });

/** The body, or null once it passes `max` bytes (without reading the rest). */
async function readBody(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > max) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export async function POST(request: Request) {
  const retryAfter = rateLimited(clientIp(request));
  if (retryAfter) return error("rate_limited", 429, { "Retry-After": String(retryAfter) });

  const body = await readBody(request, MAX_BODY_BYTES);
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
