// Events feed, webhook endpoints and the prepaid balance.
import "server-only";
import { z } from "zod";
import { PARTNER_EVENTS } from "../events";
import { partnerEventsAfter } from "../partner-events-feed";
import { readBalance } from "../read-balance";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints } from "../webhook-endpoints";
import { defineEndpoint } from "./define-endpoint";
import { Balance, EventPage, idParam, limitParam, WebhookEndpoint, WebhookEndpointList } from "./schemas";

export const listEvents = defineEndpoint({
  id: "listEvents",
  method: "get",
  path: "/events",
  scope: "orders:write",
  tag: "Events",
  summary: "Every event, again: what came after a cursor, oldest first",
  description: "The same events the webhooks deliver (of your key's mode). Keep the `id` of the last event you handled and pass it as `after`: nothing is missed while your receiver was down.",
  query: { after: z.string().regex(/^evt_\d{1,10}$/, "invalid").optional().describe("An event id (`evt_123`)."), limit: limitParam },
  response: EventPage,
  run: ({ db, caller }, { after, limit }) => partnerEventsAfter(db, caller.organisationId, caller.mode, after ? Number(after.slice(4)) : 0, limit),
});

export const listWebhooks = defineEndpoint({
  id: "listWebhooks",
  method: "get",
  path: "/webhooks",
  scope: "webhooks:manage",
  tag: "Webhooks",
  summary: "Your webhook endpoints",
  response: WebhookEndpointList,
  run: async ({ db, caller }) => ({ items: await listWebhookEndpoints(db, caller.organisationId) }),
});

export const createWebhook = defineEndpoint({
  id: "createWebhook",
  method: "post",
  path: "/webhooks",
  scope: "webhooks:manage",
  tag: "Webhooks",
  summary: "Register a webhook endpoint (its signing secret is shown once)",
  body: z.object({
    url: z.string().max(500, "tooLong"),
    events: z.array(z.enum(PARTNER_EVENTS, "invalid"), "required").min(1, "required"),
  }),
  response: WebhookEndpoint,
  status: 201,
  run: ({ db, caller }, { body }) => createWebhookEndpoint(db, caller.organisationId, { ...body, mode: caller.mode }),
});

export const deleteWebhook = defineEndpoint({
  id: "deleteWebhook",
  method: "delete",
  path: "/webhooks/{id}",
  scope: "webhooks:manage",
  tag: "Webhooks",
  summary: "Remove a webhook endpoint",
  params: { id: idParam },
  response: z.object({ deleted: z.boolean() }),
  errors: [404],
  run: async ({ db, caller }, { id }) => {
    await deleteWebhookEndpoint(db, caller.organisationId, id);
    return { deleted: true };
  },
});

export const getBalance = defineEndpoint({
  id: "getBalance",
  method: "get",
  path: "/balance",
  scope: "orders:write",
  tag: "Balance",
  summary: "Your prepaid balance and every movement (of your key's mode)",
  response: Balance,
  run: ({ db, caller }) => readBalance(db, caller.organisationId, caller.mode),
});
