// One card of the listing editor, an anchor for the section navigation.
import type { ReactNode } from "react";

export function EditorSection({ id, title, hint, children, aside }: { id: string; title: string; hint?: ReactNode; children: ReactNode; aside?: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="card scroll-mt-36 p-4 sm:p-5" data-testid={`section-${id}`}>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-base font-semibold text-ink-900">
            {title}
          </h2>
          {hint && <p className="mt-0.5 text-sm text-ink-500">{hint}</p>}
        </div>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** An error under a row or a group of inputs. */
export function InlineError({ message, testId }: { message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p className="mt-1 text-sm text-red-600" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}

/** The red frame of an input with a problem. */
export const invalid = (message?: string) => (message ? "border-red-500 ring-1 ring-red-200" : "");
