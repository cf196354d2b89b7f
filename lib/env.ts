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
  /**
   * Read-only streaming replicas of DATABASE_URL, comma-separated: catalogue and search reads go to
   * them (round robin), writes and read-after-write to the primary (db/index.ts).
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each DATABASE_REPLICA_URLS entry must start with postgres://"))),
  /** Redis shared by several server processes: the page cache and its tag revalidation (lib/cache/). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://").optional().or(z.literal("").transform(() => undefined)),
  /** Namespace of the shared cache's Redis keys (one per deployment; the build id is added). */
  CACHE_KEY_PREFIX: z.string().regex(/^[\w.-]{1,60}$/).optional(),
  /** Folder of the embedded database (or `memory://` for a throw-away one). */
  PGLITE_DIR: z.string().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Set to "0" to skip seeding demo data into an empty database on start. */
  SEED_DEMO: z.enum(["0", "1"]).default("1"),
  /** Signs session cookies; without it a random secret is kept in `.auth-secret` (see lib/auth/secret.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The public origin of the site for canonical URLs, sitemaps and link previews (e.g. https://haozao.example);
   *  default BETTER_AUTH_URL, else http://localhost:PORT. Pages are cached, so it never comes from a request. */
  SITE_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
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
  /** Mail by SMTP (nodemailer), e.g. smtp://user:pass@mail.example:587; without it mail stays in the outbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional().or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().optional().or(z.literal("").transform(() => undefined)),
  /** Signs carrier tracking webhooks (POST /api/carrier/tracking); without it the endpoint answers 404. */
  CARRIER_WEBHOOK_SECRET: z.string().min(16, "CARRIER_WEBHOOK_SECRET must be at least 16 characters").optional().or(z.literal("").transform(() => undefined)),
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
