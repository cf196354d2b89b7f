import "server-only";
// The agent's policies as the settings form shows them (yuan, percent), with its counts of
// warehouses and shipping lines for the settings overview.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { agents, shippingLines, warehouses } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { bpsToPercent, fenToYuan } from "./fields";

export async function getAgentPolicies(db: DbOrTx, agentId: number) {
  const [agent] = await db.select().from(agents).where(eq(agents.organisationId, agentId));
  if (!agent) throw new NotFoundError("agent", agentId);
  const [counts] = await db
    .select({
      warehouses: sql<number>`(select count(*) from ${warehouses} where ${warehouses.agentId} = ${agentId})::int`,
      lines: sql<number>`(select count(*) from ${shippingLines} where ${shippingLines.agentId} = ${agentId})::int`,
    })
    .from(agents)
    .where(eq(agents.organisationId, agentId));
  return {
    form: {
      serviceFeePercent: bpsToPercent(agent.serviceFeeBps),
      minServiceFee: fenToYuan(agent.minServiceFeeFen),
      extraQcPhoto: fenToYuan(agent.extraQcPhotoFen),
      rehearsalPacking: fenToYuan(agent.rehearsalPackingFen),
      insurancePercent: bpsToPercent(agent.insuranceBps),
      freeStorageDays: String(agent.freeStorageDays),
      storageFee: fenToYuan(agent.storageFeeFenPerItemMonth),
      qcApprovalDays: String(agent.qcApprovalDays),
      deliveryConfirmDays: String(agent.deliveryConfirmDays),
      abandonAfterDays: String(agent.abandonAfterDays),
    },
    agent,
    warehouseCount: Number(counts.warehouses),
    lineCount: Number(counts.lines),
  };
}

export const getAgentPoliciesOp = defineOperation({
  name: "agentSettings.getPolicies",
  access: access.member("agent"),
  input: z.object({}),
  run: ({ db, caller }) => getAgentPolicies(db, caller.organisation.organisationId),
});
