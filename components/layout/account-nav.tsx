"use client";
// The header's cart and account links. Catalogue pages are cached for everyone, so who is signed in
// is asked for after the page loads (one small request), again after each navigation (signing in or
// out changes the page without reloading the layout) and when the cart changes.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { signOutAction } from "@/components/auth/actions";
import { Link, usePathname } from "@/i18n/navigation";

interface Me {
  user: { name: string; role: string } | null;
  cartLines: number;
}

export const CART_CHANGED_EVENT = "haozao:cart-changed";

/** Labels translated by the server: the link to open a factory account (buyers), the platform admin's pages. */
export function AccountNav({ openFactoryLabel, adminLabel }: { openFactoryLabel?: string; adminLabel?: string }) {
  const t = useTranslations("Header");
  const [me, setMe] = useState<Me | null>(null);
  const pathname = usePathname();
  useEffect(() => {
    let alive = true;
    const load = () =>
      fetch("/api/me", { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : null))
        .then((data: Me | null) => alive && data && setMe(data))
        .catch(() => {});
    load();
    window.addEventListener(CART_CHANGED_EVENT, load);
    return () => {
      alive = false;
      window.removeEventListener(CART_CHANGED_EVENT, load);
    };
  }, [pathname]);
  // Back to this page after signing in (not to the sign-in pages themselves).
  const authPage = /^\/(sign-in|sign-up|forgot-password|reset-password)(\/|$)/.test(pathname);
  const signInHref = authPage || pathname === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(pathname)}`;

  return (
    <div className="flex items-center gap-1">
      <Link href="/cart" className="relative flex items-center gap-1.5 rounded-lg px-2.5 py-2 text-sm text-ink-700 hover:bg-ink-50" data-testid="header-cart">
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 4h2l2.2 10.2a2 2 0 0 0 2 1.6h7.6a2 2 0 0 0 2-1.5L21 8H6.2" />
          <circle cx="10" cy="20" r="1.4" />
          <circle cx="17" cy="20" r="1.4" />
        </svg>
        {/* Always the link's name (with the count after it); shown from lg up. */}
        <span className="sr-only lg:not-sr-only">{t("cart")}</span>
        {me && me.cartLines > 0 ? (
          <span className="absolute -top-0.5 end-0 min-w-5 rounded-full bg-brand-700 px-1.5 text-center text-[11px] font-semibold leading-5 text-white" data-testid="cart-count">
            {me.cartLines}
          </span>
        ) : null}
      </Link>
      {me?.user ? (
        <details className="relative">
          <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-lg px-2.5 py-2 text-sm text-ink-700 hover:bg-ink-50" data-testid="account-menu">
            <span aria-hidden className="flex h-6 w-6 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700">
              {me.user.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="hidden max-w-28 truncate lg:inline">{me.user.name}</span>
          </summary>
          <div className="absolute end-0 z-40 mt-1 w-48 rounded-xl border border-ink-100 bg-white p-1 text-sm shadow-lg">
            <Link href="/orders" className="block rounded-lg px-3 py-2 hover:bg-ink-50">{t("orders")}</Link>
            <Link href="/rfqs" className="block rounded-lg px-3 py-2 hover:bg-ink-50" data-testid="rfqs-link">{t("rfqs")}</Link>
            {me.user.role === "factory" ? (
              <Link href="/factory" className="block rounded-lg px-3 py-2 hover:bg-ink-50" data-testid="factory-portal-link">{t("factoryPortal")}</Link>
            ) : me.user.role === "buyer" && openFactoryLabel ? (
              <Link href="/factory-onboarding" className="block rounded-lg px-3 py-2 hover:bg-ink-50" data-testid="open-factory-link">{openFactoryLabel}</Link>
            ) : null}
            {me.user.role === "partner" ? (
              <Link href="/partner/keys" className="block rounded-lg px-3 py-2 hover:bg-ink-50" data-testid="partner-api-link">{t("partnerApi")}</Link>
            ) : null}
            {me.user.role === "admin" && adminLabel ? (
              <Link href="/admin/factories" className="block rounded-lg px-3 py-2 hover:bg-ink-50" data-testid="admin-link">{adminLabel}</Link>
            ) : null}
            {me.user.role === "agent" || me.user.role === "admin" ? (
              <Link href="/agent" className="block rounded-lg px-3 py-2 hover:bg-ink-50" data-testid="agent-orders-link">{t("agentOrders")}</Link>
            ) : null}
            <Link href="/account" className="block rounded-lg px-3 py-2 hover:bg-ink-50">{t("account")}</Link>
            <form action={signOutAction} onSubmit={() => setMe((m) => (m ? { ...m, user: null } : m))}>
              <button type="submit" className="block w-full rounded-lg px-3 py-2 text-start hover:bg-ink-50" data-testid="sign-out">
                {t("signOut")}
              </button>
            </form>
          </div>
        </details>
      ) : (
        <Link href={signInHref} className="flex items-center gap-1.5 rounded-lg px-2.5 py-2 text-sm font-medium text-ink-700 hover:bg-ink-50" data-testid="header-sign-in" aria-label={t("signIn")}>
          {/* A phone shows the icon only: as wide as the account's initial, so the bar keeps its place once it has loaded. */}
          <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6 sm:hidden" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <circle cx="12" cy="8" r="4" />
            <path d="M4 21a8 8 0 0 1 16 0" />
          </svg>
          <span className="hidden sm:inline">{t("signIn")}</span>
        </Link>
      )}
    </div>
  );
}
