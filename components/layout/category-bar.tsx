"use client";
// The header's row of top categories. When they do not fit, the row scrolls: the side with more to
// see fades out under a button that scrolls it, so no name is ever shown cut in half without a sign
// that there is more. Works right-to-left (scrollLeft runs negative there in every engine today).
import { useCallback, useEffect, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";

export interface CategoryBarItem {
  id: number;
  slug: string;
  icon: string;
  name: string;
}

export function CategoryBar({ items, label, back, forward }: { items: CategoryBarItem[]; label: string; back: string; forward: string }) {
  const list = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState({ start: false, end: false });

  const measure = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const travelled = Math.abs(el.scrollLeft);
    const room = el.scrollWidth - el.clientWidth;
    setMore({ start: travelled > 2, end: room - travelled > 2 });
  }, []);

  useEffect(() => {
    measure();
    const el = list.current;
    if (!el) return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, [measure]);

  const scroll = (direction: 1 | -1) => {
    const el = list.current;
    if (!el) return;
    const rtl = getComputedStyle(el).direction === "rtl";
    el.scrollBy({ left: direction * (rtl ? -1 : 1) * el.clientWidth * 0.7, behavior: "smooth" });
  };

  // Fade whichever side has more to show (logical: the start side is on the right in Arabic).
  const mask = more.start && more.end
    ? "[mask-image:linear-gradient(to_right,transparent,black_4rem,black_calc(100%_-_4rem),transparent)]"
    : more.end
      ? "[mask-image:linear-gradient(to_right,black_calc(100%_-_4rem),transparent)] rtl:[mask-image:linear-gradient(to_left,black_calc(100%_-_4rem),transparent)]"
      : more.start
        ? "[mask-image:linear-gradient(to_left,black_calc(100%_-_4rem),transparent)] rtl:[mask-image:linear-gradient(to_right,black_calc(100%_-_4rem),transparent)]"
        : "";
  const button = "absolute top-1/2 z-10 grid h-8 w-8 -translate-y-1/2 place-items-center rounded-full bg-white text-ink-700 shadow ring-1 ring-ink-100 hover:text-brand-700";

  return (
    <nav aria-label={label} className="border-t border-ink-100" data-testid="category-bar" data-more-start={more.start} data-more-end={more.end}>
      <div className="container-page relative">
        {more.start && (
          <button type="button" onClick={() => scroll(-1)} aria-label={back} className={`${button} start-2`} data-testid="category-bar-back">
            <span aria-hidden className="rtl:rotate-180">‹</span>
          </button>
        )}
        <ul ref={list} className={`flex gap-1 overflow-x-auto py-2 text-sm [scrollbar-width:none] ${mask}`}>
          {items.map((c) => (
            <li key={c.id} className="shrink-0">
              <Link
                href={`/c/${c.slug}`}
                className="flex items-center gap-1.5 whitespace-nowrap rounded-full px-3 py-1.5 text-ink-700 hover:bg-brand-50 hover:text-brand-700"
              >
                <span aria-hidden>{c.icon}</span>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
        {more.end && (
          <button type="button" onClick={() => scroll(1)} aria-label={forward} className={`${button} end-2`} data-testid="category-bar-forward">
            <span aria-hidden className="rtl:rotate-180">›</span>
          </button>
        )}
      </div>
    </nav>
  );
}
