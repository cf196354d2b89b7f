// GET /api/rfqs/<id>/attachment — the image attached to a request for quotation, for the buyer who
// asked and the members of the factory it is addressed to; 404 for anyone else.
import { getDb } from "@/db";
import { membershipOf } from "@/lib/auth/require-member";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { buyerParty, factoryParty } from "@/lib/rfqs/find-rfq";
import { getRfqAttachment } from "@/lib/rfqs/get-rfq-attachment";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return notFound();
  const user = await getSessionUser();
  if (!user) return notFound();
  const db = await getDb();
  const membership = await membershipOf(user.id, "factory");
  const parties = [buyerParty(user.id), ...(membership ? [factoryParty(membership.organisationId, user.id)] : [])];
  for (const party of parties) {
    try {
      const blob = await getRfqAttachment(db, party, Number(id));
      return new Response(new Uint8Array(blob.bytes), {
        headers: {
          "Content-Type": blob.contentType,
          "Cache-Control": "private, max-age=3600",
          "Content-Security-Policy": "default-src 'none'; sandbox",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return notFound();
}
