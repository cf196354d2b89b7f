import "server-only";
// A shipment's paperwork (SPEC 6): the shipping label (addresses, shipment number as a Code 128
// barcode, contents) and the commercial invoice with packing list for customs (HS codes where
// known, declared values, quantities, weights per line, origin). For the agent running the
// warehouse only.
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { access, defineOperation, zId } from "@/lib/gate";
import { code128, openDocument, table } from "@/lib/purchase-orders/pdf-document";
import { isCurrency } from "@/lib/money/currencies";
import { minorToDecimalString } from "@/lib/money/format";
import { getAgentShipment, type ShipmentView } from "./get-shipment";

const label = (l: Partial<Record<string, string>>) => l.en ?? l.zh ?? Object.values(l)[0] ?? "";

export async function renderShippingLabel(view: ShipmentView): Promise<Buffer> {
  const s = view.shipment;
  const { doc, done } = openDocument({ title: `Label ${s.number}`, size: [288, 432], margin: 14 });
  const w = 288 - 28;
  doc.fontSize(8).fillColor("#555").text("FROM 发件", 14, 14);
  doc.fontSize(9).fillColor("#000").text(`${label(view.warehouse.name)} (${view.warehouse.code})`, { width: w });
  doc.text(`${view.warehouse.address}, ${view.warehouse.city}, ${view.warehouse.province} ${view.warehouse.postalCode}, CN`, { width: w });
  doc.moveDown(0.6).fontSize(8).fillColor("#555").text("TO 收件");
  const a = s.address;
  doc.fontSize(12).fillColor("#000").text(a ? [a.name, a.company].filter(Boolean).join(", ") : view.buyer.name, { width: w });
  if (a) {
    doc.fontSize(11).text([a.line1, a.line2].filter(Boolean).join(", "), { width: w });
    doc.text(`${a.postalCode} ${a.city}${a.region ? `, ${a.region}` : ""}`, { width: w });
    doc.fontSize(14).text(a.country, { width: w });
    doc.fontSize(9).text(`Tel ${a.phone}`, { width: w });
  }
  doc.moveDown(0.5).fontSize(9).text(`${label(view.line.name)} · ${s.carrier ?? ""} ${s.trackingNumber ?? ""}`, { width: w });
  doc.text(`${(s.actualWeightG ?? 0) / 1000} kg · ${(s.lengthMm ?? 0) / 10}×${(s.widthMm ?? 0) / 10}×${(s.heightMm ?? 0) / 10} cm`, { width: w });
  const y = doc.y + 6;
  doc.image(await code128(s.number), 14, y, { fit: [w, 70], align: "center" });
  doc.fontSize(7).text(`Contents: ${view.items.map((i) => `${i.title} ×${i.quantity}`).join("; ")}`.slice(0, 400), 14, y + 78, { width: w });
  doc.end();
  return done;
}

export async function renderCommercialInvoice(view: ShipmentView): Promise<Buffer> {
  const s = view.shipment;
  const currency = isCurrency(s.currency) ? s.currency : "USD";
  const { doc, done } = openDocument({ title: `Commercial invoice ${s.number}` });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.fontSize(16).text("Commercial invoice and packing list 商业发票及装箱单", left, 40, { width: width - 200 });
  doc.image(await code128(s.number), left + width - 190, 36, { fit: [190, 60] });
  doc.fontSize(9).text(`Invoice / shipment no.: ${s.number}    Date: ${(s.packedAt ?? s.createdAt).toISOString().slice(0, 10)}`, left, 110);
  doc.text(`Exporter: ${label(view.warehouse.name)}, ${view.warehouse.address}, ${view.warehouse.city}, ${view.warehouse.province} ${view.warehouse.postalCode}, China`, { width });
  const a = s.address;
  doc.text(`Consignee: ${a ? `${a.name}${a.company ? `, ${a.company}` : ""}, ${a.line1}${a.line2 ? `, ${a.line2}` : ""}, ${a.postalCode} ${a.city}, ${a.country}, tel ${a.phone}` : view.buyer.name}`, { width });
  doc.text(`Carrier: ${label(view.line.name)} ${s.carrier ?? ""} ${s.trackingNumber ?? ""}    Currency: ${currency}    Origin of goods: China (CN)`, { width });
  // Declared value split over the lines by their share of what the buyer paid for them.
  const paid = view.items.reduce((sum, i) => sum + i.lineTotalMinor, 0) || 1;
  const declared = s.declaredValueMinor ?? paid;
  let left2 = declared;
  const values = view.items.map((i, n) => {
    const v = n === view.items.length - 1 ? left2 : Math.round((declared * i.lineTotalMinor) / paid);
    left2 -= v;
    return v;
  });
  const y = table(
    doc,
    [
      { title: "#", width: 20 }, { title: "Description 品名", width: width - 20 - 60 - 40 - 60 - 70 - 40 }, { title: "HS code", width: 60 },
      { title: "Qty", width: 40, align: "right" }, { title: "Net kg", width: 60, align: "right" }, { title: `Value ${currency}`, width: 70, align: "right" }, { title: "Origin", width: 40 },
    ],
    view.items.map((i, n) => [
      String(n + 1), `${i.title} (${i.options})`, i.hsCode ?? "—", String(i.quantity), ((i.unitWeightG * i.quantity) / 1000).toFixed(2), minorToDecimalString(values[n], currency), "CN",
    ]),
    doc.y + 14,
    ["", "Total", "", String(view.items.reduce((s2, i) => s2 + i.quantity, 0)), (view.items.reduce((s2, i) => s2 + i.unitWeightG * i.quantity, 0) / 1000).toFixed(2), minorToDecimalString(declared, currency), ""],
  );
  doc.fontSize(9).text(`Packages: 1    Gross weight: ${(s.actualWeightG ?? 0) / 1000} kg    Dimensions: ${(s.lengthMm ?? 0) / 10} × ${(s.widthMm ?? 0) / 10} × ${(s.heightMm ?? 0) / 10} cm`, left, y + 14, { width });
  doc.text("I declare that the information above is true and correct. 兹声明以上信息真实无误。", { width });
  doc.end();
  return done;
}

export const shipmentDocumentOp = defineOperation({
  name: "shipments.document",
  access: access.member("agent"),
  input: z.object({ id: zId, kind: z.enum(["label", "invoice"]) }),
  run: async ({ db, caller }, { id, kind }) => {
    const view = await getAgentShipment(db as DbOrTx, caller.organisation.organisationId, id);
    const pdf = kind === "label" ? await renderShippingLabel(view) : await renderCommercialInvoice(view);
    return { pdf, name: `${kind}-${view.shipment.number}.pdf` };
  },
});
