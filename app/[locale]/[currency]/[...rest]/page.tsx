import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { notFoundMetadata } from "@/lib/not-found-metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return notFoundMetadata((await params).locale);
}

// Any path no page matches: the localized 404 of ../not-found.tsx.
export default function CatchAll() {
  notFound();
}
