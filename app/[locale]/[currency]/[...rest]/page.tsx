import { notFound } from "next/navigation";

// Any path no page matches: the localized 404 of ../not-found.tsx. Rendered on demand like the
// catalogue pages (no static params), so a 404 is rendered once per path and then served, with its
// 404 status, from the page cache instead of rendering the page for every request.
export function generateStaticParams() {
  return [];
}

export default function CatchAll() {
  notFound();
}
