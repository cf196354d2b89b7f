// The RFQ types pages and components show (re-exported from the schema, so they import no db/).
export type { RfqMessage, RfqStatus } from "@/db/schema";
