import "server-only";
// The listing editor's operations through the gate: each a member of a factory acting on its own
// listings (another factory's id is "not found"), one domain operation per call, then the
// catalogue pages that show the listing revalidated. The domain functions live one per file.
import { updateTag } from "next/cache";
import { z } from "zod";
import type { Db } from "@/db/client";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { catalogTags } from "@/lib/catalog/tags-cache";
import { errorCode, ValidationError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { deleteListingPhoto } from "@/lib/photos/delete-listing-photo";
import { photoVariantKey } from "@/lib/photos/photo-sizes";
import { PhotoUploadError, storeListingPhoto } from "@/lib/photos/store-listing-photo";
import { reorderListingPhotos } from "@/lib/photos/reorder-listing-photos";
import { getTranslationProvider } from "@/lib/translate/get-translation-provider";
import { archiveListing } from "./archive-listing";
import { duplicateListing } from "./duplicate-listing";
import { findOwnListing } from "./find-own-listing";
import { draftToListingInput, withTierIssues } from "./listing-draft";
import { loadListingEditor } from "./load-listing-editor";
import { publishListing } from "./publish-listing";
import { saveListing } from "./save-listing";
import { saveListingTranslation } from "./save-listing-translation";
import { translateListing } from "./translate-listing";

const factoryMember = access.member("factory");

/**
 * After a change buyers may see: catalogue pages are revalidated (served stale once while they
 * re-render), and the listing's own page is expired at once, so that the factory opening it right
 * after publishing sees what it published.
 */
function changed(change: { listingId: number; factoryId: number }) {
  revalidateCatalog(change);
  try {
    updateTag(catalogTags.listing(change.listingId));
  } catch {
    // outside a server action (tests, scripts): nothing cached to expire
  }
}

/** saveListing on the editor's draft, reporting every tier problem with the other issues. */
async function saveDraft(db: Db, factoryId: number, draft: unknown, listingId?: number) {
  const input = draftToListingInput(draft);
  try {
    return await saveListing(db, factoryId, input, listingId);
  } catch (error) {
    if (errorCode(error) === "validation") throw new ValidationError(withTierIssues((error as ValidationError).issues, input));
    throw error;
  }
}

export const saveListingOp = defineOperation({
  name: "listings.save",
  access: factoryMember,
  input: z.object({ listingId: zId.nullable(), draft: z.unknown() }),
  run: async ({ db, caller }, { listingId, draft }) => {
    const factoryId = caller.organisation.organisationId;
    const saved = await saveDraft(db, factoryId, draft, listingId ?? undefined);
    changed({ listingId: saved.listingId, factoryId });
    return { listingId: saved.listingId, status: saved.status as "draft" | "active" | "archived" };
  },
});

/**
 * Saves the draft (when given), then puts the listing on sale. A refusal carries the stage that
 * failed and, once the draft was saved, its id (so a new listing is created once).
 */
export const publishListingOp = defineOperation({
  name: "listings.publish",
  access: factoryMember,
  input: z.object({ listingId: zId.nullable(), draft: z.unknown().optional(), withDraft: z.boolean() }),
  run: async ({ db, caller }, { listingId, draft, withDraft }) => {
    const factoryId = caller.organisation.organisationId;
    let id = listingId;
    let saved = !withDraft;
    try {
      if (withDraft) {
        id = (await saveDraft(db, factoryId, draft, id ?? undefined)).listingId;
        saved = true;
        changed({ listingId: id, factoryId });
      }
      if (id === null) throw new ValidationError([{ path: [], key: "notFound" }]);
      await publishListing(db, factoryId, id);
      changed({ listingId: id, factoryId });
      return { listingId: id };
    } catch (error) {
      if (errorCode(error)) Object.assign(error as object, { extra: { stage: saved ? "publish" : "save", ...(saved && id !== null ? { listingId: id } : {}) } });
      throw error;
    }
  },
});

export const archiveListingOp = defineOperation({
  name: "listings.archive",
  access: factoryMember,
  input: z.object({ listingId: zId }),
  run: async ({ db, caller }, { listingId }) => {
    const factoryId = caller.organisation.organisationId;
    await archiveListing(db, factoryId, listingId);
    changed({ listingId, factoryId });
    return {};
  },
});

export const duplicateListingOp = defineOperation({
  name: "listings.duplicate",
  access: factoryMember,
  input: z.object({ listingId: zId }),
  run: async ({ db, caller }, { listingId }) => ({ listingId: await duplicateListing(db, caller.organisation.organisationId, listingId) }),
});

/** Machine-translates what is missing; answers the counts and every locale's text afterwards. */
export const translateListingOp = defineOperation({
  name: "listings.translate",
  access: factoryMember,
  input: z.object({ listingId: zId }),
  rateLimit: { capacity: 20, refillSeconds: 60 },
  run: async ({ db, caller }, { listingId }) => {
    const factoryId = caller.organisation.organisationId;
    const report = await translateListing(db, factoryId, listingId, getTranslationProvider());
    changed({ listingId, factoryId });
    const { translations } = await loadListingEditor(db, factoryId, listingId);
    return { translated: report.translated.length, untranslated: report.untranslated.length, translations };
  },
});

/** A person's translation of one locale (origin "human"); empty removes it. */
export const saveListingTranslationOp = defineOperation({
  name: "listings.saveTranslation",
  access: factoryMember,
  input: z.object({ listingId: zId, translation: z.unknown() }),
  run: async ({ db, caller }, { listingId, translation }) => {
    const factoryId = caller.organisation.organisationId;
    const result = await saveListingTranslation(db, factoryId, listingId, translation);
    changed({ listingId, factoryId });
    return result;
  },
});

export const reorderListingPhotosOp = defineOperation({
  name: "listings.reorderPhotos",
  access: factoryMember,
  input: z.object({ listingId: zId, photoIds: z.array(zId).max(100) }),
  run: async ({ db, caller }, { listingId, photoIds }) => {
    const factoryId = caller.organisation.organisationId;
    await reorderListingPhotos(db, factoryId, listingId, photoIds);
    changed({ listingId, factoryId });
    return {};
  },
});

export const deleteListingPhotoOp = defineOperation({
  name: "listings.deletePhoto",
  access: factoryMember,
  input: z.object({ listingId: zId, photoId: zId }),
  run: async ({ db, caller }, { listingId, photoId }) => {
    const factoryId = caller.organisation.organisationId;
    await deleteListingPhoto(db, factoryId, listingId, photoId);
    changed({ listingId, factoryId });
    return {};
  },
});

/** One photo for a listing of the member's factory (POST /api/factory/listings/<id>/photos). */
export const addListingPhotoOp = defineOperation({
  name: "listings.addPhoto",
  access: factoryMember,
  input: z.object({ listingId: zId, photo: z.instanceof(Uint8Array).nullable() }),
  run: async ({ db, caller }, { listingId, photo }) => {
    const factoryId = caller.organisation.organisationId;
    await findOwnListing(db, factoryId, listingId);
    if (!photo) throw new PhotoUploadError("not_an_image");
    const stored = await storeListingPhoto(db, factoryId, listingId, photo);
    revalidateCatalog({ listingId, factoryId });
    return {
      photo: { id: stored.id, key: stored.storageKey, thumbKey: photoVariantKey(stored.storageKey, 240), width: stored.width, height: stored.height },
    };
  },
});
