import { sql } from "drizzle-orm";

/** One int[] parameter (Drizzle would expand a JS array into a list of parameters). */
export const intArray = (values: readonly number[]) => sql`${`{${values.map((v) => Math.trunc(v)).join(",")}}`}::int[]`;

/** One text[] parameter, each element quoted for an array literal. */
export const textArray = (values: readonly string[]) =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`}::text[]`;
