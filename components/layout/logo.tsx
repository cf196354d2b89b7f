export function LogoMark({ className = "h-9 w-9" }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" className={className} aria-hidden>
      <defs>
        <linearGradient id="hz-logo" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#ff7236" />
          <stop offset="1" stopColor="#c22606" />
        </linearGradient>
      </defs>
      <rect width="40" height="40" rx="11" fill="url(#hz-logo)" />
      <path d="M11 28V12h4v6h10v-6h4v16h-4v-6H15v6z" fill="#fff" />
      <circle cx="30.5" cy="9.5" r="3" fill="#ffe6d4" />
    </svg>
  );
}
