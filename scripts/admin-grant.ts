// npm run admin:grant -- EMAIL — makes an existing account a member of the platform organisation
// (the admin pages). The only way besides the seed: no HTTP endpoint grants it.
// Run it while the server is stopped when the database is an embedded PGlite folder.
import { openDatabase } from "../db/client";
import { env } from "../lib/env";
import { grantPlatformMembership } from "../lib/admin/grant-platform-membership";

const email = process.argv[2];
if (!email || !email.includes("@")) {
  console.error("Usage: npm run admin:grant -- EMAIL");
  process.exit(2);
}
const database = await openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
try {
  const result = await grantPlatformMembership(database.db, email);
  console.log(result.created ? `${email} is now a platform admin.` : `${email} already was a platform admin.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
