// GET /api/auth/get-session — the only Better Auth endpoint served over HTTP.
// Sign-in, sign-up, sign-out, reset and profile go through our gated server actions (which call
// Better Auth in-process with our checks and limits); organisations, members, invitations, roles
// and user updates are our own operations. Everything else under /api/auth answers 404, so nobody
// can create a `platform` organisation or change a kind or role over HTTP.
import { getAuth } from "@/lib/auth/auth";
import { NotFoundError } from "@/lib/errors";
import { gatedRoute } from "@/lib/gate/next";

const OPEN = new Set(["GET /api/auth/get-session"]);

const handle = gatedRoute("auth.betterAuth", async (request) => {
  const { pathname } = new URL(request.url);
  if (!OPEN.has(`${request.method} ${pathname.replace(/\/+$/, "")}`)) throw new NotFoundError("route", pathname);
  return (await getAuth()).handler(request);
});

export { handle as GET, handle as POST };
