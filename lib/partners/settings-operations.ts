// The self-serve settings of a partner organisation's members (/partner/...): keys, webhook
// endpoints, deliveries and balance top-ups, each an operation of the gate (member of a partner).
import "server-only";
import { z } from "zod";
import { access, defineOperation } from "@/lib/gate";
import { ValidationError } from "@/lib/errors";
import { currencies } from "@/lib/money/currencies";
import { decimalStringToMinor } from "@/lib/money/format";
import { API_SCOPES, KEY_MODES } from "./api-keys";
import { createApiKey } from "./create-api-key";
import { createTopup } from "./create-topup";
import { PARTNER_EVENTS } from "./events";
import { revokeApiKey } from "./revoke-api-key";
import { createWebhookEndpoint, deleteWebhookEndpoint } from "./webhook-endpoints";
import { resendWebhookDelivery } from "./webhook-queue";
import { zId } from "@/lib/gate";

const partnerMember = access.member("partner");
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values, "invalid")).min(1, "required"));

export const createKeyOp = defineOperation({
  name: "partners.createKey",
  access: partnerMember,
  input: z.object({ name: z.string().trim().min(1, "required").max(80, "tooLong"), scopes: list(API_SCOPES), mode: z.enum(KEY_MODES, "invalid") }),
  run: ({ db, caller }, input) => createApiKey(db, caller.organisation.organisationId, caller.user.id, input),
});

export const revokeKeyOp = defineOperation({
  name: "partners.revokeKey",
  access: partnerMember,
  input: z.object({ keyId: zId }),
  run: ({ db, caller }, { keyId }) => revokeApiKey(db, caller.organisation.organisationId, keyId),
});

export const createWebhookOp = defineOperation({
  name: "partners.createWebhook",
  access: partnerMember,
  input: z.object({ url: z.string().trim().min(1, "required").max(500, "tooLong"), events: list(PARTNER_EVENTS), mode: z.enum(KEY_MODES, "invalid") }),
  run: async ({ db, caller }, input) => {
    try {
      return await createWebhookEndpoint(db, caller.organisation.organisationId, input);
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError([{ path: ["url"], key: "partnerWebhookUrl" }]);
      throw error;
    }
  },
});

export const deleteWebhookOp = defineOperation({
  name: "partners.deleteWebhook",
  access: partnerMember,
  input: z.object({ endpointId: zId }),
  run: ({ db, caller }, { endpointId }) => deleteWebhookEndpoint(db, caller.organisation.organisationId, endpointId),
});

export const resendDeliveryOp = defineOperation({
  name: "partners.resendDelivery",
  access: partnerMember,
  input: z.object({ deliveryId: zId }),
  run: async ({ db, caller }, { deliveryId }) => {
    const { NotFoundError } = await import("@/lib/errors");
    if (!(await resendWebhookDelivery(db, caller.organisation.organisationId, deliveryId))) throw new NotFoundError("delivery", deliveryId);
  },
});

export const topupOp = defineOperation({
  name: "partners.topup",
  access: partnerMember,
  input: z
    .object({ mode: z.enum(KEY_MODES, "invalid"), currency: z.enum(currencies, "currency"), amount: z.string().trim().min(1, "required").max(20, "tooLong") })
    .transform((v, ctx) => {
      const amountMinor = decimalStringToMinor(v.amount, v.currency);
      if (amountMinor == null || amountMinor <= 0 || amountMinor > 1_000_000_000) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: "partnerAmount" });
        return z.NEVER;
      }
      return { ...v, amountMinor };
    }),
  run: ({ db, caller, locale }, input) => createTopup(db, caller.organisation.organisationId, { ...input, returnUrl: `${process.env.BETTER_AUTH_URL ?? "http://localhost:3000"}/${locale}/partner/balance` }),
});
