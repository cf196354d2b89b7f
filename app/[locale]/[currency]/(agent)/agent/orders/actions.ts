"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { actionLocale } from "@/lib/action-locale";
import { currentMember } from "@/lib/auth/require-member";
import type { FormState } from "@/lib/forms/form-state";
import { formError, parseForm } from "@/lib/forms/parse-form";
import { CheckoutError, NotFoundError } from "@/lib/orders/errors";
import { requestShippingPayment } from "@/lib/orders/request-shipping-payment";

const weighed = z.object({
  orderId: z.coerce.number().int().positive(),
  weightKg: z.coerce.number("invalid").positive("invalid").max(1000, "invalid"),
  lengthCm: z.coerce.number("invalid").positive("invalid").max(300, "invalid"),
  widthCm: z.coerce.number("invalid").positive("invalid").max(300, "invalid"),
  heightCm: z.coerce.number("invalid").positive("invalid").max(300, "invalid"),
});

export async function requestShippingPaymentAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await actionLocale();
  const member = await currentMember("agent");
  if (!member) return formError("signedOut", formData, locale);
  const parsed = await parseForm(weighed, formData, locale);
  if (!parsed.ok) return parsed.state;
  const { orderId, weightKg, lengthCm, widthCm, heightCm } = parsed.data;
  try {
    await requestShippingPayment(await getDb(), {
      orderId,
      agentId: member.organisationId,
      actorId: member.user.id,
      actualWeightG: Math.round(weightKg * 1000),
      box: { lengthMm: Math.round(lengthCm * 10), widthMm: Math.round(widthCm * 10), heightMm: Math.round(heightCm * 10) },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return formError("invalid", formData, locale);
    if (error instanceof CheckoutError) return formError(error.code === "lineTooHeavy" ? "tooHeavy" : "notPayable", formData, locale);
    throw error;
  }
  revalidatePath("/[locale]/[currency]/agent/orders", "page");
  return { status: "ok", errors: {}, values: {} };
}
