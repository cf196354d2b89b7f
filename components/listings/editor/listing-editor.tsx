"use client";
// The factory's listing editor: one page of sections (basics, attributes, tags, shipping, SKU
// matrix, tiers, photos, translations) with a section navigation and an action bar. The form lives
// in the browser and is sent as a whole; when the server refuses it, its issues are placed next to
// the inputs they concern and nothing typed is lost.
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState, useTransition } from "react";
import {
  archiveListingAction, duplicateListingAction, publishListingAction, saveListingAction,
} from "@/components/listings/editor/actions";
import { Link, useRouter } from "@/i18n/navigation";
import type { FieldIssue } from "@/lib/errors";
import type { ListingEditorData } from "@/lib/listings/load-listing-editor";
import { formatMoney } from "@/lib/money/format";
import { BasicsSection, type CategoryGroup } from "./basics-section";
import { AttributesSection, ShippingSection, TagsSection } from "./details-sections";
import type { EditorApi } from "./editor-api";
import { formFromValues, placeIssues, sectionOf, toDraft, type EditorForm, type PlacedIssue } from "./editor-form";
import { PhotosSection } from "./photos-section";
import { SectionNav } from "./section-nav";
import { StatusBadge } from "../status-badge";
import { TiersSection } from "./tiers-section";
import { TranslationsSection } from "./translations-section";
import { VariantsSection } from "./variants-section";

export type EditorNotice = "saved" | "published" | "publishFailed" | "duplicated" | null;

interface Props {
  locale: string;
  data: ListingEditorData | null;
  sourceLocale: string;
  categories: CategoryGroup[];
  attributeNames: { key: string; label: string }[];
  machineText: boolean;
  maxPhotoBytes: number;
  maxPhotos: number;
  notice: EditorNotice;
}

