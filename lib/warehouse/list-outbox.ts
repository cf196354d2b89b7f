import "server-only";
// The development mailbox: what the app would have mailed (outbox_emails), for everyone to see on
// a development server only (the page answers 404 in production).
import { desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";

export const listOutbox = (db: Db) => db.select().from(outboxEmails).orderBy(desc(outboxEmails.id)).limit(100);
