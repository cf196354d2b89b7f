import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";

/** "RFQ" + date + the id, e.g. RFQ20261120000042: unique, sortable, easy to read out on the phone. */
export const rfqNumber = (id: number, date: Date) => `RFQ${date.toISOString().slice(0, 10).replaceAll("-", "")}${String(id).padStart(6, "0")}`;

/** The next id first, so that the number (which contains it) is written with the row. */
export async function nextRfqId(tx: Tx): Promise<number> {
  const [{ id }] = rowsOf<{ id: number }>(await tx.execute(sql`select nextval(pg_get_serial_sequence('rfqs', 'id'))::int as id`));
  return Number(id);
}
