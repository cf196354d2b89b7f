"use server";
// The buyer's sourcing request, through the gate: the buyer comes from the session; the operation
// validates every field (a link or a photo, a category, a quantity) and answers with messages.
import { redirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { formAction } from "@/lib/gate/next";
import { createSourcingRequestOp } from "@/lib/sourcing/create-sourcing-request";

export const createSourcingRequestAction = formAction(createSourcingRequestOp, {
  onSuccess: async ({ number }) => {
    redirect({ href: `/sourcing/${number}?sent=1`, locale: await actionLocale() });
  },
});
