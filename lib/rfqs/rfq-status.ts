// What can happen to a request for quotation in each state. Pure: the operations enforce it and the
// pages show only the actions that are possible.
import type { RfqStatus } from "@/db/schema";

export const rfqStatuses = ["open", "quoted", "accepted", "declined", "closed"] as const satisfies readonly RfqStatus[];

/** The factory can (re)quote until the buyer accepted, or the request was declined or closed. */
export const canQuote = (status: RfqStatus) => status === "open" || status === "quoted";
/** The buyer accepts the latest quote while it is the request's answer. */
export const canAccept = (status: RfqStatus) => status === "quoted";
/** Either side can write while the request is alive (also after acceptance: questions about the order). */
export const canMessage = (status: RfqStatus) => status === "open" || status === "quoted" || status === "accepted";
/** The factory declines, or the buyer withdraws, a request not yet accepted. */
export const canEnd = (status: RfqStatus) => status === "open" || status === "quoted";
