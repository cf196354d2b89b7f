// Reached only for paths outside every locale (the proxy sends everything else to a locale).
import "./globals.css";

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center bg-ink-50 p-8 text-center">
        <div>
          <p className="text-6xl font-bold text-brand-500">404</p>
          <h1 className="mt-4 text-2xl font-semibold">Page not found</h1>
          <a className="btn-primary mt-6" href="/en">
            Haozao
          </a>
        </div>
      </body>
    </html>
  );
}
