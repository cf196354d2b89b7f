// The factory onboarding form, shared by the page and the server. Messages are keys of
// `Forms.errors` (lib/forms/parse-form.ts translates them next to each field).
import { z } from "zod";
import { isLicenceNumber, normaliseLicenceNumber } from "./licence-number";
import { provinceKeys } from "./provinces";

export const MAX_MAIN_CATEGORIES = 5;
const HAN = /\p{Script=Han}/u;
const oneSpace = (v: string) => v.replace(/\s+/g, " ");
const LATIN_NAME = /^[\p{Script=Latin}0-9 &.,'()/+-]+$/u;

export const factoryOnboardingSchema = z.object({
  nameZh: z.string().trim().min(1, "required").max(160, "tooLong").regex(HAN, "onboardingNameZh").transform(oneSpace),
  nameEn: z
    .string()
    .trim()
    .min(1, "required")
    .max(160, "tooLong")
    .regex(LATIN_NAME, "onboardingNameEn")
    .refine((v) => /\p{Script=Latin}/u.test(v), "onboardingNameEn")
    .transform(oneSpace),
  province: z.enum(provinceKeys, "onboardingProvince"),
  city: z.string().trim().min(1, "required").max(60, "tooLong"),
  foundedYear: z
    .string()
    .trim()
    .min(1, "required")
    .regex(/^\d{4}$/, "onboardingFoundedYear")
    .transform(Number)
    .refine((year) => year >= 1900 && year <= new Date().getFullYear(), "onboardingFoundedYear"),
  licenceNumber: z
    .string()
    .min(1, "required")
    .transform(normaliseLicenceNumber)
    .refine(isLicenceNumber, "onboardingLicence"),
  mainCategoryIds: z
    .array(z.coerce.number().int().positive())
    .min(1, "onboardingCategories")
    .max(MAX_MAIN_CATEGORIES, "onboardingCategories")
    .transform((ids) => [...new Set(ids)]),
});

export type FactoryOnboardingInput = z.input<typeof factoryOnboardingSchema>;
export type FactoryOnboarding = z.output<typeof factoryOnboardingSchema>;
