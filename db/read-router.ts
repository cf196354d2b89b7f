// Reads spread over streaming replicas, round robin: one connection pool per replica. Writes never
// come here (db/index.ts: getDb is the primary).
import { openDatabase, type Database, type Db } from "./client";

export interface ReadRouter {
  next(): Promise<Db>;
  close(): Promise<void>;
}

export function createReadRouter(urls: string[], options: { max?: number } = {}): ReadRouter {
  const replicas: Promise<Database>[] = urls.map((url) => openDatabase({ url, max: options.max ?? 10 }));
  let turn = 0;
  return {
    async next() {
      const database = await replicas[turn++ % replicas.length];
      return database.db;
    },
    async close() {
      await Promise.all(replicas.map(async (r) => (await r).close()));
    },
  };
}
