import "server-only";
// The line form's labels, hints and choices in the page's language (for "new" and "edit").
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { LINE_PRICINGS, SHIPPING_MODES } from "@/lib/agent-settings/line-form";
import { countryChoices } from "@/lib/shipping/countries";

const FIELDS = [
  "code", "mode", "nameZh", "nameEn", "pricing", "firstWeight", "firstPrice", "stepWeight", "stepPrice", "volumetricDivisor", "freightTonPrice",
  "container20Price", "container40Price", "minCharge", "maxWeight", "maxVolume", "daysMin", "daysMax", "countries", "active",
] as const;
const HINTS = ["code", "firstWeight", "stepWeight", "volumetricDivisor", "freightTonPrice", "container20Price", "container40Price", "minCharge", "maxVolume"] as const;

export async function lineFormProps(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "AgentSettings.lines" });
  const tModes = await getTranslations({ locale, namespace: "Modes" });
  const ts = await getTranslations({ locale, namespace: "AgentSettings" });
  return {
    locale,
    labels: Object.fromEntries(FIELDS.map((f) => [f, t(`fields.${f}`)])),
    hints: Object.fromEntries(HINTS.map((f) => [f, t(`hints.${f}`)])),
    modes: SHIPPING_MODES.map((m) => ({ value: m, label: tModes(m) })),
    pricings: LINE_PRICINGS.map((p) => ({ value: p, label: t(`pricing.${p}`) })),
    countryOptions: countryChoices(locale),
    preview: {
      title: t("preview.title"), hint: t("preview.hint"), shipment: t("preview.shipment"), charged: t("preview.charged"), price: t("preview.price"),
      invalid: t("preview.invalid"), tooHeavy: t("preview.tooHeavy"), tooLarge: t("preview.tooLarge"), kg: t("preview.kg"), m3: t("preview.m3"),
      litres: t("preview.litres"), freightTons: t("preview.freightTons"), containers: t("preview.containers"),
    },
    pendingLabel: ts("saving"),
  };
}

/** A new line's starting values: an air parcel line. */
export const NEW_LINE_VALUES: Record<string, string> = {
  code: "", nameZh: "", nameEn: "", mode: "air", pricing: "parcel", firstWeight: "0.5", firstPrice: "", stepWeight: "0.5", stepPrice: "",
  volumetricDivisor: "6000", maxWeight: "30", maxVolume: "", minCharge: "0.00", freightTonPrice: "", container20Price: "", container40Price: "",
  daysMin: "", daysMax: "",
};
