// GET /api/v1/categories — the category tree
import { catalog } from "@/lib/partners/api";
import { apiRoute } from "@/lib/partners/api/route";

export const GET = apiRoute(catalog.listCategories);
