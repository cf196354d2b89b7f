"use client";
// The listing's photos: several uploaded at once (file picker or drag and drop), one request per
// file so that a refused file (not an image, too large) shows its message and the others still go
// in; thumbnails in order, the first is the cover; move earlier / later (buttons, or drag and drop),
// delete.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { deletePhotoAction, reorderPhotosAction } from "@/components/listings/editor/actions";
import type { FieldIssue } from "@/lib/errors";
import type { EditorPhoto } from "@/lib/listings/load-listing-editor";
import { EditorSection } from "./section";

interface Upload {
  id: number;
  name: string;
  state: "waiting" | "uploading" | "error";
  message?: string;
}

let uploadCounter = 0;

export function PhotosSection({ listingId, initial, maxBytes, maxPhotos, issueText, onCount }: {
  listingId: number | null;
  initial: EditorPhoto[];
  maxBytes: number;
  maxPhotos: number;
  issueText: (issue: FieldIssue) => string;
  onCount: (count: number) => void;
}) {
  const t = useTranslations("ListingEditor");
  const [photos, setPhotos] = useState(initial);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragOver, setDragOver] = useState(false);
  const [dragged, setDragged] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [saving, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const focusAfter = useRef<{ id: number; action: string } | null>(null);

  useEffect(() => onCount(photos.length), [photos.length, onCount]);
  useEffect(() => {
    const f = focusAfter.current;
    if (!f) return;
    focusAfter.current = null;
    const button = document.querySelector<HTMLButtonElement>(`[data-photo="${f.id}"][data-action="${f.action}"]:not(:disabled)`)
      ?? document.querySelector<HTMLButtonElement>(`[data-photo="${f.id}"][data-action]:not(:disabled)`);
    button?.focus();
  }, [photos]);

  if (listingId === null) {
    return (
      <EditorSection id="photos" title={t("sections.photos")}>
        <p className="rounded-xl border border-dashed border-ink-300 bg-ink-50 px-4 py-8 text-center text-sm text-ink-500" data-testid="photos-after-save">{t("photos.saveFirst")}</p>
      </EditorSection>
    );
  }

  const upload = async (files: File[]) => {
    setProblem(null);
    const queued = files.map((file) => ({ file, id: ++uploadCounter }));
    setUploads((u) => [...u.filter((x) => x.state !== "error"), ...queued.map(({ file, id }) => ({ id, name: file.name, state: "waiting" as const }))]);
    const mark = (id: number, change: Partial<Upload> | null) =>
      setUploads((u) => (change ? u.map((x) => (x.id === id ? { ...x, ...change } : x)) : u.filter((x) => x.id !== id)));
    for (const { file, id } of queued) {
      if (file.size > maxBytes) {
        mark(id, { state: "error", message: issueText({ path: ["photos"], key: "photos.tooLarge" }) });
        continue;
      }
      mark(id, { state: "uploading" });
      const body = new FormData();
      body.append("photo", file);
      try {
        const response = await fetch(`/api/factory/listings/${listingId}/photos`, { method: "POST", body });
        const answer = (await response.json()) as { ok: true; photo: EditorPhoto } | { ok: false; issues: FieldIssue[] };
        if (answer.ok) {
          setPhotos((p) => [...p, answer.photo]);
          mark(id, null);
        } else {
          mark(id, { state: "error", message: issueText(answer.issues[0] ?? { path: [], key: "invalid" }) });
        }
      } catch {
        mark(id, { state: "error", message: t("errors.network") });
      }
    }
  };

  const reorder = (next: EditorPhoto[], focus?: { id: number; action: string }) => {
    const before = photos;
    setPhotos(next);
    setProblem(null);
    if (focus) focusAfter.current = focus;
    startTransition(async () => {
      const result = await reorderPhotosAction(listingId, next.map((p) => p.id));
      if (!result.ok) {
        setPhotos(before);
        setProblem(issueText(result.issues[0]));
      }
    });
  };
  const move = (index: number, to: number, action: string) => {
    if (to < 0 || to >= photos.length) return;
    const next = [...photos];
    const [photo] = next.splice(index, 1);
    next.splice(to, 0, photo);
    reorder(next, { id: photo.id, action });
  };
  const remove = (photo: EditorPhoto) => {
    setConfirming(null);
    setProblem(null);
    startTransition(async () => {
      const result = await deletePhotoAction(listingId, photo.id);
      if (result.ok) setPhotos((p) => p.filter((x) => x.id !== photo.id));
      else setProblem(issueText(result.issues[0]));
    });
  };
  const busy = uploads.some((u) => u.state !== "error");

  return (
    <EditorSection id="photos" title={t("sections.photos")} hint={t("photos.hint", { max: maxPhotos })}>
      <div
        className={`flex flex-col items-center justify-center gap-2 rounded-xl border-2 border-dashed px-4 py-6 text-center transition-colors ${dragOver ? "border-brand-500 bg-brand-50" : "border-ink-300 bg-ink-50"}`}
        data-testid="photo-drop"
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes("Files")) return;
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={(e) => {
          if (!e.dataTransfer.files.length) return;
          e.preventDefault();
          setDragOver(false);
          void upload([...e.dataTransfer.files]);
        }}
      >
        <p className="text-sm text-ink-700">{t("photos.drop")}</p>
        <button type="button" className="btn-secondary" onClick={() => input.current?.click()} disabled={photos.length >= maxPhotos} data-testid="photo-pick">
          {t("photos.pick")}
        </button>
        <p className="text-xs text-ink-500">{t("photos.limits", { mb: Math.round(maxBytes / 1024 / 1024) })}</p>
        <input
          ref={input}
          type="file"
          accept="image/*"
          multiple
          className="sr-only"
          tabIndex={-1}
          aria-label={t("photos.pick")}
          data-testid="photo-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            if (files.length) void upload(files);
          }}
        />
      </div>

      {uploads.length > 0 && (
        <ul className="mt-3 space-y-1.5" aria-live="polite" data-testid="photo-uploads">
          {uploads.map((u) => (
            <li key={u.id} className={`flex items-center gap-2 rounded-lg px-3 py-2 text-sm ${u.state === "error" ? "bg-red-50 text-red-700" : "bg-ink-50 text-ink-700"}`} data-testid={u.state === "error" ? "photo-upload-error" : "photo-upload-pending"}>
              <span className="truncate font-medium" dir="auto">{u.name}</span>
              <span className="ms-auto shrink-0">{u.state === "error" ? u.message : u.state === "uploading" ? t("photos.uploading") : t("photos.waiting")}</span>
            </li>
          ))}
        </ul>
      )}
      {problem && <p role="alert" className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="photo-problem">{problem}</p>}

      {photos.length === 0 ? (
        <p className="mt-4 text-sm text-ink-500">{t("photos.none")}</p>
      ) : (
        <ol className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-5" data-testid="photo-list" aria-busy={busy || saving} data-saving={saving}>
          {photos.map((photo, i) => (
            <li
              key={photo.id}
              draggable
              onDragStart={(e) => {
                setDragged(photo.id);
                e.dataTransfer.effectAllowed = "move";
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => {
                if (dragged !== null) e.preventDefault();
              }}
              onDrop={(e) => {
                if (dragged === null || dragged === photo.id) return;
                e.preventDefault();
                e.stopPropagation();
                move(photos.findIndex((p) => p.id === dragged), i, "earlier");
                setDragged(null);
              }}
              className={`group relative overflow-hidden rounded-xl border bg-white ${i === 0 ? "border-brand-500 ring-1 ring-brand-500" : "border-ink-100"} ${dragged === photo.id ? "opacity-50" : ""}`}
              data-testid="photo-item"
              data-photo-id={photo.id}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/media/${photo.thumbKey}`} alt={t("photos.alt", { n: i + 1 })} width={240} height={240} className="aspect-square w-full bg-ink-100 object-cover" />
              <span className={`absolute start-2 top-2 rounded-md px-2 py-0.5 text-[11px] font-semibold shadow-sm ${i === 0 ? "bg-brand-700 text-white" : "bg-white/90 text-ink-700"}`}>
                {i === 0 ? t("photos.cover") : i + 1}
              </span>
              <div className="flex items-center gap-1 border-t border-ink-100 p-1.5">
                <button type="button" className="rounded-lg p-1.5 text-ink-700 hover:bg-ink-50 disabled:opacity-30" aria-label={t("photos.earlier", { n: i + 1 })} title={t("photos.earlierShort")} disabled={i === 0} data-photo={photo.id} data-action="earlier" data-testid={`photo-earlier-${i}`} onClick={() => move(i, i - 1, "earlier")}>
                  <span aria-hidden className="flip-rtl inline-block">←</span>
                </button>
                <button type="button" className="rounded-lg p-1.5 text-ink-700 hover:bg-ink-50 disabled:opacity-30" aria-label={t("photos.later", { n: i + 1 })} title={t("photos.laterShort")} disabled={i === photos.length - 1} data-photo={photo.id} data-action="later" data-testid={`photo-later-${i}`} onClick={() => move(i, i + 1, "later")}>
                  <span aria-hidden className="flip-rtl inline-block">→</span>
                </button>
                {confirming === photo.id ? (
                  <button type="button" className="ms-auto rounded-lg bg-red-600 px-2 py-1 text-xs font-semibold text-white" onClick={() => remove(photo)} data-testid={`photo-confirm-delete-${i}`}>
                    {t("photos.confirmDelete")}
                  </button>
                ) : (
                  <button type="button" className="ms-auto rounded-lg px-2 py-1 text-xs text-ink-500 hover:bg-red-50 hover:text-red-700" aria-label={t("photos.delete", { n: i + 1 })} onClick={() => setConfirming(photo.id)} data-testid={`photo-delete-${i}`}>
                    {t("photos.deleteShort")}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </EditorSection>
  );
}
