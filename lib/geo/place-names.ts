// Chinese place names in the reader's language: provinces from the glossary (else the Chinese name on
// Chinese and Japanese pages), cities from lib/geo/cities.ts; a name we do not know shows as stored.
// Pure: server and client components alike.
import type { Locale } from "../../i18n/locales";
import { provinces as allProvinces } from "../factories/provinces";
import { provinces as provinceNames } from "../translate/glossary-data";
import { cities } from "./cities";

export function provinceName(key: string, locale: Locale | string): string {
  const known = (provinceNames as Record<string, Record<string, string>>)[key]?.[locale];
  if (known) return known;
  const zh = allProvinces.find(([k]) => k === key)?.[1];
  return zh && (locale === "zh" || locale === "ja") ? zh : key;
}

export function cityName(key: string, locale: Locale | string): string {
  return (cities as Record<string, Record<string, string>>)[key]?.[locale] ?? key;
}

/** "Yiwu, Zhejiang"; 浙江义乌; 浙江省義烏市; 저장성 이우; ييوو، تشجيانغ. */
export function placeName(city: string, province: string, locale: Locale | string): string {
  const c = cityName(city, locale);
  const p = provinceName(province, locale);
  if (locale === "zh" || locale === "ja") return `${p}${c}`;
  if (locale === "ko") return `${p} ${c}`;
  if (locale === "ar") return `${c}، ${p}`;
  return `${c}, ${p}`;
}
