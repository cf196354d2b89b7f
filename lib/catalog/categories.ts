import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/db/client";
import { categories, categoryTranslations } from "@/db/schema";

export interface CategoryNode {
  id: number;
  slug: string;
  icon: string;
  name: string;
  parentId: number | null;
  /** Active listings in this category and its descendants. */
  listingCount: number;
  children: CategoryNode[];
}

/** The whole category tree in a locale, with listing counts (a few dozen rows: one query). */
export async function getCategoryTree(db: DbOrTx, locale: Locale): Promise<CategoryNode[]> {
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      icon: categories.icon,
      parentId: categories.parentId,
      position: categories.position,
      name: sql<string>`coalesce(${categoryTranslations.name}, (select ct.name from category_translations ct where ct.category_id = ${categories.id} and ct.locale = 'en'), ${categories.slug})`,
      own: sql<number>`(select count(*)::int from listings l where l.category_id = ${categories.id} and l.status = 'active')`,
    })
    .from(categories)
    .leftJoin(
      categoryTranslations,
      sql`${categoryTranslations.categoryId} = ${categories.id} and ${categoryTranslations.locale} = ${locale}`,
    )
    .orderBy(categories.position, categories.id);
  const nodes = new Map<number, CategoryNode & { own: number; position: number }>();
  for (const r of rows) nodes.set(r.id, { ...r, listingCount: 0, children: [] });
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    if (node.parentId && nodes.has(node.parentId)) nodes.get(node.parentId)!.children.push(node);
    else roots.push(node);
  }
  const total = (node: CategoryNode & { own: number }): number =>
    (node.listingCount = node.own + node.children.reduce((sum, c) => sum + total(c as CategoryNode & { own: number }), 0));
  for (const root of roots) total(root as CategoryNode & { own: number });
  return roots;
}

/** A category (by slug or id) with its ancestors (root first), or null. */
export function findCategory(tree: CategoryNode[], key: { slug: string } | { id: number }): { node: CategoryNode; trail: CategoryNode[] } | null {
  const matches = (node: CategoryNode) => ("slug" in key ? node.slug === key.slug : node.id === key.id);
  const walk = (nodes: CategoryNode[], trail: CategoryNode[]): { node: CategoryNode; trail: CategoryNode[] } | null => {
    for (const node of nodes) {
      if (matches(node)) return { node, trail };
      const found = walk(node.children, [...trail, node]);
      if (found) return found;
    }
    return null;
  };
  return walk(tree, []);
}

export const descendantIds = (node: CategoryNode): number[] => [node.id, ...node.children.flatMap(descendantIds)];

export async function categoryIdBySlug(db: DbOrTx, slug: string) {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug));
  return row?.id ?? null;
}
