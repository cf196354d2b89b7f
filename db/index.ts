// Storage only: the schema and the client's types. The app's connection (opened from the
// environment) is lib/db.ts.
export * as schema from "./schema";
export type { Db, DbOrTx, Tx } from "./client";
