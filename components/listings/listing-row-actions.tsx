"use client";
// The actions of one listing in the factory's list: edit, publish (or publish again), archive,
// duplicate. A listing that cannot go on sale yet says why, under the row.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { archiveListingAction, duplicateListingAction, publishListingAction } from "@/components/listings/editor/actions";
import { Link, useRouter } from "@/i18n/navigation";
import type { FieldIssue } from "@/lib/errors";

export function ListingRowActions({ id, status }: { id: number; status: "draft" | "active" | "archived" }) {
  const t = useTranslations("FactoryListings");
  const tEditor = useTranslations("ListingEditor");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [problems, setProblems] = useState<FieldIssue[]>([]);
  const text = (issue: FieldIssue) => {
    const tr = tEditor as unknown as { has: (k: string) => boolean } & ((k: string, p?: Record<string, string | number>) => string);
    return tr.has(`errors.${issue.key}`) ? tr(`errors.${issue.key}`, issue.params as Record<string, string | number>) : tr("errors.invalid");
  };
  const act = (run: () => Promise<{ ok: boolean; issues?: FieldIssue[]; listingId?: number }>, after?: (listingId?: number) => void) =>
    startTransition(async () => {
      setProblems([]);
      const result = await run();
      if (!result.ok) return setProblems(result.issues ?? []);
      if (after) after(result.listingId);
      else router.refresh();
    });

  return (
    <div className="flex flex-col items-stretch gap-1.5 sm:items-end" data-testid="row-actions">
      <div className="flex flex-wrap gap-1.5 sm:justify-end">
        <Link href={`/factory/listings/${id}`} className="btn-secondary px-3 py-1.5 text-xs" data-testid="row-edit">{t("actions.edit")}</Link>
        {status !== "active" && (
          <button type="button" className="btn-secondary border-brand-500 px-3 py-1.5 text-xs text-brand-700" disabled={pending} data-testid="row-publish" onClick={() => act(() => publishListingAction(id))}>
            {status === "archived" ? t("actions.republish") : t("actions.publish")}
          </button>
        )}
        {status === "active" && (
          <button type="button" className="btn-secondary px-3 py-1.5 text-xs" disabled={pending} data-testid="row-archive" onClick={() => act(() => archiveListingAction(id))}>
            {t("actions.archive")}
          </button>
        )}
        <button
          type="button"
          className="btn-secondary px-3 py-1.5 text-xs"
          disabled={pending}
          data-testid="row-duplicate"
          onClick={() => act(() => duplicateListingAction(id), (copy) => router.push(`/factory/listings/${copy}?done=duplicated`))}
        >
          {t("actions.duplicate")}
        </button>
      </div>
      {problems.length > 0 && (
        <ul role="alert" className="rounded-lg bg-amber-50 px-3 py-1.5 text-start text-xs text-amber-900 ring-1 ring-amber-200" data-testid="row-problems">
          <li className="font-semibold">{t("cannotPublish")}</li>
          {problems.map((p, i) => <li key={i}>· {text(p)}</li>)}
        </ul>
      )}
    </div>
  );
}
