/** The verified-factory mark. Drawn once per page (<IconSprite />) and referenced, since cards repeat it. */
export function VerifiedIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg className={className} aria-hidden>
      <use href="#i-verified" />
    </svg>
  );
}

export function IconSprite() {
  return (
    <svg aria-hidden width="0" height="0" className="absolute">
      <symbol id="i-verified" viewBox="0 0 20 20" fill="currentColor">
        <path d="M10 1.5 12.2 3l2.6-.1.9 2.5 2.2 1.5-.8 2.5.8 2.5-2.2 1.5-.9 2.5-2.6-.1L10 18.5 7.8 17l-2.6.1-.9-2.5L2.1 13l.8-2.5-.8-2.5 2.2-1.5.9-2.5 2.6.1z" />
        <path d="m6.5 10.2 2.3 2.3 4.7-4.8" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </symbol>
    </svg>
  );
}
