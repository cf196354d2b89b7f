// Better Auth's APIError, recognised by shape (status and body.code), never by instanceof: the
// class exists twice across bundles, so `instanceof` missed it and a wrong password became a 500.
export interface AuthFailure {
  status: string | number;
  code: string;
}

export function authFailure(error: unknown): AuthFailure | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { status?: unknown; statusCode?: unknown; body?: { code?: unknown } };
  const status = e.status ?? e.statusCode;
  if (typeof status !== "string" && typeof status !== "number") return null;
  const code = typeof e.body?.code === "string" ? e.body.code : "";
  return { status, code };
}
