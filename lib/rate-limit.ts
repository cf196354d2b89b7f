// Fixed-window rate limits per key, in this process. Behind several instances each counts on its
// own, which still bounds what one client can do; a shared store would replace the Map.

export interface RateLimiter {
  /** Counts one hit; answers the seconds to wait when over the limit, else null. */
  hit(key: string, now?: number): number | null;
  /** The seconds to wait when the key is already over the limit, without counting a hit. */
  blocked(key: string, now?: number): number | null;
  reset(key: string): void;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, now = Date.now()) {
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      }
      const current = windows.get(key);
      if (!current || current.resetAt <= now) {
        windows.set(key, { count: 1, resetAt: now + windowMs });
        return null;
      }
      current.count++;
      return current.count > limit ? Math.ceil((current.resetAt - now) / 1000) : null;
    },
    blocked(key, now = Date.now()) {
      const current = windows.get(key);
      if (!current || current.resetAt <= now || current.count < limit) return null;
      return Math.ceil((current.resetAt - now) / 1000);
    },
    reset(key) {
      windows.delete(key);
    },
  };
}

/** The client's address as the proxy in front reports it. */
export const clientIp = (headers: Headers) =>
  headers.get("x-forwarded-for")?.split(",")[0].trim() || headers.get("x-real-ip") || "local";
