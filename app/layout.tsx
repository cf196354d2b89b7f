// The real root layout is app/[locale]/[currency]/layout.tsx (it knows the language for <html lang dir>).
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
