// Listing titles as factories really write them: each factory has its own habit (word order, a model
// number, a selling point up front, its wholesale wording), so the sellers of one product do not
// all list the same title with a different suffix. Written in Chinese first; every locale is built
// from the same translated parts (the product name, its selling points, the title extras).
// Deterministic: the parts are picked by the listing's variant number.
import type { Locale, ProductTypeSeed } from "../types";
import { TITLE_FILLERS, clip, lcFirst, nameWithMaterial, ruPlural } from "./text";

export interface TitleHabit {
  /** 0..4: the seller's way of ordering a title (the sellers of one product each have another). */
  style: number;
  /** The factory's model number for this product, e.g. "XN-2061". */
  model: string;
}

/** Locales that write the parts after the name in lower case ("Funda ... – al por mayor"). */
const LOWER_AFTER_NAME: readonly Locale[] = ["mn", "ru", "es", "fr", "vi"];
const SEP: Record<Locale, string> = { en: " – ", zh: " ", mn: " — ", ru: " — ", ja: " ", ko: " ", es: " – ", fr: " – ", ar: " - ", vi: " – " };
const LIST: Record<Locale, string> = { en: ", ", zh: " ", mn: ", ", ru: ", ", ja: "・", ko: ", ", es: ", ", fr: ", ", ar: "، ", vi: ", " };
const MIN_LENGTH: Record<Locale, number> = { en: 40, zh: 20, mn: 40, ru: 40, ja: 24, ko: 28, es: 40, fr: 40, ar: 40, vi: 40 };

/** A phrase put before the name: 【工場直販】, [공장 직판], "厂家直销 ", "Factory Direct: ". */
function lead(locale: Locale, phrase: string) {
  if (locale === "ja") return `【${phrase}】`;
  if (locale === "ko") return `[${phrase}] `;
  if (locale === "zh") return `${phrase} `;
  if (locale === "en") return `${phrase} `;
  return `${phrase}: `;
}

/** "6 colours" as each language writes it in a title. */
export function colourCount(n: number, locale: Locale): string {
  switch (locale) {
    case "en": return `${n} Colors`;
    case "zh": return `${n}色可选`;
    case "mn": return `${n} өнгө`;
    case "ru": return `${n} ${ruPlural(n, "цвет", "цвета", "цветов")}`;
    case "ja": return `全${n}色`;
    case "ko": return `${n}가지 색상`;
    case "es": return `${n} colores`;
    case "fr": return `${n} coloris`;
    case "ar": return `${n} ${n >= 3 && n <= 10 ? "ألوان" : "لونًا"}`;
    case "vi": return `${n} màu`;
  }
}

/** The title style of one seller of a product: distinct among the sellers of one design. */
export function titleStyle(productKey: string, designIndex: number, seller: number): number {
  let h = 0;
  for (const c of productKey) h = (h * 31 + c.charCodeAt(0)) % 9973;
  return (h + designIndex * 2 + seller) % 5;
}

/** The model number a factory gives a product: its initials and a number fixed by the product. */
export function modelNumber(factoryKey: string, productKey: string, designIndex: number): string {
  const word = factoryKey.split("-")[1] ?? factoryKey;
  const initials = `${word[0]}${word[word.length - 1]}`.toUpperCase();
  let h = 7;
  for (const c of `${factoryKey}/${productKey}`) h = (h * 31 + c.charCodeAt(0)) % 9973;
  return `${initials}-${1000 + ((h * 7 + designIndex * 11) % 9000)}`;
}

export function buildListingTitle(pt: ProductTypeSeed, locale: Locale, variant: number, habit: TitleHabit): string {
  const v = Math.abs(Math.trunc(variant));
  const lower = (s: string) => (LOWER_AFTER_NAME.includes(locale) ? lcFirst(s) : s);
  const name = nameWithMaterial(pt, locale);
  const extras = (pt.titleExtras[locale] ?? []).filter((e) => e.trim() && !name.toLocaleLowerCase().includes(e.toLocaleLowerCase()));
  const extra = (i: number) => extras.length ? extras[(v + i) % extras.length] : TITLE_FILLERS[locale][(v + i) % TITLE_FILLERS[locale].length];
  const feature = pt.features.length ? pt.features[(v + habit.style) % pt.features.length][locale] : extra(1);
  const colours = pt.options.find((o) => o.axis === "color")?.values.length ?? 0;
  const range = colours >= 3 ? colourCount(colours, locale) : extra(2);
  // The phrases put before the name differ by style, so that the sellers of one product (each its
  // own style) never open their titles alike: a wholesale phrase none of the extras says, the first
  // extra, the second extra.
  const fillers = TITLE_FILLERS[locale].filter((f) => !extras.some((e) => e.toLocaleLowerCase() === f.toLocaleLowerCase()));
  const wholesale = fillers.length ? fillers[v % fillers.length] : TITLE_FILLERS[locale][0];
  const leadExtra = (i: number) => extras[i] ?? TITLE_FILLERS[locale][(i + 1) % TITLE_FILLERS[locale].length];
  const list = (...parts: string[]) => parts.map(lower).join(LIST[locale]);

  const styles: (() => string)[] = [
    // 防摔硅胶手机壳 HN-2061 批发 可定制logo
    () => `${name} ${habit.model}${SEP[locale]}${list(extra(0), extra(1))}`,
    // 厂家直销 防摔硅胶手机壳 加高边框保护镜头和屏幕
    () => `${lead(locale, wholesale)}${name}${SEP[locale]}${lower(feature)}`,
    // 【爆款】防摔硅胶手机壳 6色可选 ...
    () => `${lead(locale, leadExtra(0))}${name}${SEP[locale]}${list(range, feature)}`,
    // HN-2061 防摔硅胶手机壳 | 6色可选 | 批发
    () => `${habit.model} ${name} | ${range} | ${extra(1)}`,
    // 【跨境专供】防摔硅胶手机壳 HN-2061 加高边框保护镜头和屏幕 (the product named early: cards show two lines)
    () => `${lead(locale, leadExtra(1))}${name} ${habit.model}${SEP[locale]}${lower(feature)}`,
  ];
  let title = styles[habit.style % styles.length]();
  for (let i = 0; title.length < MIN_LENGTH[locale] && i < TITLE_FILLERS[locale].length; i++) {
    const filler = TITLE_FILLERS[locale][(v + i) % TITLE_FILLERS[locale].length];
    if (!title.toLocaleLowerCase().includes(filler.toLocaleLowerCase())) title = `${title}${LIST[locale]}${lower(filler)}`;
  }
  return clip(title, locale);
}
