import "server-only";
// The link-preview image of a listing or a factory, in a locale and a currency.
import { z } from "zod";
import { isLocale } from "@/i18n/locales";
import { cachedRates } from "@/lib/catalog/cached";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { isCurrency } from "@/lib/money/currencies";
import { buildFactoryPreview, buildListingPreview } from "./build-preview";
import { renderPreviewImage } from "./render-preview-image";

export async function renderPreview(input: { locale: string; currency: string; kind: "p" | "f"; id: number }): Promise<Buffer> {
  const { locale, currency, kind, id } = input;
  if (!isLocale(locale) || !isCurrency(currency)) throw new NotFoundError(kind === "p" ? "listing" : "factory", id);
  const rate = (await cachedRates())[currency];
  const content = kind === "p" ? await buildListingPreview(id, locale, currency, rate) : await buildFactoryPreview(id, locale, currency, rate);
  if (!content) throw new NotFoundError(kind === "p" ? "listing" : "factory", id);
  return renderPreviewImage(content);
}

export const renderPreviewOp = defineOperation({
  name: "seo.previewImage",
  access: access.public,
  input: z.object({ locale: z.string().max(8), currency: z.string().max(3), kind: z.enum(["p", "f"]), id: zId }),
  run: (_ctx, input) => renderPreview(input),
});
