import "server-only";
// The agent's fees and clocks (issue 10): service fee and its minimum, extra QC photos, rehearsal
// packing, insurance, free storage and the storage fee after it, the days before unanswered goods
// are approved, a shipment is taken as delivered and stored goods are abandoned. The listing pages'
// landed-cost estimate shows the service fee, so it is revalidated.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agents } from "@/db/schema";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { agentPoliciesSchema, policyColumns, type AgentPoliciesInput } from "./agent-policies";
import { withConstraintIssues } from "./constraint-issues";

export async function updateAgentPolicies(db: Db, agentId: number, input: AgentPoliciesInput) {
  const columns = policyColumns(input);
  const rows = await withConstraintIssues(
    {
      agents_fee_range: [{ path: ["serviceFeePercent"], key: "settingsPercent", params: { max: 100 } }],
      agents_min_fee_nonnegative: [{ path: ["minServiceFee"], key: "settingsMoney", params: { max: 10_000 } }],
    },
    () => db.update(agents).set(columns).where(eq(agents.organisationId, agentId)).returning({ id: agents.organisationId }),
  );
  if (!rows.length) throw new NotFoundError("agent", agentId);
  return { agentId, ...columns };
}

export const updateAgentPoliciesOp = defineOperation({
  name: "agentSettings.updatePolicies",
  access: access.member("agent"),
  input: agentPoliciesSchema,
  run: async ({ db, caller }, input) => {
    const result = await updateAgentPolicies(db, caller.organisation.organisationId, input);
    revalidateCatalog({ agents: true });
    return result;
  },
});
