/** The shield of a reliable factory. Inline (a few bytes): cards repeat it, but few factories carry it. */
export function ReliableIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" className={className} aria-hidden fill="currentColor">
      <path d="M10 1.8 3.5 4.2v5.1c0 4.1 2.8 7.6 6.5 8.9 3.7-1.3 6.5-4.8 6.5-8.9V4.2z" />
      <path d="m6.8 10 2.2 2.2 4.3-4.4" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
