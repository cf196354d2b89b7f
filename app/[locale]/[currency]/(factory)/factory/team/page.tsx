import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm, MemberControls, RevokeInvitation } from "@/components/factory-portal/team-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestDb } from "@/lib/gate/next";
import { requireFactory } from "@/lib/auth/require-factory";
import { listTeam } from "@/lib/factories/list-team";
import { canManageTeam, memberRoles } from "@/lib/factories/team-access";
import { shopContext, type ShopParams } from "@/lib/page-context";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Team" });
  return { title: t("title"), robots: { index: false } };
}

const roleTone = { owner: "bg-brand-50 text-brand-700", admin: "bg-sky-50 text-sky-700", member: "bg-ink-100 text-ink-700" } as const;

export default async function TeamPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const factory = await requireFactory(locale, "/factory/team");
  const team = await listTeam(await requestDb(), factory.factoryId);
  const t = await getTranslations({ locale, namespace: "Team" });
  const manage = canManageTeam(factory.role);
  const owners = team.members.filter((m) => m.role === "owner").length;
  const isOwner = factory.role === "owner";
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  const roleChoices = memberRoles.filter((r) => isOwner || r !== "owner").map((r) => ({ value: r, label: t(`roles.${r}`) }));

  return (
    <ClientMessages locale={locale} namespaces={["Team"]}>
      <div className="space-y-6">
        <div>
          <h2 className="text-lg font-semibold text-ink-900">{t("title")}</h2>
          <p className="max-w-2xl text-sm text-ink-500">{t("subtitle")}</p>
        </div>

        {manage ? <InviteForm roles={roleChoices} /> : <p className="rounded-xl bg-ink-100 px-4 py-3 text-sm text-ink-700">{t("readOnly")}</p>}

        <section className="card overflow-hidden">
          <h3 className="border-b border-ink-100 px-4 py-3 text-base font-semibold text-ink-900">{t("members", { count: team.members.length })}</h3>
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm" data-testid="team-members">
              <thead className="bg-ink-50 text-xs font-medium text-ink-500">
                <tr>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("columns.member")}</th>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("columns.joined")}</th>
                  <th scope="col" className="px-4 py-2.5 text-start">{t("columns.role")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-ink-100">
                {team.members.map((m) => {
                  // Admins manage members and admins; only owners touch owners.
                  const lastOwner = m.role === "owner" && owners === 1;
                  const editable = manage && (isOwner || m.role !== "owner") && !lastOwner;
                  return (
                    <tr key={m.userId} data-testid="team-member" data-email={m.email}>
                      <td className="px-4 py-3">
                        <div className="flex items-center gap-3">
                          <span aria-hidden className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700">
                            {m.name.slice(0, 1).toUpperCase()}
                          </span>
                          <div className="min-w-0">
                            <p className="truncate font-medium text-ink-900">
                              {m.name}
                              {m.userId === factory.user.id ? <span className="ms-2 text-xs font-normal text-ink-500">{t("you")}</span> : null}
                            </p>
                            <p className="truncate text-xs text-ink-500" dir="ltr">{m.email}</p>
                          </div>
                        </div>
                      </td>
                      <td className="px-4 py-3 text-ink-700">{date.format(m.joinedAt)}</td>
                      <td className="px-4 py-3">
                        {editable ? (
                          <MemberControls userId={m.userId} role={m.role} roles={roleChoices} name={m.name} />
                        ) : (
                          <span className={`rounded-full px-2.5 py-1 text-xs font-semibold ${roleTone[m.role]}`} data-testid="member-role">{t(`roles.${m.role}`)}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>

        <section className="card overflow-hidden">
          <h3 className="border-b border-ink-100 px-4 py-3 text-base font-semibold text-ink-900">{t("pending", { count: team.pending.length })}</h3>
          {team.pending.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-ink-500">{t("noPending")}</p>
          ) : (
            <ul className="divide-y divide-ink-100">
              {team.pending.map((inv) => (
                <li key={inv.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm" data-testid="team-invitation">
                  <span className="min-w-0 flex-1 truncate font-medium text-ink-900" dir="ltr">{inv.email}</span>
                  <span className={`rounded-full px-2.5 py-1 text-xs font-semibold ${roleTone[inv.role]}`}>{t(`roles.${inv.role}`)}</span>
                  <span className="text-xs text-ink-500">{t("expires", { date: date.format(inv.expiresAt) })}</span>
                  {manage ? <RevokeInvitation invitationId={inv.id} /> : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="rounded-2xl border border-ink-100 bg-white p-4 text-sm text-ink-700">
          <h3 className="font-semibold text-ink-900">{t("rolesTitle")}</h3>
          <dl className="mt-2 grid gap-2 sm:grid-cols-3">
            {memberRoles.map((r) => (
              <div key={r}>
                <dt className="font-medium text-ink-900">{t(`roles.${r}`)}</dt>
                <dd className="text-xs text-ink-500">{t(`roleHelp.${r}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </ClientMessages>
  );
}
