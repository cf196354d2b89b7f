// The warehouse form's fields, labelled by the server page (used by "new" and "edit").
import type { GateField } from "@/components/warehouse/gate-form";

type Translate = (key: string) => string;
type TextExtras = { dir?: "ltr"; placeholder?: string; hint?: string; inputMode?: "numeric"; wide?: boolean };

export function warehouseFields(t: Translate, values: Record<string, string> = {}, active = true): GateField[] {
  const text = (name: string, extra: TextExtras = {}): GateField => ({ kind: "text", name, label: t(`fields.${name}`), defaultValue: values[name] ?? "", ...extra });
  return [
    text("code", { dir: "ltr", placeholder: "tongda-ningbo", hint: t("codeHint") }),
    text("nameZh", { placeholder: "宁波仓" }),
    text("nameEn", { placeholder: "Ningbo warehouse" }),
    text("province"),
    text("city"),
    text("postalCode", { dir: "ltr", inputMode: "numeric" }),
    text("addressZh", { wide: true }),
    text("address", { wide: true }),
    text("phone", { dir: "ltr", placeholder: "+86 574 8888 0000" }),
    { kind: "checkbox", name: "active", label: t("fields.active"), defaultChecked: active },
  ];
}