export function ListingEditor({ locale, data, sourceLocale, categories, attributeNames, machineText, maxPhotoBytes, maxPhotos, notice: firstNotice }: Props) {
  const t = useTranslations("ListingEditor");
  const router = useRouter();
  const listingId = data?.id ?? null;
  const [form, setForm] = useState<EditorForm>(() => formFromValues(data?.values ?? null, data?.sourceLocale ?? sourceLocale));
  const [saved, setSaved] = useState(() => JSON.stringify(toDraft(form).draft));
  const [issues, setIssues] = useState<PlacedIssue[]>([]);
  const [publishProblems, setPublishProblems] = useState<FieldIssue[]>(firstNotice === "publishFailed" ? (data?.publishProblems ?? []) : []);
  const [notice, setNotice] = useState<EditorNotice | "archived" | "unchanged">(firstNotice === "publishFailed" ? null : firstNotice);
  const [failure, setFailure] = useState<string | null>(null);
  const [photoCount, setPhotoCount] = useState(data?.photos.length ?? 0);
  const [pending, startTransition] = useTransition();

  const draftJson = useMemo(() => JSON.stringify(toDraft(form).draft), [form]);
  const dirty = draftJson !== saved;

  const issueText = useCallback(
    (issue: FieldIssue) => {
      const params: Record<string, string | number> = { ...issue.params };
      if (typeof params.unitPriceFen === "number") params.price = formatMoney(params.unitPriceFen, "CNY", locale);
      const key = `errors.${issue.key}`;
      const tr = t as unknown as { has: (k: string) => boolean } & ((k: string, p?: Record<string, string | number>) => string);
      return tr.has(key) ? tr(key, params) : tr("errors.invalid");
    },
    [t, locale],
  );
  const messages = useMemo(() => {
    const byPlace = new Map<string, string>();
    // Several problems of one place (a tier both starting too low and dearer) are all said.
    for (const issue of issues) {
      const text = issueText(issue);
      const before = byPlace.get(issue.place);
      if (!before) byPlace.set(issue.place, text);
      else if (!before.includes(text)) byPlace.set(issue.place, `${before} ${text}`);
    }
    return byPlace;
  }, [issues, issueText]);

  const api: EditorApi = {
    form,
    locale,
    error: (place) => messages.get(place),
    set: (update, ...places) => {
      setForm(update);
      setNotice(null);
      if (places.length) setIssues((list) => (list.some((i) => places.includes(i.place)) ? list.filter((i) => !places.includes(i.place)) : list));
    },
  };

  // A page left with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  const onPhotoCount = useCallback((n: number) => {
    setPhotoCount(n);
    if (n > 0) setPublishProblems((p) => p.filter((x) => x.path[0] !== "photos"));
  }, []);

  const run = (kind: "save" | "publish") => {
    const { draft, places } = toDraft(form);
    const json = JSON.stringify(draft);
    setFailure(null);
    setNotice(null);
    startTransition(async () => {
      const result = kind === "save" ? await saveListingAction(listingId, draft) : await publishListingAction(listingId, draft);
      if (result.ok) {
        setIssues([]);
        setPublishProblems([]);
        setSaved(json);
        if (listingId === null) return router.replace(`/factory/listings/${result.listingId}?done=${kind === "save" ? "saved" : "published"}`);
        setNotice(kind === "save" ? "saved" : "published");
        return router.refresh();
      }
      if (result.status === 401 || result.status === 404) return setFailure(issueText(result.issues[0]));
      const refused = result as typeof result & { stage?: "save" | "publish"; listingId?: number };
      if (kind === "publish" && refused.stage === "publish") {
        // Saved, but not complete enough to go on sale.
        setSaved(json);
        setIssues([]);
        setPublishProblems(result.issues);
        if (listingId === null && refused.listingId) return router.replace(`/factory/listings/${refused.listingId}?done=publishFailed`);
        return router.refresh();
      }
      setIssues(placeIssues(result.issues, places));
      setFailure("summary");
    });
  };
  const archive = () => {
    if (listingId === null) return;
    startTransition(async () => {
      const result = await archiveListingAction(listingId);
      if (!result.ok) return setFailure(issueText(result.issues[0]));
      setNotice("archived");
      router.refresh();
    });
  };
  const duplicate = () => {
    if (listingId === null) return;
    startTransition(async () => {
      const result = await duplicateListingAction(listingId);
      if (!result.ok) return setFailure(issueText(result.issues[0]));
      router.push(`/factory/listings/${result.listingId}?done=duplicated`);
    });
  };

  const status = data?.status ?? "draft";
  // One line per distinct message (length, width and height share theirs).
  const summary = [...new Map(issues.map((issue) => {
    const line = { section: sectionOf(issue.place), text: issueText(issue) };
    return [`${line.section}|${line.text}`, line] as const;
  })).values()];
  const sectionIssues = new Map<string, number>();
  for (const issue of issues) sectionIssues.set(sectionOf(issue.place), (sectionIssues.get(sectionOf(issue.place)) ?? 0) + 1);
  const sections = [
    { id: "basics", label: t("sections.basics") },
    { id: "attributes", label: t("sections.attributes") },
    { id: "tags", label: t("sections.tags") },
    { id: "shipping", label: t("sections.shipping") },
    { id: "variants", label: t("sections.variants") },
    { id: "tiers", label: t("sections.tiers") },
    { id: "photos", label: t("sections.photos") },
    { id: "translations", label: t("sections.translations") },
  ].map((s) => ({ ...s, issues: sectionIssues.get(s.id) ?? (s.id === "photos" && publishProblems.some((p) => p.path[0] === "photos") ? 1 : 0) }));

  return (
    <div data-testid="listing-editor" data-listing-id={listingId ?? ""} data-status={status}>
      <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <Link href="/factory/listings" className="text-sm text-ink-500 hover:text-ink-900">
          <span aria-hidden className="flip-rtl inline-block">←</span> {t("back")}
        </Link>
      </div>
      <div className="mb-5 flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-xl font-bold text-ink-900 sm:text-2xl" lang={listingId === null ? undefined : form.sourceLocale} dir="auto">
          {listingId === null ? t("newTitle") : form.title.trim() || t("untitled")}
        </h1>
        <StatusBadge status={status} label={t(`status.${status}`)} />
        {dirty && <span className="rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200" data-testid="unsaved">{t("unsaved")}</span>}
      </div>

      <div className="space-y-3" aria-live="polite">
        {notice && notice !== "unchanged" && (
          <p role="status" className="rounded-xl bg-emerald-50 px-4 py-3 text-sm text-emerald-800 ring-1 ring-emerald-200" data-testid="editor-notice" data-notice={notice}>
            {t(`notice.${notice}`)}
            {(notice === "published" || (notice === "saved" && status === "active")) && listingId !== null && (
              <>
                {" "}
                <Link href={`/p/${listingId}`} className="font-semibold underline" data-testid="view-public">{t("viewPublic")}</Link>
              </>
            )}
          </p>
        )}
        {publishProblems.length > 0 && (
          <div role="alert" className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="publish-problems">
            <p className="font-semibold">{t("publishProblems")}</p>
            <ul className="mt-1.5 list-disc space-y-0.5 ps-5">
              {publishProblems.map((p, i) => (
                <li key={i} data-key={p.key}>
                  <a href={`#${sectionOf(String(p.path[0] ?? ""))}`} className="hover:underline">{issueText(p)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {failure && (failure !== "summary" || summary.length > 0) && (
          <div role="alert" className="rounded-xl bg-red-50 px-4 py-3 text-sm text-red-700 ring-1 ring-red-200" data-testid="editor-failure">
            <p className="font-semibold">{failure === "summary" ? t("summary.title", { count: summary.length }) : failure}</p>
            {summary.length > 0 && (
              <ul className="mt-1.5 list-disc space-y-0.5 ps-5">
                {summary.map(({ section, text }) => (
                  <li key={`${section}|${text}`}>
                    <a href={`#${section}`} className="hover:underline">
                      {t(`sections.${section}` as "sections.basics")}: {text}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <div className="mt-4 grid grid-cols-1 gap-5 lg:grid-cols-[10rem_minmax(0,1fr)]">
        <SectionNav sections={sections} label={t("sectionNav")} />
        <form
          noValidate
          className="min-w-0 space-y-5"
          onSubmit={(e) => {
            e.preventDefault();
            run("save");
          }}
        >
          <BasicsSection api={api} categories={categories} isNew={listingId === null} />
          <AttributesSection api={api} attributeNames={attributeNames} />
          <TagsSection api={api} />
          <ShippingSection api={api} />
          <VariantsSection api={api} />
          <TiersSection api={api} />
          <PhotosSection key={`photos-${listingId}`} listingId={listingId} initial={data?.photos ?? []} maxBytes={maxPhotoBytes} maxPhotos={maxPhotos} issueText={issueText} onCount={onPhotoCount} />
          <TranslationsSection
            key={`tr-${listingId}-${data?.updatedAt.toISOString()}`}
            listingId={listingId}
            sourceLocale={form.sourceLocale}
            initial={data?.translations ?? []}
            machineText={machineText}
            issueText={issueText}
          />

          <div className="sticky bottom-0 z-20 -mx-1 rounded-t-2xl border border-ink-100 bg-white/95 px-3 py-3 shadow-[0_-4px_16px_rgba(16,24,40,0.06)] backdrop-blur sm:px-4" data-testid="action-bar">
            <div className="flex flex-wrap items-center gap-2">
              <button type="submit" className="btn-primary" disabled={pending} data-testid="save-listing">
                {pending ? t("actions.working") : status === "draft" ? t("actions.saveDraft") : t("actions.save")}
              </button>
              {listingId !== null && status !== "active" && (
                <button type="button" className="btn-secondary border-brand-500 text-brand-700" disabled={pending} onClick={() => run("publish")} data-testid="publish-listing">
                  {status === "archived" ? t("actions.republish") : t("actions.publish")}
                </button>
              )}
              {listingId !== null && status === "active" && (
                <button type="button" className="btn-secondary" disabled={pending} onClick={archive} data-testid="archive-listing">
                  {t("actions.archive")}
                </button>
              )}
              {listingId !== null && (
                <button type="button" className="btn-secondary" disabled={pending} onClick={duplicate} data-testid="duplicate-listing">
                  {t("actions.duplicate")}
                </button>
              )}
              {listingId !== null && status === "active" && (
                <Link href={`/p/${listingId}`} className="text-sm font-medium text-brand-700 hover:underline">{t("viewPublic")}</Link>
              )}
              <p className="ms-auto text-xs text-ink-500">
                {listingId === null ? t("actions.newHint") : photoCount === 0 && status !== "active" ? t("actions.photoHint") : dirty ? t("unsaved") : t("actions.allSaved")}
              </p>
            </div>
          </div>
        </form>
      </div>
    </div>
  );
}
