"use server";
// The listing editor's actions through the gate (lib/listings/editor-ops.ts). Answers carry message
// keys (`{ ok: false, status, issues }`); the editor translates them.
import { issuesAction } from "@/lib/gate/next";
import {
  archiveListingOp,
  deleteListingPhotoOp,
  duplicateListingOp,
  publishListingOp,
  reorderListingPhotosOp,
  saveListingOp,
  saveListingTranslationOp,
  translateListingOp,
} from "@/lib/listings/editor-ops";

/** Creates (listingId null) or updates a listing from the editor's draft. */
export const saveListingAction = issuesAction(saveListingOp, (listingId: number | null, draft: unknown) => ({ listingId, draft }));
export const publishListingAction = issuesAction(publishListingOp, (listingId: number | null, draft?: unknown) => ({ listingId, draft, withDraft: draft !== undefined }));
export const archiveListingAction = issuesAction(archiveListingOp, (listingId: number) => ({ listingId }));
export const duplicateListingAction = issuesAction(duplicateListingOp, (listingId: number) => ({ listingId }));
export const translateListingAction = issuesAction(translateListingOp, (listingId: number) => ({ listingId }));
export const saveTranslationAction = issuesAction(saveListingTranslationOp, (listingId: number, translation: unknown) => ({ listingId, translation }));
export const reorderPhotosAction = issuesAction(reorderListingPhotosOp, (listingId: number, photoIds: unknown) => ({ listingId, photoIds }));
export const deletePhotoAction = issuesAction(deleteListingPhotoOp, (listingId: number, photoId: number) => ({ listingId, photoId }));
