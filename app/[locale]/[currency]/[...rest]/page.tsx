import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { notFoundMetadata } from "@/lib/not-found-metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return notFoundMetadata((await params).locale);
}

// Any path no page matches: the localized 404 of ../not-found.tsx. Rendered per request and never
// cached, so unknown paths (any number of them) write nothing to the cache.
export const dynamic = "force-dynamic";

export default function CatchAll() {
  notFound();
}
