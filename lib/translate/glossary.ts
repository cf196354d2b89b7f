// The reviewed glossary the built-in translator works from: the demo catalogue's materials, colours,
// sizes, provinces and attribute values (lib/translate/glossary-data.ts), the option axis and attribute
// names (as in messages/*.json Axes and Attributes), and units of measure with their symbols.
import type { Locale, Localized } from "@/i18n/locales";
import { attributeValues, colors, materials, provinces, sizes } from "@/lib/translate/glossary-data";

const L = (
  en: string, zh: string, mn: string, ru: string, ja: string,
  ko: string, es: string, fr: string, ar: string, vi: string,
): Localized => ({ en, zh, mn, ru, ja, ko, es, fr, ar, vi });

/** Option axis names (the keys of listing_options.axis). */
const axisNames: Localized[] = [
  L("Colour", "颜色", "Өнгө", "Цвет", "カラー", "색상", "Color", "Couleur", "اللون", "Màu sắc"),
  L("Size", "尺码", "Хэмжээ", "Размер", "サイズ", "사이즈", "Tamaño", "Taille", "المقاس", "Kích cỡ"),
  L("Capacity", "容量", "Багтаамж", "Объём", "容量", "용량", "Capacidad", "Capacité", "السعة", "Dung tích"),
  L("Style", "款式", "Загвар", "Стиль", "スタイル", "스타일", "Estilo", "Modèle", "الطراز", "Kiểu dáng"),
  L("Length", "长度", "Урт", "Длина", "長さ", "길이", "Longitud", "Longueur", "الطول", "Chiều dài"),
  L("Power", "功率", "Чадал", "Мощность", "出力", "출력", "Potencia", "Puissance", "القدرة", "Công suất"),
];

/** Attribute names. */
const attributeNames: Localized[] = [
  L("Material", "材质", "Материал", "Материал", "素材", "소재", "Material", "Matière", "الخامة", "Chất liệu"),
  L("Origin", "产地", "Гарал үүсэл", "Происхождение", "原産地", "원산지", "Origen", "Origine", "بلد المنشأ", "Xuất xứ"),
  ...Object.values(attributeValues).map((a) => a.name),
];

/** Terms translated whole: every label of one entry means the same thing. */
export const glossaryTerms: Localized[] = [
  ...Object.values(materials),
  ...Object.values(colors).map((c) => c.label),
  ...Object.values(sizes),
  ...Object.values(provinces),
  ...Object.values(attributeValues).flatMap((a) => Object.values(a.values)),
  ...axisNames,
  ...attributeNames,
];

export interface UnitTerm {
  /** How the unit is written after a number in each locale. */
  symbol: Localized;
  /** Other spellings recognised in any locale. */
  aliases: string[];
}

/** Units of measure written after a number, e.g. "500毫升" -> "500 ml", "30×20 厘米" -> "30 × 20 cm". */
export const unitTerms: UnitTerm[] = [
  { symbol: L("ml", "毫升", "мл", "мл", "ml", "ml", "ml", "ml", "مل", "ml"), aliases: ["ml", "mL", "毫升", "мл", "ミリリットル", "밀리리터", "مل"] },
  { symbol: L("L", "升", "л", "л", "L", "L", "L", "L", "لتر", "L"), aliases: ["l", "L", "升", "公升", "л", "リットル", "리터", "لتر", "lít"] },
  { symbol: L("mm", "毫米", "мм", "мм", "mm", "mm", "mm", "mm", "مم", "mm"), aliases: ["mm", "毫米", "мм", "ミリ", "مم"] },
  { symbol: L("cm", "厘米", "см", "см", "cm", "cm", "cm", "cm", "سم", "cm"), aliases: ["cm", "厘米", "公分", "см", "センチ", "센티미터", "سم"] },
  { symbol: L("m", "米", "м", "м", "m", "m", "m", "m", "م", "m"), aliases: ["m", "米", "м", "メートル", "미터", "م", "mét"] },
  { symbol: L("kg", "千克", "кг", "кг", "kg", "kg", "kg", "kg", "كغ", "kg"), aliases: ["kg", "千克", "公斤", "кг", "キロ", "킬로그램", "كغ", "كجم"] },
  { symbol: L("g", "克", "г", "г", "g", "g", "g", "g", "غ", "g"), aliases: ["g", "克", "г", "グラム", "그램", "غ", "جم"] },
  { symbol: L("W", "瓦", "Вт", "Вт", "W", "W", "W", "W", "واط", "W"), aliases: ["w", "W", "瓦", "Вт", "واط"] },
  { symbol: L("V", "伏", "В", "В", "V", "V", "V", "V", "فولت", "V"), aliases: ["v", "V", "伏", "В", "فولت"] },
  { symbol: L("mAh", "毫安时", "мАц", "мА·ч", "mAh", "mAh", "mAh", "mAh", "مللي أمبير ساعة", "mAh"), aliases: ["mah", "mAh", "毫安时", "毫安", "мА·ч", "мАч", "мАц"] },
  { symbol: L("in", "英寸", "инч", "дюйм", "インチ", "인치", "pulg.", "po", "بوصة", "inch"), aliases: ["in", "inch", "inches", "英寸", "寸", "дюйм", "инч", "インチ", "인치", "pulg.", "po", "بوصة"] },
];

/** Locales that write a decimal comma. */
export const decimalCommaLocales: readonly Locale[] = ["mn", "ru", "es", "fr", "vi"];

/** EU shoe sizes outside the listed ones, written the way each market writes them (as in the seed glossary). */
export const euShoeSize = (n: string): Localized =>
  L(`EU ${n}`, `${n}码`, `EU ${n}`, `${n} (EU)`, `${n}（EU）`, `${n} (EU)`, `${n} EU`, `${n} EU`, `${n} (EU)`, `Cỡ ${n} (EU)`);
