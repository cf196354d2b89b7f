// GET /media/<key> — a stored photo (immutable: a changed photo gets a new key).
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { blobs } from "@/db/schema";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  // RFQ attachments are private to the buyer and the factory: /api/rfqs/<id>/attachment serves them.
  if (key.length > 120 || key.includes("..") || key.startsWith("rfq/")) return new Response("Not found", { status: 404 });
  const db = await getDb();
  const [blob] = await db.select().from(blobs).where(eq(blobs.key, key));
  if (!blob) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(blob.bytes), {
    headers: {
      "Content-Type": blob.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      // Our own generated SVGs only, but never let an image run script.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
