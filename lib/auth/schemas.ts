// Account forms, shared by the pages and the server actions. Messages are keys of `Forms.errors`.
import { z } from "zod";
import { currencies } from "@/lib/money/currencies";
import { locales } from "@/i18n/locales";

const email = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("email"));
const password = z.string().min(8, "passwordShort").max(128, "tooLong");
const country = z.string().regex(/^[A-Z]{2}$/, "country");

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "required").max(128, "tooLong"),
  next: z.string().optional(),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  email,
  password,
  company: z.string().trim().max(160, "tooLong").optional().transform((v) => v || undefined),
  country,
  currency: z.enum(currencies, "currency"),
  next: z.string().optional(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ token: z.string().min(1, "resetLinkInvalid"), newPassword: password, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "passwordsDiffer", path: ["confirmPassword"] });

export const profileSchema = z.object({
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  company: z.string().trim().max(160, "tooLong").optional().transform((v) => v || null),
  country,
  currency: z.enum(currencies, "currency"),
  locale: z.enum(locales, "invalid"),
});
