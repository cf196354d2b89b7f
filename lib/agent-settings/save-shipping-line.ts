import "server-only";
// Creates or edits one of the agent's shipping lines: mode, pricing, rates, limits, transit days,
// destination countries. The table's checks back up the form's: a value that breaks one comes back
// as a message next to its field. Checkout, the listing pages' estimate and the partner API read
// the lines, so the cached ones are revalidated.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { shippingLineCountries, shippingLines } from "@/db/schema";
import { revalidateCatalog } from "@/lib/catalog/revalidate";
import { NotFoundError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { withConstraintIssues } from "./constraint-issues";
import { lineColumns, lineFormSchema, type LineFormInput } from "./line-schema";

const CONSTRAINT_ISSUES = {
  shipping_lines_code_key: [{ path: ["code"], key: "lineCodeTaken" }],
  shipping_lines_weights_positive: [{ path: ["maxWeight"], key: "lineMaxWeight" }],
  shipping_lines_prices_nonnegative: [{ path: ["firstPrice"], key: "notNegative" }, { path: ["stepPrice"], key: "notNegative" }],
  shipping_lines_divisor_positive: [{ path: ["volumetricDivisor"], key: "lineDivisor", params: { min: 1000, max: 10_000 } }],
  shipping_lines_freight_prices_nonnegative: [{ path: ["minCharge"], key: "notNegative" }],
  shipping_lines_lcl_priced: [{ path: ["freightTonPrice"], key: "lineFreightTonRequired" }],
  shipping_lines_container_priced: [{ path: ["container20Price"], key: "lineContainerRequired" }],
  shipping_lines_days_range: [{ path: ["daysMax"], key: "lineDaysOrder" }],
};

export async function ownShippingLine(db: Pick<Db, "select">, agentId: number, lineId: number) {
  const [row] = await db.select().from(shippingLines).where(and(eq(shippingLines.id, lineId), eq(shippingLines.agentId, agentId)));
  if (!row) throw new NotFoundError("shippingLine", lineId);
  return row;
}

export async function saveShippingLine(db: Db, agentId: number, input: LineFormInput) {
  const columns = lineColumns(input);
  const name = { zh: input.nameZh, en: input.nameEn };
  const lineId = await withConstraintIssues(CONSTRAINT_ISSUES, () =>
    db.transaction(async (tx) => {
      let id: number;
      if (input.lineId) {
        const current = await ownShippingLine(tx, agentId, input.lineId);
        await tx.update(shippingLines).set({ ...columns, name: { ...current.name, ...name } }).where(eq(shippingLines.id, current.id));
        await tx.delete(shippingLineCountries).where(eq(shippingLineCountries.lineId, current.id));
        id = current.id;
      } else {
        [{ id }] = await tx.insert(shippingLines).values({ ...columns, name, agentId }).returning({ id: shippingLines.id });
      }
      await tx.insert(shippingLineCountries).values(input.countries.map((country) => ({ lineId: id, country })));
      return id;
    }),
  );
  return { lineId, created: !input.lineId };
}

export const saveShippingLineOp = defineOperation({
  name: "agentSettings.saveLine",
  access: access.member("agent"),
  input: lineFormSchema,
  run: async ({ db, caller }, input) => {
    const result = await saveShippingLine(db, caller.organisation.organisationId, input);
    revalidateCatalog({ shipping: true });
    return result;
  },
});
