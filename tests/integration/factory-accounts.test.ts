// Factory accounts: onboarding (validation, unique slugs, owner membership), the team (invitations
// accepted by the invited address only, roles, the last owner) and verification by platform admins.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factories, invitations, listingSearch, memberships, organisations, outboxEmails, users } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/factories/accept-invitation";
import { changeMemberRole } from "@/lib/factories/change-member-role";
import { createFactory, slugBase } from "@/lib/factories/create-factory";
import { findInvitation } from "@/lib/factories/find-invitation";
import { inviteMember } from "@/lib/factories/invite-member";
import { isLicenceNumber } from "@/lib/factories/licence-number";
import { listFactoriesForReview } from "@/lib/factories/list-factories-for-review";
import { listTeam } from "@/lib/factories/list-team";
import { removeMember } from "@/lib/factories/remove-member";
import { revokeInvitation } from "@/lib/factories/revoke-invitation";
import { isPlatformMember, setFactoryVerified } from "@/lib/factories/set-factory-verified";
import { createBuyer, licenceNumber, onboardingForm, userByEmail } from "../fixtures/factory-accounts";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const rejection = async (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);
const issueKeys = async (promise: Promise<unknown>) => {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(ValidationError);
  return Object.fromEntries((error as ValidationError).issues.map((i) => [String(i.path[0]), i.key]));
};
const compose = (id: number) => ({ subject: "Join our factory on Haozao", body: `Accept: http://localhost/zh/factory-invitations/${id}` });

describe("opening a factory account", () => {
  it("creates the organisation, an unverified profile and the owner membership, and makes the buyer a factory user", async () => {
    const user = await createBuyer(database.db, "Chen Hong");
    const form = await onboardingForm(database.db, { licenceNumber: ` ${licenceNumber().toLowerCase()} ` });
    const created = await createFactory(database.db, user.id, form);
    expect(created.slug).toBe("ningbo-hengda-housewares-co-ltd");
    const [org] = await database.db.select().from(organisations).where(eq(organisations.id, created.factoryId));
    expect(org).toMatchObject({ kind: "factory", slug: created.slug, name: "Ningbo Hengda Housewares Co., Ltd." });
    const [profile] = await database.db.select().from(factories).where(eq(factories.organisationId, created.factoryId));
    expect(profile).toMatchObject({
      nameZh: "宁波恒达家居用品有限公司", province: "Zhejiang", city: "Ningbo", foundedYear: 2009, verifiedAt: null,
      mainCategoryIds: form.mainCategoryIds.map(Number),
    });
    expect(isLicenceNumber(profile.licenceNumber!)).toBe(true); // stored normalised: upper case, no spaces
    expect(await database.db.select({ role: memberships.role }).from(memberships).where(eq(memberships.organizationId, created.factoryId))).toEqual([{ role: "owner" }]);
    expect((await userByEmail(database.db, user.email)).role).toBe("factory");
  });

  it("gives a second factory of the same English name a slug of its own", async () => {
    const first = await createFactory(database.db, (await createBuyer(database.db)).id, await onboardingForm(database.db, { nameEn: "Yiwu Star Toys" }));
    const second = await createFactory(database.db, (await createBuyer(database.db)).id, await onboardingForm(database.db, { nameEn: "Yiwu  Star-Toys" }));
    const third = await createFactory(database.db, (await createBuyer(database.db)).id, await onboardingForm(database.db, { nameEn: "Yiwu Star Toys" }));
    expect([first.slug, second.slug, third.slug]).toEqual(["yiwu-star-toys", "yiwu-star-toys-2", "yiwu-star-toys-3"]);
    expect(slugBase("Ôtsu & Co.")).toBe("otsu-co");
  });

  it("reports each invalid field with its own message key and writes nothing", async () => {
    const user = await createBuyer(database.db);
    const before = (await database.db.select().from(organisations)).length;
    const keys = await issueKeys(
      createFactory(database.db, user.id, {
        nameZh: "Ningbo Hengda", nameEn: "宁波恒达", province: "Atlantis", city: "", foundedYear: "1850",
        licenceNumber: "91330100MA1000000X", mainCategoryIds: [],
      }),
    );
    expect(keys).toEqual({
      nameZh: "onboardingNameZh", nameEn: "onboardingNameEn", province: "onboardingProvince", city: "required",
      foundedYear: "onboardingFoundedYear", licenceNumber: "onboardingLicence", mainCategoryIds: "onboardingCategories",
    });
    const sub = await database.db.query.categories.findFirst({ where: (c, { isNotNull }) => isNotNull(c.parentId) });
    expect(await issueKeys(createFactory(database.db, user.id, await onboardingForm(database.db, { mainCategoryIds: [String(sub!.id)] })))).toEqual({
      mainCategoryIds: "onboardingCategories",
    });
    expect((await database.db.select().from(organisations)).length).toBe(before);
    expect((await userByEmail(database.db, user.email)).role).toBe("buyer");
  });

  it("refuses a second factory for a user who already has one", async () => {
    const user = await createBuyer(database.db);
    await createFactory(database.db, user.id, await onboardingForm(database.db, { nameEn: "Shantou Bright Plastics" }));
    const error = await rejection(createFactory(database.db, user.id, await onboardingForm(database.db, { nameEn: "Shantou Other" })));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).key).toBe("onboardingAlreadyFactory");
  });
});

