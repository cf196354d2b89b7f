// GET|POST /api/auth/* — Better Auth's own endpoints (session, sign-out, organisation API)
import { getAuth } from "@/lib/auth/auth";

const handle = async (request: Request) => (await getAuth()).handler(request);

export { handle as GET, handle as POST };
