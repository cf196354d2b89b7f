"use server";
// The buyer's RFQ actions: ask, write in the thread, accept the current quote, withdraw. Each one
// resolves the signed-in buyer and hands the input to the domain operation, which checks that the
// request is theirs (another buyer's id is "not found").
import { refresh } from "next/cache";
import { getDb } from "@/db";
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { getSessionUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { formId } from "@/lib/forms/form-fields";
import { refusedState } from "@/lib/forms/refused-state";
import { formError } from "@/lib/forms/parse-form";
import { acceptQuote } from "@/lib/rfqs/accept-quote";
import { closeRfq } from "@/lib/rfqs/close-rfq";
import { createRfq } from "@/lib/rfqs/create-rfq";
import { buyerParty } from "@/lib/rfqs/find-rfq";
import { postRfqMessage } from "@/lib/rfqs/post-rfq-message";

const text = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")));

const refused = async (error: unknown, formData: FormData) => refusedState(error, formData, await actionLocale(), { notFound: "rfqNotFound" });

export async function createRfqAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) return formError("signedOut", formData, locale);
  const file = formData.get("attachment");
  const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  let number: string;
  try {
    ({ number } = await createRfq(await getDb(), user.id, text(formData), bytes));
  } catch (error) {
    return refused(error, formData);
  }
  redirect({ href: `/rfqs/${number}?sent=1`, locale });
  return { status: "ok", errors: {}, values: {} };
}

export async function postBuyerMessageAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) return formError("signedOut", formData, locale);
  try {
    await postRfqMessage(await getDb(), buyerParty(user.id), formId(formData.get("rfqId")), text(formData));
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return { status: "ok", errors: {}, values: {} };
}

export async function acceptQuoteAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) return formError("signedOut", formData, locale);
  try {
    await acceptQuote(await getDb(), user.id, formId(formData.get("rfqId")), formId(formData.get("quoteId")), text(formData));
  } catch (error) {
    return refused(error, formData);
  }
  // The form then tells the header the cart changed and opens the cart.
  return { status: "ok", errors: {}, values: {}, notice: "accepted" };
}

export async function closeRfqAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const user = await getSessionUser();
  if (!user) return formError("signedOut", formData, locale);
  try {
    await closeRfq(await getDb(), user.id, formId(formData.get("rfqId")));
  } catch (error) {
    return refused(error, formData);
  }
  refresh();
  return { status: "ok", errors: {}, values: {} };
}