describe("the team", () => {
  let factoryId: number;
  let owner: { id: number; email: string };
  beforeAll(async () => {
    owner = await createBuyer(database.db, "Owner");
    factoryId = (await createFactory(database.db, owner.id, await onboardingForm(database.db, { nameEn: "Team Test Factory" }))).factoryId;
  });

  it("invites by e-mail: an invitation and a mail with the accept link in the outbox", async () => {
    const { invitationId } = await inviteMember(database.db, { organisationId: factoryId, actorId: owner.id, email: " Li.Na@Example.com ", role: "admin", compose });
    const [invitation] = await database.db.select().from(invitations).where(eq(invitations.id, invitationId));
    expect(invitation).toMatchObject({ organizationId: factoryId, email: "li.na@example.com", role: "admin", status: "pending", inviterId: owner.id });
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const mails = await database.db.select().from(outboxEmails).where(eq(outboxEmails.to, "li.na@example.com"));
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain(`/factory-invitations/${invitationId}`);
    // Inviting the same address again renews the invitation instead of adding one.
    const again = await inviteMember(database.db, { organisationId: factoryId, actorId: owner.id, email: "li.na@example.com", role: "member", compose });
    expect(again.invitationId).toBe(invitationId);
    expect((await listTeam(database.db, factoryId)).pending).toMatchObject([{ id: invitationId, role: "member" }]);
  });

  it("is joined only by the user signed in with the invited address", async () => {
    const { invitationId } = await inviteMember(database.db, { organisationId: factoryId, actorId: owner.id, email: "wang.fang@example.com", role: "member", compose });
    const stranger = await createBuyer(database.db, "Stranger");
    const refused = await rejection(acceptInvitation(database.db, { invitationId, userId: stranger.id }));
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).key).toBe("wrongEmail");
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, stranger.id))).toEqual([]);

    const [invitee] = await database.db.insert(users).values({ email: "Wang.Fang@example.com", name: "Wang Fang" }).returning();
    expect(await acceptInvitation(database.db, { invitationId, userId: invitee.id })).toEqual({ organisationId: factoryId });
    expect(await database.db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, invitee.id), eq(memberships.organizationId, factoryId)))).toEqual([{ role: "member" }]);
    expect((await userByEmail(database.db, invitee.email)).role).toBe("factory");
    expect((await findInvitation(database.db, invitationId))?.state).toBe("accepted");
    const twice = await rejection(acceptInvitation(database.db, { invitationId, userId: invitee.id }));
    expect((twice as ConflictError).key).toBe("used");
  });

  it("refuses expired and revoked invitations", async () => {
    const [invitee] = await database.db.insert(users).values({ email: "late@example.com", name: "Late" }).returning();
    const { invitationId } = await inviteMember(database.db, { organisationId: factoryId, actorId: owner.id, email: "late@example.com", role: "member", compose });
    await database.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, invitationId));
    expect(((await rejection(acceptInvitation(database.db, { invitationId, userId: invitee.id }))) as ConflictError).key).toBe("expired");
    const renewed = await inviteMember(database.db, { organisationId: factoryId, actorId: owner.id, email: "late@example.com", role: "member", compose });
    await revokeInvitation(database.db, { organisationId: factoryId, actorId: owner.id, invitationId: renewed.invitationId });
    expect(((await rejection(acceptInvitation(database.db, { invitationId: renewed.invitationId, userId: invitee.id }))) as ConflictError).key).toBe("revoked");
  });

  it("lets owners and admins manage the team, members not, and keeps the last owner", async () => {
    const [admin] = await database.db.insert(users).values({ email: `admin-${Date.now()}@example.com`, name: "Admin" }).returning();
    const [member] = await database.db.insert(users).values({ email: `member-${Date.now()}@example.com`, name: "Member" }).returning();
    await database.db.insert(memberships).values([
      { organizationId: factoryId, userId: admin.id, role: "admin" },
      { organizationId: factoryId, userId: member.id, role: "member" },
    ]);
    const key = async (p: Promise<unknown>) => ((await rejection(p)) as ConflictError).key;

    expect(await key(inviteMember(database.db, { organisationId: factoryId, actorId: member.id, email: "x@example.com", role: "member", compose }))).toBe("notAllowed");
    expect(await key(removeMember(database.db, { organisationId: factoryId, actorId: member.id, memberUserId: admin.id }))).toBe("notAllowed");
    expect(await key(inviteMember(database.db, { organisationId: factoryId, actorId: admin.id, email: "x@example.com", role: "owner", compose }))).toBe("ownerOnly");
    expect(await key(changeMemberRole(database.db, { organisationId: factoryId, actorId: admin.id, memberUserId: owner.id, role: "member" }))).toBe("ownerOnly");
    expect(await key(removeMember(database.db, { organisationId: factoryId, actorId: owner.id, memberUserId: owner.id }))).toBe("lastOwner");
    expect(await key(changeMemberRole(database.db, { organisationId: factoryId, actorId: owner.id, memberUserId: owner.id, role: "admin" }))).toBe("lastOwner");
    expect(await issueKeys(inviteMember(database.db, { organisationId: factoryId, actorId: owner.id, email: owner.email, role: "member", compose }))).toEqual({ email: "alreadyMember" });

    await changeMemberRole(database.db, { organisationId: factoryId, actorId: admin.id, memberUserId: member.id, role: "admin" });
    await changeMemberRole(database.db, { organisationId: factoryId, actorId: owner.id, memberUserId: admin.id, role: "owner" });
    // Two owners now: the first may step down.
    await changeMemberRole(database.db, { organisationId: factoryId, actorId: owner.id, memberUserId: owner.id, role: "admin" });
    await removeMember(database.db, { organisationId: factoryId, actorId: admin.id, memberUserId: member.id });
    const team = await listTeam(database.db, factoryId);
    expect(Object.fromEntries(team.members.map((m) => [m.userId, m.role]))).toMatchObject({ [owner.id]: "admin", [admin.id]: "owner" });
    expect(team.members.some((m) => m.userId === member.id)).toBe(false);
  });

  it("answers not found for a member of another factory", async () => {
    const other = await createBuyer(database.db);
    const otherFactory = (await createFactory(database.db, other.id, await onboardingForm(database.db, { nameEn: "Other Team Factory" }))).factoryId;
    expect(await rejection(removeMember(database.db, { organisationId: factoryId, actorId: other.id, memberUserId: owner.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(removeMember(database.db, { organisationId: otherFactory, actorId: other.id, memberUserId: owner.id }))).toBeInstanceOf(NotFoundError);
  });
});

describe("verifying a factory", () => {
  it("is allowed to platform members only and updates the profile and its listings' search rows", async () => {
    const admin = await userByEmail(database.db, "admin@haozao.test");
    const factoryUser = await userByEmail(database.db, "factory@haozao.test");
    expect(await isPlatformMember(database.db, admin.id)).toBe(true);
    expect(await isPlatformMember(database.db, factoryUser.id)).toBe(false);
    const [{ factoryId }] = await database.db.select({ factoryId: memberships.organizationId }).from(memberships).where(eq(memberships.userId, factoryUser.id));

    // The factory's own member cannot verify it (nor any factory): refused as not found, nothing changes.
    const [before] = await database.db.select({ verifiedAt: factories.verifiedAt }).from(factories).where(eq(factories.organisationId, factoryId));
    expect(await rejection(setFactoryVerified(database.db, { actorId: factoryUser.id, factoryId, verified: before.verifiedAt === null }))).toBeInstanceOf(NotFoundError);
    expect((await database.db.select({ verifiedAt: factories.verifiedAt }).from(factories).where(eq(factories.organisationId, factoryId)))[0]).toEqual(before);

    const off = await setFactoryVerified(database.db, { actorId: admin.id, factoryId, verified: false });
    expect(off.verifiedAt).toBeNull();
    expect(off.listingIds.length).toBeGreaterThan(0);
    const searchRows = await database.db.select({ verified: listingSearch.verified }).from(listingSearch).where(eq(listingSearch.factoryId, factoryId));
    expect(searchRows.length).toBeGreaterThan(0);
    expect(searchRows.every((r) => !r.verified)).toBe(true);

    const on = await setFactoryVerified(database.db, { actorId: admin.id, factoryId, verified: true });
    expect(on.verifiedAt).toBeInstanceOf(Date);
    const again = await setFactoryVerified(database.db, { actorId: admin.id, factoryId, verified: true });
    expect(again.verifiedAt).toEqual(on.verifiedAt); // "verified since" keeps its date
    expect((await database.db.select({ verified: listingSearch.verified }).from(listingSearch).where(eq(listingSearch.factoryId, factoryId))).every((r) => r.verified)).toBe(true);
    expect(await rejection(setFactoryVerified(database.db, { actorId: admin.id, factoryId: 999_999, verified: true }))).toBeInstanceOf(NotFoundError);
  });

  it("lists factories newest first with the unverified ones counted", async () => {
    const user = await createBuyer(database.db);
    const { factoryId } = await createFactory(database.db, user.id, await onboardingForm(database.db, { nameEn: "Newest Factory" }));
    const all = await listFactoriesForReview(database.db, { filter: "all", page: 1 });
    expect(all.rows[0]).toMatchObject({ id: factoryId, nameEn: "Newest Factory", verifiedAt: null, owner: user.email, listings: 0 });
    const unverified = await listFactoriesForReview(database.db, { filter: "unverified", page: 1 });
    expect(unverified.rows.every((r) => r.verifiedAt === null)).toBe(true);
    expect(all.counts.unverified).toBe(unverified.counts.unverified);
    expect(all.counts.all).toBe(all.counts.verified + all.counts.unverified);
  });
});
