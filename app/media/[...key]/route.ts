// GET /media/<key> — a stored photo (immutable: a changed photo gets a new key); `<key>.jpg` is the
// JPEG fallback of a WebP rendition.
import { getDb } from "@/db";
import { readMedia } from "@/lib/photos/read-media";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const media = await readMedia(await getDb(), (await params).key.join("/"));
  if (!media) return new Response("Not found", { status: 404 });
  return new Response(media.bytes as BodyInit, {
    headers: {
      "Content-Type": media.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      // Bitmaps only today, but never let a stored file run script.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
