"use server";
// "Translate" on an RFQ message, through the gate (buyer of the request or member of its factory).
import { dataAction } from "@/lib/gate/next";
import { translateRfqMessageOp, type MessageTranslation } from "@/lib/rfqs/translate-rfq-message";

export const translateMessageAction = dataAction<{ messageId: number }, typeof translateRfqMessageOp.access, MessageTranslation>(translateRfqMessageOp);
