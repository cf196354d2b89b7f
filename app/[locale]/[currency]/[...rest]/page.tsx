import { notFound } from "next/navigation";

// Any path no page matches: the localized 404 of ../not-found.tsx.
export default function CatchAll() {
  notFound();
}
