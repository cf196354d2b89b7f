// Listing tags. Their names live in messages (Tags.<slug>).
export const tagSlugs = ["ships-48h", "customizable", "eco", "bestseller", "new-arrival", "low-moq", "oem", "gift-box"] as const;
export type TagSlug = (typeof tagSlugs)[number];
export const isTagSlug = (value: string): value is TagSlug => (tagSlugs as readonly string[]).includes(value);

export const unitKeys = ["piece", "set", "pair", "kg", "box", "roll", "dozen", "meter", "pack"] as const;
export type UnitKey = (typeof unitKeys)[number];
