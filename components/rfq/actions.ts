"use server";
// The RFQ thread's actions, both sides, through the gate: the buyer's own requests, the factory's
// requests addressed to it (another's id is "not found"). Asking (with a photo up to 8 MB) is a
// route handler: POST /api/rfqs.
import { refresh } from "next/cache";
import { formAction } from "@/lib/gate/next";
import { acceptQuoteOp } from "@/lib/rfqs/accept-quote";
import { answerRfqWithQuoteOp } from "@/lib/rfqs/answer-rfq-with-quote";
import { closeRfqOp } from "@/lib/rfqs/close-rfq";
import { declineRfqOp } from "@/lib/rfqs/decline-rfq";
import { postBuyerMessageOp, postFactoryMessageOp } from "@/lib/rfqs/post-rfq-message";

const refusal = { notFound: "rfqNotFound" };
const refreshed = { ...refusal, onSuccess: () => refresh() };

export const postBuyerMessageAction = formAction(postBuyerMessageOp, refreshed);
// The form then tells the header the cart changed and opens the cart.
export const acceptQuoteAction = formAction(acceptQuoteOp, { ...refusal, onSuccess: () => ({ status: "ok", errors: {}, values: {}, notice: "accepted" }) });
export const closeRfqAction = formAction(closeRfqOp, refreshed);

export const postFactoryMessageAction = formAction(postFactoryMessageOp, refreshed);
export const answerQuoteAction = formAction(answerRfqWithQuoteOp, { ...refusal, onSuccess: () => (refresh(), { status: "ok", errors: {}, values: {}, notice: "sent" }) });
export const declineRfqAction = formAction(declineRfqOp, refreshed);
