"use server";
// The factory's RFQ actions: reply in the thread, answer with a quote, decline. The factory comes
// from the session (currentFactory), never from the form; the domain operations answer "not found"
// for a request addressed to another factory.
import { refresh } from "next/cache";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { currentFactory } from "@/lib/auth/require-factory";
import type { FormState } from "@/lib/forms/form-state";
import { formId, formText } from "@/lib/forms/form-fields";
import { refusedState } from "@/lib/forms/refused-state";
import { formError } from "@/lib/forms/parse-form";
import { answerRfqWithQuote } from "@/lib/rfqs/answer-rfq-with-quote";
import { declineRfq } from "@/lib/rfqs/decline-rfq";
import { factoryParty } from "@/lib/rfqs/find-rfq";
import { postRfqMessage } from "@/lib/rfqs/post-rfq-message";


const refused = async (error: unknown, formData: FormData) => refusedState(error, formData, await actionLocale(), { notFound: "rfqNotFound" });

const done = (notice?: string): FormState => ({ status: "ok", errors: {}, values: {}, notice });

export async function postFactoryMessageAction(_: FormState, formData: FormData): Promise<FormState> {
  const factory = await currentFactory();
  if (!factory) return formError("signedOut", formData, await actionLocale());
  try {
    await postRfqMessage(await getDb(), factoryParty(factory.factoryId, factory.user.id), formId(formData.get("rfqId")), { body: formText(formData, "body") });
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return done();
}

/** The price breaks come as tiers.<i>.minQty / tiers.<i>.price, in the order shown. */
function quoteInput(formData: FormData) {
  const rows = new Map<number, { minQty?: string; price?: string }>();
  for (const [key, value] of formData.entries()) {
    const match = /^tiers\.(\d{1,2})\.(minQty|price)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const row = rows.get(Number(match[1])) ?? {};
    row[match[2] as "minQty" | "price"] = value;
    rows.set(Number(match[1]), row);
  }
  const tiers = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row).filter((row) => row.minQty?.trim() || row.price?.trim());
  return { tiers, leadTimeDays: formText(formData, "leadTimeDays"), validUntil: formText(formData, "validUntil"), note: formText(formData, "note") };
}

export async function answerQuoteAction(_: FormState, formData: FormData): Promise<FormState> {
  const factory = await currentFactory();
  if (!factory) return formError("signedOut", formData, await actionLocale());
  try {
    await answerRfqWithQuote(await getDb(), factory.factoryId, formId(formData.get("rfqId")), quoteInput(formData), { actorId: factory.user.id });
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return done("sent");
}

export async function declineRfqAction(_: FormState, formData: FormData): Promise<FormState> {
  const factory = await currentFactory();
  if (!factory) return formError("signedOut", formData, await actionLocale());
  try {
    await declineRfq(await getDb(), factory.factoryId, formId(formData.get("rfqId")), { reason: formText(formData, "reason") }, { actorId: factory.user.id });
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return done();
}
