"use client";
// The search box of every page: suggestions as the buyer types (debounced, keyboard-navigable),
// and a photo search by file picker, camera, drag-and-drop or paste. A pasted link is searched like
// words: the search page recognises it.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { Suggestion } from "@/lib/search/types";

/** `factoryLabel`: the badge of a factory suggestion, translated by the server (kept out of the client messages). */
export function SearchBox({ factoryLabel }: { factoryLabel?: string }) {
  const t = useTranslations("SearchBox");
  const tHeader = useTranslations("Header");
  const locale = useLocale();
  const listId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [imageState, setImageState] = useState<"idle" | "uploading" | "error">("idle");
  const [imageError, setImageError] = useState("");

  // On the search page, show what was searched (read on the client: cached pages share this header).
  useEffect(() => {
    if (/\/search$/.test(window.location.pathname)) setQuery(new URLSearchParams(window.location.search).get("q") ?? "");
  }, []);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 1 || /https?:\/\//i.test(text)) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?locale=${locale}&q=${encodeURIComponent(text)}`, { signal: controller.signal });
        const data = (await res.json()) as { suggestions: Suggestion[] };
        setSuggestions(data.suggestions);
        setActive(-1);
      } catch {
        // typing on: the older request was cancelled
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale]);

  const go = (suggestion: Suggestion) => {
    setOpen(false);
    if (suggestion.kind === "category" && suggestion.categorySlug) window.location.assign(`/${locale}/c/${suggestion.categorySlug}`);
    else if (suggestion.kind === "factory" && suggestion.factoryId) window.location.assign(`/${locale}/f/${suggestion.factoryId}`);
    else window.location.assign(`/${locale}/search?q=${encodeURIComponent(suggestion.text)}`);
  };

  async function searchByImage(file: File) {
    setImageState("uploading");
    setImageError("");
    const body = new FormData();
    body.append("image", file);
    try {
      const res = await fetch("/api/search/image", { method: "POST", body });
      const data = (await res.json()) as { phash?: string; colours?: string; error?: string };
      if (!res.ok || !data.phash) {
        setImageState("error");
        setImageError(t(`imageErrors.${data.error === "too_large" || data.error === "too_many_pixels" || data.error === "not_an_image" || data.error === "unsupported_type" ? data.error : "failed"}`));
        return;
      }
      window.location.assign(`/${locale}/search/image?h=${data.phash}&c=${data.colours}`);
    } catch {
      setImageState("error");
      setImageError(t("imageErrors.failed"));
    }
  }

  const showList = open && suggestions.length > 0;
  return (
    <div className="relative w-full">
      <form
        ref={formRef}
        action={`/${locale}/search`}
        method="get"
        role="search"
        className={`flex items-center gap-2 rounded-full ${dragging ? "ring-2 ring-brand-500 ring-offset-2" : ""}`}
        onDragOver={(e) => {
          if ([...e.dataTransfer.items].some((i) => i.kind === "file")) {
            e.preventDefault();
            setDragging(true);
          }
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          setDragging(false);
          if (file) {
            e.preventDefault();
            void searchByImage(file);
          }
        }}
      >
        <label className="relative flex-1">
          <span className="sr-only">{tHeader("searchLabel")}</span>
          <span aria-hidden className="pointer-events-none absolute inset-y-0 start-3 flex items-center text-ink-500">
            <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-3.5-3.5" />
            </svg>
          </span>
          <input
            name="q"
            type="search"
            value={query}
            autoComplete="off"
            placeholder={tHeader("searchPlaceholder")}
            className="input h-11 rounded-full ps-10 pe-12 text-[15px]"
            enterKeyHint="search"
            role="combobox"
            aria-expanded={showList}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
            data-testid="search-input"
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onPaste={(e) => {
              const file = [...e.clipboardData.files].find((f) => f.type.startsWith("image/"));
              if (file) {
                e.preventDefault();
                void searchByImage(file);
              }
            }}
            onKeyDown={(e) => {
              if (!showList) return;
              if (e.key === "ArrowDown") {
                e.preventDefault();
                setActive((a) => (a + 1) % suggestions.length);
              } else if (e.key === "ArrowUp") {
                e.preventDefault();
                setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
              } else if (e.key === "Enter" && active >= 0) {
                e.preventDefault();
                go(suggestions[active]);
              } else if (e.key === "Escape") {
                setOpen(false);
              }
            }}
          />
          <button
            type="button"
            onClick={() => fileRef.current?.click()}
            className="absolute inset-y-1 end-1 grid w-9 place-items-center rounded-full text-ink-500 hover:bg-brand-50 hover:text-brand-700"
            aria-label={t("imageButton")}
            title={t("imageHint")}
            data-testid="image-search-button"
          >
            {imageState === "uploading" ? (
              <span className="h-4 w-4 animate-spin rounded-full border-2 border-brand-500 border-t-transparent" />
            ) : (
              <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden>
                <path d="M4 8h3l2-3h6l2 3h3v11H4z" strokeLinejoin="round" />
                <circle cx="12" cy="13" r="3.5" />
              </svg>
            )}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="image/*"
            capture="environment"
            className="sr-only"
            tabIndex={-1}
            data-testid="image-search-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void searchByImage(file);
            }}
          />
        </label>
        <button type="submit" className="btn-primary h-11 rounded-full px-5">
          {tHeader("searchButton")}
        </button>
      </form>
      {imageState === "error" && (
        <p role="alert" data-testid="image-error" className="absolute start-4 top-full mt-1 rounded-lg bg-red-50 px-3 py-1.5 text-xs text-red-700 ring-1 ring-red-200">
          {imageError}
        </p>
      )}
      {showList && (
        <ul id={listId} role="listbox" className="absolute inset-x-0 top-full z-40 mt-1 overflow-hidden rounded-2xl border border-ink-100 bg-white py-1 shadow-xl" data-testid="suggestions">
          {suggestions.map((s, i) => (
            <li
              key={`${s.kind}-${s.factoryId ?? ""}-${s.text}`}
              data-kind={s.kind}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(s);
              }}
              className={`flex cursor-pointer items-center gap-2 px-4 py-2 text-sm ${i === active ? "bg-brand-50 text-brand-800" : "text-ink-700"}`}
            >
              <span className="truncate">{s.text}</span>
              {s.kind === "category" && <span className="ms-auto shrink-0 rounded bg-ink-100 px-1.5 py-0.5 text-[10px] font-medium text-ink-500">{t("category")}</span>}
              {s.kind === "factory" && factoryLabel && <span className="ms-auto shrink-0 rounded bg-sky-50 px-1.5 py-0.5 text-[10px] font-medium text-sky-700">{factoryLabel}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
