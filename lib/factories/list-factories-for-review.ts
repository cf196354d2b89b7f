import "server-only";
// The platform admin's list of factories, newest first, verified or not, with what a reviewer checks:
// names, place, founding year, licence number, owner, listings.
import { and, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { factories, organisations } from "@/db/schema";

export type ReviewFilter = "all" | "unverified" | "verified";
export const REVIEW_PAGE_SIZE = 25;

export async function listFactoriesForReview(db: DbOrTx, options: { filter: ReviewFilter; page: number }) {
  const where: SQL | undefined =
    options.filter === "unverified" ? isNull(factories.verifiedAt) : options.filter === "verified" ? isNotNull(factories.verifiedAt) : undefined;
  const offset = (Math.max(1, options.page) - 1) * REVIEW_PAGE_SIZE;
  const [rows, [counts]] = await Promise.all([
    db
      .select({
        id: factories.organisationId,
        slug: organisations.slug,
        nameZh: factories.nameZh,
        nameEn: factories.nameEn,
        province: factories.province,
        city: factories.city,
        foundedYear: factories.foundedYear,
        licenceNumber: factories.licenceNumber,
        verifiedAt: factories.verifiedAt,
        createdAt: organisations.createdAt,
        owner: sql<string | null>`(select u.email from memberships m join users u on u.id = m.user_id
          where m.organisation_id = ${factories.organisationId} and m.role = 'owner' order by m.id limit 1)`,
        listings: sql<number>`(select count(*)::int from listings l where l.factory_id = ${factories.organisationId} and l.status = 'active')`,
      })
      .from(factories)
      .innerJoin(organisations, eq(organisations.id, factories.organisationId))
      .where(where ? and(where) : undefined)
      .orderBy(desc(organisations.createdAt), desc(organisations.id))
      .limit(REVIEW_PAGE_SIZE)
      .offset(offset),
    db
      .select({
        all: sql<number>`count(*)::int`,
        unverified: sql<number>`(count(*) filter (where ${factories.verifiedAt} is null))::int`,
      })
      .from(factories),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, listings: Number(r.listings) })),
    counts: { all: Number(counts.all), unverified: Number(counts.unverified), verified: Number(counts.all) - Number(counts.unverified) },
  };
}
