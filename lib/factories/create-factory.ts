import "server-only";
// Onboarding: a signed-in user opens a factory account. In one transaction: the organisation (kind
// factory, a unique slug from the English name), its public profile (unverified until a platform
// admin checks the licence), the user as its owner, and the user's role "factory" (a buyer becomes
// a factory user; an agent or admin keeps their role). A user belongs to one factory at most.
import { and, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { categories, factories, memberships, organisations, users } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { fieldIssues } from "@/lib/listings/listing-schema";
import { factoryOnboardingSchema } from "./factory-schema";
import { z } from "zod";
import { access, defineOperation, zId } from "@/lib/gate";

export interface CreatedFactory {
  factoryId: number;
  slug: string;
}

/** "Ningbo Hongda Housewares Co., Ltd." -> "ningbo-hongda-housewares-co-ltd". */
export function slugBase(nameEn: string): string {
  const base = nameEn
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base || "factory";
}

/** `input`: the form as typed (strings); validated here whoever calls. */
export async function createFactory(db: Db, userId: number, input: unknown): Promise<CreatedFactory> {
  const parsed = factoryOnboardingSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
  const data = parsed.data;

  return db.transaction(async (tx) => {
    // Serialises two onboarding submits of the same user (a double click): the second sees the first.
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new ConflictError("signedOut", String(userId));
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, userId), eq(organisations.kind, "factory")))
      .limit(1);
    if (existing) throw new ConflictError("onboardingAlreadyFactory", String(existing.id));

    const topLevel = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(and(inArray(categories.id, data.mainCategoryIds), isNull(categories.parentId)));
    if (topLevel.length !== data.mainCategoryIds.length) throw new ValidationError([{ path: ["mainCategoryIds"], key: "onboardingCategories" }]);

    const base = slugBase(data.nameEn);
    const taken = new Set(
      (await tx
        .select({ slug: organisations.slug })
        .from(organisations)
        .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)))).map((r) => r.slug),
    );
    let organisationId: number | undefined;
    let slug = base;
    for (let n = 1; organisationId === undefined; n++) {
      slug = n === 1 ? base : `${base}-${n}`;
      if (taken.has(slug)) continue;
      // Another transaction may take the same slug meanwhile: no row back, try the next one.
      const [row] = await tx
        .insert(organisations)
        .values({ kind: "factory", slug, name: data.nameEn })
        .onConflictDoNothing({ target: organisations.slug })
        .returning({ id: organisations.id });
      organisationId = row?.id;
    }

    await tx.insert(factories).values({
      organisationId,
      nameZh: data.nameZh,
      nameEn: data.nameEn,
      province: data.province,
      city: data.city,
      foundedYear: data.foundedYear,
      licenceNumber: data.licenceNumber,
      verifiedAt: null,
      mainCategoryIds: data.mainCategoryIds,
    });
    await tx.insert(memberships).values({ organizationId: organisationId, userId, role: "owner" });
    await tx
      .update(users)
      .set({ role: sql`case when ${users.role} = 'buyer' then 'factory'::user_role else ${users.role} end`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    return { factoryId: organisationId, slug };
  });
}

/** Through the gate: a signed-in user opens a factory account (the only way a factory organisation is made). */
export const createFactoryOp = defineOperation({
  name: "factories.create",
  access: access.user,
  input: z.object({ mainCategoryIds: z.union([z.string(), z.array(z.string())]).optional() }).loose(),
  rateLimit: { capacity: 5, refillSeconds: 600 },
  run: ({ db, caller }, { mainCategoryIds, ...fields }) =>
    createFactory(db, caller.user.id, { ...fields, mainCategoryIds: mainCategoryIds === undefined ? [] : ([] as string[]).concat(mainCategoryIds) }),
});
