// The development mailbox: the outbox of mails the app would send (without SMTP_URL). Only on a
// development server; a 404 in production.
import { notFound } from "next/navigation";
import { requestDb as getDb } from "@/lib/gate/next";
import { env } from "@/lib/env";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { listOutbox } from "@/lib/warehouse/list-outbox";

export const dynamic = "force-dynamic";

export default async function DevMailboxPage({ params }: { params: Promise<ShopParams> }) {
  await shopContext(params);
  if (env.NODE_ENV === "production") notFound();
  const mails = await listOutbox(await getDb());
  return (
    <div className="container-page py-8" lang="en" dir="ltr">
      <h1 className="text-2xl font-bold tracking-tight">Development mailbox</h1>
      <ul className="mt-6 space-y-3">
        {mails.map((m) => (
          <li key={m.id} className="card p-4 text-sm" data-testid="mail">
            <p className="font-semibold">{m.subject}</p>
            <p className="text-xs text-ink-500">{m.to} · {m.createdAt.toISOString()} {m.sentAt ? "· sent by SMTP" : "· kept in the outbox"}</p>
            <pre className="mt-2 whitespace-pre-wrap font-sans">{m.body}</pre>
          </li>
        ))}
      </ul>
    </div>
  );
}
