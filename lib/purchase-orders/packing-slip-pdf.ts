// The packing slip a factory prints and puts in the parcel (SPEC 6): the purchase order number as
// text and as a Code 128 barcode (the warehouse scans it), the warehouse address, the factory, and
// the lines (title, options, SKU, quantity). Chinese text needs a CJK font: Debian's fonts-noto-cjk
// (Noto Sans CJK, a .ttc collection), or the file PDF_CJK_FONT names.
import fs from "node:fs";
import bwipjs from "bwip-js/node";
import PDFDocument from "pdfkit";
import { env } from "@/lib/env";
import type { PackingSlip } from "./get-packing-slip";

/** Where Debian's fonts-noto-cjk puts the font, with the face to use inside the collection. */
const CJK_FONTS: { path: string; family?: string }[] = [
  { path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", family: "NotoSansCJKsc-Regular" },
  { path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", family: "NotoSerifCJKsc-Regular" },
  { path: "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc", family: "NotoSansCJKsc-Regular" },
];

export class MissingFontError extends Error {
  constructor(tried: string[]) {
    super(
      `Packing slips need a font with Chinese characters, and none was found (looked for ${tried.join(", ")}). ` +
        "Install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk), or set PDF_CJK_FONT to a .ttf, .otf or .ttc file " +
        "(PDF_CJK_FONT_FAMILY names the face inside a .ttc).",
    );
    this.name = "MissingFontError";
  }
}

export function findCjkFont(preferred?: { path: string; family?: string }): { path: string; family?: string } {
  const fromEnv = env.PDF_CJK_FONT ? { path: env.PDF_CJK_FONT, family: env.PDF_CJK_FONT_FAMILY } : null;
  const candidates = preferred ? [preferred] : fromEnv ? [fromEnv] : CJK_FONTS;
  const found = candidates.find((c) => fs.existsSync(c.path));
  if (!found) throw new MissingFontError(candidates.map((c) => c.path));
  return found;
}

const label = (l: Partial<Record<string, string>>) => l.zh ?? l.en ?? Object.values(l)[0] ?? "";

export async function renderPackingSlipPdf(slip: PackingSlip, options: { font?: { path: string; family?: string } } = {}): Promise<Buffer> {
  const font = findCjkFont(options.font);
  const barcode = await bwipjs.toBuffer({ bcid: "code128", text: slip.number, scale: 3, height: 14, includetext: true, textxalign: "center" });

  const doc = new PDFDocument({
    size: "A4",
    margin: 40,
    info: { Title: `Packing slip ${slip.number}`, Subject: `Purchase order ${slip.number}`, Author: slip.factory.nameEn, Creator: "Haozao" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.registerFont("cjk", font.path, font.family);
  doc.font("cjk");
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc.fontSize(18).text("装箱单  Packing slip", left, 40);
  doc.image(barcode, left + width - 220, 36, { fit: [220, 70] });
  doc.fontSize(10).text(`采购单号 PO number: ${slip.number}`, left, 70);
  doc.text(`日期 Date: ${slip.createdAt.toISOString().slice(0, 10)}`);
  if (slip.trackingNumber) doc.text(`快递 Carrier / tracking: ${slip.carrier ?? ""} ${slip.trackingNumber}`);

  const boxTop = 130;
  const half = (width - 20) / 2;
  doc.fontSize(9).fillColor("#555").text("收货仓库 Deliver to", left, boxTop);
  doc.fontSize(11).fillColor("#000").text(`${label(slip.warehouse.agentName)} · ${label(slip.warehouse.name)} (${slip.warehouse.code})`, left, boxTop + 14, { width: half });
  // The Chinese address is what the domestic courier reads; the English one, for everyone else.
  if (slip.warehouse.addressZh) doc.fontSize(10).text(`${slip.warehouse.addressZh} ${slip.warehouse.postalCode}`, { width: half });
  doc.fontSize(10).text(`${slip.warehouse.address} ${slip.warehouse.postalCode}`, { width: half });
  if (slip.warehouse.phone) doc.text(`电话 Phone: ${slip.warehouse.phone}`, { width: half });
  doc.text(`唛头 Mark: ${slip.number}`, { width: half });
  const afterWarehouse = doc.y;

  doc.fontSize(9).fillColor("#555").text("供应商 Factory", left + half + 20, boxTop);
  doc.fontSize(11).fillColor("#000").text(slip.factory.nameZh, left + half + 20, boxTop + 14, { width: half });
  doc.fontSize(10).text(slip.factory.nameEn, { width: half });
  doc.text(`${slip.factory.city}, ${slip.factory.province}`, { width: half });

  // Lines.
  const columns = [
    { title: "#", width: 24 },
    { title: "商品 Item", width: width - 24 - 140 - 100 - 50 },
    { title: "规格 Options", width: 140 },
    { title: "SKU", width: 100 },
    { title: "数量 Qty", width: 50, align: "right" as const },
  ];
  let y = Math.max(afterWarehouse, doc.y) + 24;
  const row = (cells: string[], size: number, bold = false) => {
    doc.fontSize(size);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 6 }))) + 6;
    if (y + height > doc.page.height - doc.page.margins.bottom - 30) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    let x = left;
    cells.forEach((cell, i) => {
      doc.fillColor(bold ? "#000" : "#111").text(cell, x + 3, y + 3, { width: columns[i].width - 6, align: columns[i].align ?? "left" });
      x += columns[i].width;
    });
    y += height;
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor("#999").stroke();
  };
  row(columns.map((c) => c.title), 9, true);
  slip.lines.forEach((line, i) => row([String(i + 1), line.title, line.options, line.skuCode, String(line.quantity)], 10));
  const total = slip.lines.reduce((sum, line) => sum + line.quantity, 0);
  row(["", "合计 Total", "", `${slip.lines.length} 行 lines`, String(total)], 10, true);

  doc.fontSize(8).fillColor("#555").text(
    "请将本单放入包裹，并在外箱写上采购单号。Put this slip in the parcel and write the PO number on the box.",
    left,
    y + 16,
    { width },
  );
  doc.end();
  return done;
}
