// The real root layout is app/[locale]/[currency]/layout.tsx (it knows the language for <html lang dir>).
import type { ReactNode } from "react";
import { ensureJobWorker } from "@/lib/jobs/worker";

// This server process works the job queue from the first page it renders (not during `next build`).
void ensureJobWorker();

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
