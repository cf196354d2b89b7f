// The reviewed glossary every generated text of the demo catalogue is built from.
// Keys are fixed here; each entry carries its label in all ten locales.
import type { Localized } from "../types";

export const materialKeys = [
  "silicone", "tpu", "abs-plastic", "pp-plastic", "stainless-steel", "aluminium", "cast-iron", "ceramic",
  "glass", "bamboo", "wood", "cotton", "polyester", "nylon", "wool", "linen", "leather", "pu-leather",
  "canvas", "rubber", "eva-foam", "plush", "paper", "copper", "zinc-alloy", "carbon-steel", "led", "mixed",
] as const;
export type MaterialKey = (typeof materialKeys)[number];

export const colorKeys = [
  "black", "white", "red", "blue", "navy", "green", "pink", "yellow", "grey", "beige", "brown",
  "purple", "orange", "transparent", "silver", "gold",
] as const;
export type ColorKey = (typeof colorKeys)[number];

export const sizeKeys = [
  "xs", "s", "m", "l", "xl", "xxl", "small", "medium", "large", "one-size",
  "eu36", "eu37", "eu38", "eu39", "eu40", "eu41", "eu42", "eu43", "eu44", "eu45",
] as const;
export type SizeKey = (typeof sizeKeys)[number];

/** Chinese provinces used by the demo factories and warehouses (English names as keys). */
export const provinceKeys = [
  "Zhejiang", "Guangdong", "Fujian", "Jiangsu", "Shandong", "Hebei", "Shanghai", "Anhui", "Henan", "Hubei",
] as const;
export type ProvinceKey = (typeof provinceKeys)[number];

export const materials: Record<MaterialKey, Localized> = {} as Record<MaterialKey, Localized>; // TODO(helper A)
export const colors: Record<ColorKey, { hex: string; label: Localized }> = {} as Record<ColorKey, { hex: string; label: Localized }>; // TODO(helper A)
export const sizes: Record<SizeKey, Localized> = {} as Record<SizeKey, Localized>; // TODO(helper A)
export const provinces: Record<ProvinceKey, Localized> = {} as Record<ProvinceKey, Localized>; // TODO(helper A)

/** Option value helpers for product types. */
export const color = (key: ColorKey) => ({ key, label: colors[key].label, hex: colors[key].hex });
export const size = (key: SizeKey) => ({ key, label: sizes[key] });
