"use client";
// The factory portal's section links; the current section is marked.
import { usePathname } from "next/navigation";
import { Link } from "@/i18n/navigation";

export interface PortalLink {
  href: string;
  label: string;
  testId: string;
  /** Current only on this exact path (a section's overview). */
  exact?: boolean;
}

export function PortalNav({ links }: { links: PortalLink[] }) {
  const pathname = usePathname();
  // The browser's path is /<locale>/<section>…; links are locale-free.
  const current = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  return (
    <nav className="-mx-1 flex gap-1 overflow-x-auto pb-1 text-sm md:mx-0 md:flex-col md:overflow-visible">
      {links.map((link) => {
        const active = link.href === "/factory" || link.exact ? current === link.href : current.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            data-testid={link.testId}
            aria-current={active ? "page" : undefined}
            className={`shrink-0 rounded-lg px-3 py-2 ${active ? "bg-brand-50 font-semibold text-brand-700" : "text-ink-700 hover:bg-ink-50"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
