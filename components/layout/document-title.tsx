"use client";
// Sets the tab's title from a component. For the 404 page only: not-found.tsx cannot have metadata of
// its own without reading the request's headers (which turns every cached page dynamic), and a
// page's metadata is not used once it calls notFound(). A 404 is never indexed, so the title set in
// the browser is all it needs.
import { useEffect } from "react";

export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
