import "server-only";
// A request for quotation as one party sees it: by id (or number) AND the caller — the buyer who
// asked, or the factory it is addressed to. Anyone else's request is "not found", exactly like one
// that does not exist.
import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rfqs, type Rfq } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

/** Who is acting on a request: the buyer (a user) or the factory (an organisation, through one of its members). */
export type RfqParty = { side: "buyer"; buyerId: number; userId?: number } | { side: "factory"; factoryId: number; userId?: number };

export type RfqRef = number | { number: string };

export async function findRfq(db: DbOrTx, party: RfqParty, ref: RfqRef, options: { forUpdate?: boolean } = {}): Promise<Rfq> {
  let key: SQL;
  if (typeof ref === "number") {
    if (!Number.isSafeInteger(ref)) throw new NotFoundError("rfq", String(ref));
    key = eq(rfqs.id, ref);
  } else {
    if (!/^[A-Z0-9]{6,20}$/.test(ref.number)) throw new NotFoundError("rfq", ref.number);
    key = eq(rfqs.number, ref.number);
  }
  const owner = party.side === "buyer" ? eq(rfqs.buyerId, party.buyerId) : eq(rfqs.factoryId, party.factoryId);
  const query = db.select().from(rfqs).where(and(key, owner));
  const [rfq] = options.forUpdate ? await query.for("update") : await query;
  if (!rfq) throw new NotFoundError("rfq", typeof ref === "number" ? ref : ref.number);
  return rfq;
}

export const buyerParty = (buyerId: number, userId = buyerId): RfqParty => ({ side: "buyer", buyerId, userId });
export const factoryParty = (factoryId: number, userId?: number): RfqParty => ({ side: "factory", factoryId, userId });
