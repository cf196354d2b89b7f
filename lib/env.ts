// Environment, validated once. Import `env` instead of reading process.env anywhere else.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server; without it the app runs on an embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Folder of the embedded database (or `memory://` for a throw-away one). */
  PGLITE_DIR: z.string().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Set to "0" to skip seeding demo data into an empty database on start. */
  SEED_DEMO: z.enum(["0", "1"]).default("1"),
  /** A LibreTranslate server for machine translation of listings; without it only the built-in glossary translates. */
  LIBRETRANSLATE_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  LIBRETRANSLATE_API_KEY: z.string().optional().or(z.literal("").transform(() => undefined)),
  /** A font with Chinese characters for PDFs (packing slips); default: Debian's fonts-noto-cjk. */
  PDF_CJK_FONT: z.string().optional().or(z.literal("").transform(() => undefined)),
  /** The face inside a .ttc collection, e.g. NotoSansCJKsc-Regular. */
  PDF_CJK_FONT_FAMILY: z.string().optional().or(z.literal("").transform(() => undefined)),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid environment:\n${lines}`);
}

export const env = parsed.data;
