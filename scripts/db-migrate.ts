import { bootstrapDatabase } from "../seed/bootstrap";
import { env } from "../lib/env";

await bootstrapDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, seed: false, log: console.log });
