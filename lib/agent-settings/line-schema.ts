// The shipping line form's schema (server side; the browser parses single fields, see ./line-form.ts).
import { z } from "zod";
import { lineFields, rateColumns } from "./line-form";

export const lineFormSchema = z
  .object(lineFields)
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message, input: v });
    if (v.maxWeight < v.firstWeight) issue("maxWeight", "lineMaxWeight");
    if (v.daysMax < v.daysMin) issue("daysMax", "lineDaysOrder");
    if (v.pricing === "lcl" && v.freightTonPrice == null) issue("freightTonPrice", "lineFreightTonRequired");
    if (v.pricing === "container" && v.container20Price == null && v.container40Price == null) issue("container20Price", "lineContainerRequired");
  });

export type LineFormInput = z.output<typeof lineFormSchema>;

/** The columns of `shipping_lines` the form sets. */
export function lineColumns(v: Omit<LineFormInput, "lineId" | "countries" | "nameZh" | "nameEn">) {
  return {
    code: v.code,
    mode: v.mode,
    ...rateColumns(v),
    daysMin: v.daysMin,
    daysMax: v.daysMax,
    active: v.active,
  };
}

