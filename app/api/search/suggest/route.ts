// GET /api/search/suggest?locale=<locale>&q=<prefix> — completions as the buyer types
import { z } from "zod";
import { getReadDb } from "@/db";
import { locales } from "@/i18n/locales";
import { suggest } from "@/lib/search/postgres-engine";

const query = z.object({ locale: z.enum(locales), q: z.string().trim().min(1).max(60) });

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = query.safeParse(params);
  if (!parsed.success) return Response.json({ suggestions: [] }, { status: params.q ? 400 : 200 });
  const suggestions = await suggest(await getReadDb(), parsed.data.locale, parsed.data.q);
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=300" } });
}
