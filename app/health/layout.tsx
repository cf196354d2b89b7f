import type { ReactNode } from "react";

// A page outside every locale: prerendered at build, no database. Load balancers and
// `npm run bench:pages` (as the static baseline) use it.
export default function HealthLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
