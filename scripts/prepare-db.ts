// Before `next dev` / `next start`: migrate, seed an empty database, print where to go.
import { bootstrapDatabase } from "../seed/bootstrap";
import { DEMO_PASSWORD, demoAccounts } from "../seed";
import { env } from "../lib/env";

const started = performance.now();
console.log(`Haozao: preparing the database (${env.DATABASE_URL ? "PostgreSQL server" : `embedded PGlite in ${env.PGLITE_DIR}`})`);
await bootstrapDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, seed: env.SEED_DEMO === "1", log: console.log });
console.log(`  ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
console.log(`  Marketplace:   http://localhost:${env.PORT}/en`);
console.log(`  Demo accounts (password "${DEMO_PASSWORD}"):`);
for (const account of demoAccounts) console.log(`    ${account.role.padEnd(8)} ${account.email}`);
console.log("");
