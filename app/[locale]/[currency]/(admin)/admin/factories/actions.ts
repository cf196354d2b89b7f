"use server";
// Verify a factory or withdraw its badge (platform members only, checked again by the domain
// operation), then revalidate the cached catalogue pages that show the badge.
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { getSessionUser } from "@/lib/auth/session";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { NotFoundError } from "@/lib/errors";
import { setFactoryVerified } from "@/lib/factories/set-factory-verified";

export async function setVerifiedAction(_: { error?: string }, formData: FormData): Promise<{ error?: string }> {
  const locale = await actionLocale();
  const t = await getTranslations({ locale, namespace: "Admin" });
  const user = await getSessionUser();
  if (!user) return { error: t("errors.refused") };
  try {
    const result = await setFactoryVerified(await getDb(), {
      actorId: user.id,
      factoryId: Number(formData.get("factoryId")),
      verified: formData.get("verified") === "1",
    });
    revalidateCatalog({ factoryId: result.factoryId });
    for (const listingId of result.listingIds) revalidateCatalog({ listingId });
  } catch (error) {
    if (error instanceof NotFoundError) return { error: t("errors.refused") };
    throw error;
  }
  refresh();
  return {};
}
