import { Link } from "@/i18n/navigation";

export interface StatusTab {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** Status filters of a portal inbox, with counts; scrolls sideways on a phone. */
export function StatusTabs({ tabs, active, label }: { tabs: StatusTab[]; active: string; label: string }) {
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto pb-1">
      <ul className="flex min-w-max gap-1 px-1">
        {tabs.map((tab) => {
          const current = tab.key === active;
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                data-testid={`tab-${tab.key}`}
                className={`flex items-center gap-2 rounded-xl px-3.5 py-2 text-sm font-medium transition-colors ${current ? "bg-ink-900 text-white shadow-sm" : "bg-white text-ink-700 ring-1 ring-ink-100 hover:bg-ink-50"}`}
              >
                {tab.label}
                <span className={`min-w-6 rounded-full px-1.5 text-center text-xs font-semibold tabular-nums ${current ? "bg-white/20 text-white" : tab.count ? "bg-brand-50 text-brand-700" : "bg-ink-100 text-ink-500"}`} data-testid={`tab-count-${tab.key}`}>
                  {tab.count}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
