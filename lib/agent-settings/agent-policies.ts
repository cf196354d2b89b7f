// The agent's policies as the settings form types them, and their ranges: one schema for the form's
// hints and the server's check. Pure and client-safe.
import { z } from "zod";
import { zPercentBps, zWhole, zYuan } from "./fields";

export const POLICY_LIMITS = {
  serviceFeePercent: 30,
  minServiceFeeYuan: 10_000,
  extraQcPhotoYuan: 1_000,
  rehearsalPackingYuan: 5_000,
  insurancePercent: 20,
  freeStorageDays: [0, 365],
  storageFeeYuan: 1_000,
  qcApprovalDays: [1, 30],
  deliveryConfirmDays: [1, 120],
  abandonAfterDays: [30, 1095],
} as const;

const L = POLICY_LIMITS;

export const agentPoliciesSchema = z
  .object({
    serviceFeePercent: zPercentBps(L.serviceFeePercent),
    minServiceFee: zYuan(L.minServiceFeeYuan),
    extraQcPhoto: zYuan(L.extraQcPhotoYuan),
    rehearsalPacking: zYuan(L.rehearsalPackingYuan),
    insurancePercent: zPercentBps(L.insurancePercent),
    freeStorageDays: zWhole(...L.freeStorageDays, "settingsDays"),
    storageFee: zYuan(L.storageFeeYuan),
    qcApprovalDays: zWhole(...L.qcApprovalDays, "settingsDays"),
    deliveryConfirmDays: zWhole(...L.deliveryConfirmDays, "settingsDays"),
    abandonAfterDays: zWhole(...L.abandonAfterDays, "settingsDays"),
  })
  .superRefine((v, ctx) => {
    // Goods are abandoned only after their free storage has run out (and been charged a while).
    if (v.abandonAfterDays <= v.freeStorageDays) {
      ctx.addIssue({ code: "custom", path: ["abandonAfterDays"], message: "settingsAbandonAfterFree", params: { days: v.freeStorageDays } });
    }
  });

export type AgentPoliciesInput = z.output<typeof agentPoliciesSchema>;

/** The columns of `agents` the form sets. */
export function policyColumns(v: AgentPoliciesInput) {
  return {
    serviceFeeBps: v.serviceFeePercent,
    minServiceFeeFen: v.minServiceFee,
    extraQcPhotoFen: v.extraQcPhoto,
    rehearsalPackingFen: v.rehearsalPacking,
    insuranceBps: v.insurancePercent,
    freeStorageDays: v.freeStorageDays,
    storageFeeFenPerItemMonth: v.storageFee,
    qcApprovalDays: v.qcApprovalDays,
    deliveryConfirmDays: v.deliveryConfirmDays,
    abandonAfterDays: v.abandonAfterDays,
  };
}
