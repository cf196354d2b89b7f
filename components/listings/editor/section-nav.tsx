"use client";
// The editor's section links: a sticky column on wide screens, a scrolling row on phones. The
// section in view is marked; a section with problems shows their count.
import { useEffect, useState } from "react";

export function SectionNav({ sections, label }: { sections: { id: string; label: string; issues: number }[]; label: string }) {
  const [current, setCurrent] = useState(sections[0]?.id);
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
        if (visible) setCurrent(visible.target.id);
      },
      { rootMargin: "-20% 0px -70% 0px" },
    );
    for (const s of sections) {
      const el = document.getElementById(s.id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sections.map((s) => s.id).join()]);

  return (
    <nav aria-label={label} className="min-w-0 lg:sticky lg:top-32 lg:self-start" data-testid="section-nav">
      <ol className="flex gap-1 overflow-x-auto text-sm lg:flex-col lg:overflow-visible">
        {sections.map((s) => (
          <li key={s.id} className="shrink-0">
            <a
              href={`#${s.id}`}
              aria-current={current === s.id ? "location" : undefined}
              className={`flex items-center justify-between gap-2 rounded-lg px-3 py-1.5 ${current === s.id ? "bg-white font-semibold text-ink-900 shadow-sm ring-1 ring-ink-100" : "text-ink-500 hover:bg-white hover:text-ink-900"}`}
            >
              {s.label}
              {s.issues > 0 && <span className="rounded-full bg-red-100 px-1.5 text-[11px] font-semibold text-red-700">{s.issues}</span>}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
