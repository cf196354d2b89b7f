// The server side of the editor pages (new and edit): categories to choose from (leaves, grouped
// by their top category, names in the page's language), attribute names, limits, and the client
// messages the editor needs.
import { getMessages } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Locale } from "@/i18n/locales";
import { cachedCategoryTree } from "@/lib/catalog/cached";
import type { CategoryNode } from "@/lib/catalog/categories";
import { fullTextTranslation } from "@/lib/translate/get-translation-provider";
import type { ListingEditorData } from "@/lib/listings/load-listing-editor";
import { MAX_PHOTOS_PER_LISTING } from "@/lib/photos/store-listing-photo";
import { MAX_UPLOAD_BYTES } from "@/lib/photos/validate-image";
import type { CategoryGroup } from "./basics-section";
import { ListingEditor, type EditorNotice } from "./listing-editor";

function leavesOf(node: CategoryNode, trail: string[] = []): { id: number; name: string }[] {
  if (!node.children.length) return [{ id: node.id, name: [...trail, node.name].join(" › ") }];
  return node.children.flatMap((child) => leavesOf(child, trail.length || node.parentId !== null ? [...trail, node.name] : []));
}

export async function EditorPage({ locale, data, notice }: { locale: Locale; data: ListingEditorData | null; notice: EditorNotice }) {
  const tree = await cachedCategoryTree(locale);
  const categories: CategoryGroup[] = tree.map((root) => ({ label: `${root.icon} ${root.name}`.trim(), options: leavesOf(root) }));
  const messages = (await getMessages({ locale })) as { Attributes: Record<string, string> };
  const attributeNames = Object.entries(messages.Attributes).map(([key, label]) => ({ key, label }));
  return (
    <ClientMessages locale={locale} namespaces={["ListingEditor", "Tags", "Attributes"]}>
      <ListingEditor
        locale={locale}
        data={data}
        sourceLocale="zh"
        categories={categories}
        attributeNames={attributeNames}
        machineText={fullTextTranslation()}
        maxPhotoBytes={MAX_UPLOAD_BYTES}
        maxPhotos={MAX_PHOTOS_PER_LISTING}
        notice={notice}
      />
    </ClientMessages>
  );
}

export const noticeFrom = (value: unknown): EditorNotice =>
  value === "saved" || value === "published" || value === "publishFailed" || value === "duplicated" ? value : null;
