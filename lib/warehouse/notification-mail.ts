import "server-only";
// A notification goes out by e-mail (SPEC issue 10): through SMTP (nodemailer) when SMTP_URL is set,
// otherwise kept in the outbox that the development mailbox shows. Text in the buyer's language;
// the link comes from PUBLIC_URL, never from a request.
import { eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import type { Db } from "@/db/client";
import { notifications, outboxEmails, users } from "@/db/schema";
import { isLocale, type Locale } from "@/i18n/locales";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";
import { publicOrigin } from "@/lib/public-url";

export async function renderNotificationMail(locale: Locale, kind: string, data: Record<string, unknown>, href: string | null) {
  const messages = (await import(`../../messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "Warehouse.notifications" });
  const values = Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === "string" || typeof v === "number")) as Record<string, string | number>;
  const text = t.has(kind as never) ? t(kind as never, values as never) : kind;
  const origin = publicOrigin();
  const link = href ? `${origin}/${locale}${href}` : `${origin}/${locale}/notifications`;
  return { subject: `Haozao: ${text}`.slice(0, 200), body: `${text}\n\n${link}\n` };
}

export async function sendNotificationMail(db: Db, notificationId: number) {
  const [row] = await db
    .select({ n: notifications, email: users.email, locale: users.locale })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, notificationId));
  if (!row) return;
  const locale: Locale = isLocale(row.locale) ? row.locale : "en";
  const mail = await renderNotificationMail(locale, row.n.kind, row.n.data, row.n.href);
  const smtpUrl = env.SMTP_URL;
  if (smtpUrl) {
    const nodemailer = await import("nodemailer");
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({ from: env.MAIL_FROM ?? "Haozao <no-reply@haozao.test>", to: row.email, subject: mail.subject, text: mail.body });
    await db.insert(outboxEmails).values({ to: row.email, subject: mail.subject, body: mail.body, sentAt: new Date() });
  } else {
    await db.insert(outboxEmails).values({ to: row.email, subject: mail.subject, body: mail.body });
  }
}

export const notificationMailJob = defineJob<{ notificationId: number }>({
  name: "warehouse.notification-mail",
  retryLimit: 5,
  handler: async ({ notificationId }, { db }) => sendNotificationMail(db, notificationId),
});
