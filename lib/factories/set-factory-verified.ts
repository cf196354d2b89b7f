import "server-only";
// A platform admin verifies a factory (licence checked) or withdraws the badge. Only members of a
// platform organisation may: anyone else is refused as if the factory did not exist. The search
// rows of the factory's listings carry the badge for the "verified" filter, so they change in the
// same transaction; the caller revalidates the cached catalogue pages it returns.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { factories, listings, listingSearch, memberships, organisations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";
import { revalidateCatalog } from "@/lib/catalog/revalidate";

export async function isPlatformMember(db: Db, userId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.kind, "platform")))
    .limit(1);
  return Boolean(row);
}

export async function setFactoryVerified(
  db: Db,
  input: { actorId: number; factoryId: number; verified: boolean },
): Promise<{ factoryId: number; verifiedAt: Date | null; listingIds: number[] }> {
  if (!(await isPlatformMember(db, input.actorId))) throw new NotFoundError("factory", input.factoryId);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(factories).where(eq(factories.organisationId, input.factoryId)).for("update");
    if (!current) throw new NotFoundError("factory", input.factoryId);
    // Verifying twice keeps the first date: "verified since" stays true.
    const verifiedAt = input.verified ? (current.verifiedAt ?? new Date()) : null;
    await tx.update(factories).set({ verifiedAt }).where(eq(factories.organisationId, input.factoryId));
    await tx.update(listingSearch).set({ verified: input.verified }).where(eq(listingSearch.factoryId, input.factoryId));
    const rows = await tx.select({ id: listings.id }).from(listings).where(eq(listings.factoryId, input.factoryId));
    return { factoryId: input.factoryId, verifiedAt, listingIds: rows.map((r) => r.id) };
  });
}

/** Through the gate: a platform member verifies a factory or withdraws its badge; the catalogue pages showing it are revalidated. */
export const setFactoryVerifiedOp = defineOperation({
  name: "admin.setFactoryVerified",
  access: access.member("platform"),
  input: z.object({ factoryId: zId, verified: z.enum(["0", "1"]) }),
  run: async ({ db, caller }, { factoryId, verified }) => {
    const result = await setFactoryVerified(db, { actorId: caller.user.id, factoryId, verified: verified === "1" });
    revalidateCatalog({ factoryId: result.factoryId });
    for (const listingId of result.listingIds) revalidateCatalog({ listingId });
    return { factoryId: result.factoryId };
  },
});
