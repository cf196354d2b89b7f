"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** A submit button that shows it is working while its form's action runs. */
export function SubmitButton({ children, pendingLabel, className = "btn-primary w-full", testId, pending: pendingProp, disabled = false }: { children: ReactNode; pendingLabel?: string; className?: string; testId?: string; pending?: boolean; disabled?: boolean }) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" className={`${className} disabled:opacity-60`} disabled={pending || disabled} aria-busy={pending} data-testid={testId}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
