// Input pieces every operation uses: ids within PostgreSQL's integer, bounded integers and text.
import { z } from "zod";

const INT_MAX = 2_147_483_647;

/** A row id from a form, a path or JSON: a positive int32, else a validation error (never a 500). */
export const zId = z.coerce
  .string()
  .regex(/^\d{1,10}$/, "invalid")
  .transform(Number)
  .pipe(z.number().int().min(1, "invalid").max(INT_MAX, "invalid"));

/** A whole number in [min, max] (from text or a number). */
export const zInt = (min: number, max: number) =>
  z.coerce
    .string()
    .regex(/^-?\d{1,15}$/, "invalid")
    .transform(Number)
    .pipe(z.number().int().min(min, "invalid").max(max, "invalid"));

/** Trimmed text of at most `max` characters (required unless `optional`). */
export const zText = (max: number) => z.string().trim().max(max);
