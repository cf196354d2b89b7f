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
  /** Signs session cookies; without it a random secret is kept in `.auth-secret` (see lib/auth/secret.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The public origin (e.g. https://haozao.example); inferred from the request when unset. */
  BETTER_AUTH_URL: z.url().optional(),
  /** Stripe: without a secret key the clearly labelled test payment provider is used. */
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_/, "STRIPE_SECRET_KEY must start with sk_ or rk_").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, "STRIPE_WEBHOOK_SECRET must start with whsec_").optional(),
  /** Where the Stripe SDK sends requests (tests point it at a local recorder). */
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  /** A LibreTranslate server for machine translation of listings; without it only the built-in glossary translates. */
  LIBRETRANSLATE_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  LIBRETRANSLATE_API_KEY: z.string().optional().or(z.literal("").transform(() => undefined)),
  /** The site's public origin, e.g. https://haozao.example: the only source of links in mails. */
  PUBLIC_URL: z.url().optional(),
  /** Comma-separated addresses of our own reverse proxies, trusted to append X-Forwarded-For. */
  TRUSTED_PROXIES: z.string().optional(),
  /** Set to "0" to keep this process from working the job queue (another process does). */
  JOBS_WORKER: z.enum(["0", "1"]).default("1"),
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
