"use server";
// The agent settings' actions, through the gate: the agent comes from the session, and another
// agent's warehouse or line answers "not found".
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect as localeRedirect } from "@/i18n/navigation";
import { actionLocale } from "@/lib/action-locale";
import { formAction } from "@/lib/gate/next";
import { addWarehouseShelvesOp } from "@/lib/agent-settings/add-warehouse-shelves";
import { removeWarehouseShelfOp } from "@/lib/agent-settings/remove-warehouse-shelf";
import { saveShippingLineOp } from "@/lib/agent-settings/save-shipping-line";
import { saveWarehouseOp } from "@/lib/agent-settings/save-warehouse";
import { updateAgentPoliciesOp } from "@/lib/agent-settings/update-agent-policies";

async function saved(extra?: { openOrders?: number }) {
  const t = await getTranslations({ locale: await actionLocale(), namespace: "AgentSettings" });
  refresh();
  const notice = extra?.openOrders ? `${t("saved")} ${t("warehouses.inactiveOpenOrders", { count: extra.openOrders })}` : t("saved");
  return { status: "ok" as const, errors: {}, values: {}, notice };
}

export const updatePoliciesAction = formAction(updateAgentPoliciesOp, { notFound: "notFound", onSuccess: () => saved() });

export const saveWarehouseAction = formAction(saveWarehouseOp, {
  notFound: "notFound",
  onSuccess: async (result) => {
    if (result.created) return localeRedirect({ href: `/agent/settings/warehouses/${result.warehouseId}`, locale: await actionLocale() });
    return saved({ openOrders: result.openOrders });
  },
});

export const addShelvesAction = formAction(addWarehouseShelvesOp, { notFound: "notFound", onSuccess: () => refresh() });
export const removeShelfAction = formAction(removeWarehouseShelfOp, { notFound: "notFound", onSuccess: () => refresh() });

export const saveLineAction = formAction(saveShippingLineOp, {
  notFound: "notFound",
  onSuccess: async (result) => {
    if (result.created) return localeRedirect({ href: `/agent/settings/lines/${result.lineId}`, locale: await actionLocale() });
    return saved();
  },
});
