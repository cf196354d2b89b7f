"use server";
// The listing editor's actions. Each goes through withFactory (signed-in factory member, every
// operation scoped to that factory), calls one domain operation, and revalidates the catalogue
// pages that show the listing. Answers carry message keys; the editor translates them.
import { updateTag } from "next/cache";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { catalogTags } from "@/lib/catalog/tags-cache";
import type { Db } from "@/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { archiveListing } from "@/lib/listings/archive-listing";
import { duplicateListing } from "@/lib/listings/duplicate-listing";
import { draftToListingInput, withTierIssues } from "@/lib/listings/listing-draft";
import { loadListingEditor, type EditorTranslation } from "@/lib/listings/load-listing-editor";
import { publishListing } from "@/lib/listings/publish-listing";
import { saveListing } from "@/lib/listings/save-listing";
import { saveListingTranslation } from "@/lib/listings/save-listing-translation";
import { translateListing } from "@/lib/listings/translate-listing";
import { deleteListingPhoto } from "@/lib/photos/delete-listing-photo";
import { reorderListingPhotos } from "@/lib/photos/reorder-listing-photos";
import { getTranslationProvider } from "@/lib/translate/get-translation-provider";
import { idFrom, withFactory, type ActionResult } from "./gate";

type Status = "draft" | "active" | "archived";

/**
 * After a change buyers may see: catalogue pages are revalidated (served stale once while they
 * re-render), and the listing's own page is expired at once, so that the factory opening it right
 * after publishing sees what it published.
 */
function changed(change: { listingId: number; factoryId: number }) {
  revalidateCatalog(change);
  updateTag(catalogTags.listing(change.listingId));
}

/** saveListing on the editor's draft, reporting every tier problem with the other issues. */
async function saveDraft(db: Db, factoryId: number, draft: unknown, listingId?: number) {
  const input = draftToListingInput(draft);
  try {
    return await saveListing(db, factoryId, input, listingId);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(withTierIssues(error.issues, input));
    throw error;
  }
}

/** Creates (listingId null) or updates a listing from the editor's draft. */
export async function saveListingAction(listingId: number | null, draft: unknown): Promise<ActionResult<{ listingId: number; status: Status }>> {
  return withFactory(async (db, factoryId) => {
    const saved = await saveDraft(db, factoryId, draft, listingId === null ? undefined : idFrom(listingId));
    changed({ listingId: saved.listingId, factoryId });
    return { listingId: saved.listingId, status: saved.status };
  });
}

/**
 * Saves the draft (when given), then puts the listing on sale. The problems of an incomplete listing
 * come back as issues; a draft that was saved carries its id even then (a new listing is created once).
 */
export async function publishListingAction(
  listingId: number | null,
  draft?: unknown,
): Promise<ActionResult<{ listingId: number }> & { listingId?: number; stage?: "save" | "publish" }> {
  let id = listingId === null ? null : idFrom(listingId);
  let saved = draft === undefined;
  const result = await withFactory(async (db, factoryId) => {
    if (draft !== undefined) {
      id = (await saveDraft(db, factoryId, draft, id ?? undefined)).listingId;
      saved = true;
      changed({ listingId: id, factoryId });
    }
    if (id === null) throw new NotFoundError("listing", "none");
    await publishListing(db, factoryId, id);
    changed({ listingId: id, factoryId });
    return { listingId: id };
  });
  if (result.ok) return result;
  return { ...result, stage: saved ? "publish" : "save", ...(saved && id !== null ? { listingId: id } : {}) };
}

export async function archiveListingAction(listingId: number): Promise<ActionResult> {
  return withFactory(async (db, factoryId) => {
    await archiveListing(db, factoryId, idFrom(listingId));
    changed({ listingId: idFrom(listingId), factoryId });
    return {};
  });
}

export async function duplicateListingAction(listingId: number): Promise<ActionResult<{ listingId: number }>> {
  return withFactory(async (db, factoryId) => ({ listingId: await duplicateListing(db, factoryId, idFrom(listingId)) }));
}

/** Machine-translates what is missing; answers the counts and every locale's text afterwards. */
export async function translateListingAction(
  listingId: number,
): Promise<ActionResult<{ translated: number; untranslated: number; translations: EditorTranslation[] }>> {
  return withFactory(async (db, factoryId) => {
    const report = await translateListing(db, factoryId, idFrom(listingId), getTranslationProvider());
    changed({ listingId: idFrom(listingId), factoryId });
    const { translations } = await loadListingEditor(db, factoryId, idFrom(listingId));
    return { translated: report.translated.length, untranslated: report.untranslated.length, translations };
  });
}

/** A person's translation of one locale (origin "human"); empty removes it. */
export async function saveTranslationAction(listingId: number, input: unknown): Promise<ActionResult<{ origin: "human" | "missing" }>> {
  return withFactory(async (db, factoryId) => {
    const result = await saveListingTranslation(db, factoryId, idFrom(listingId), input);
    changed({ listingId: idFrom(listingId), factoryId });
    return result;
  });
}

export async function reorderPhotosAction(listingId: number, photoIds: unknown): Promise<ActionResult> {
  return withFactory(async (db, factoryId) => {
    const ids = Array.isArray(photoIds) ? photoIds.map(idFrom) : [];
    await reorderListingPhotos(db, factoryId, idFrom(listingId), ids);
    changed({ listingId: idFrom(listingId), factoryId });
    return {};
  });
}

export async function deletePhotoAction(listingId: number, photoId: number): Promise<ActionResult> {
  return withFactory(async (db, factoryId) => {
    await deleteListingPhoto(db, factoryId, idFrom(listingId), idFrom(photoId));
    changed({ listingId: idFrom(listingId), factoryId });
    return {};
  });
}
